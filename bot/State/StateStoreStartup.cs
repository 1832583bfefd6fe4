namespace Cnam.Bot.State;

/// <summary>
/// Resolves the store when the host starts, so the file, its collections and indexes exist before the
/// first request (LiteDB #2792, #2891). The container disposes the singleton store on shutdown (#2157).
/// </summary>
internal sealed class StateStoreStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<IStateStore>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
