using Npgsql;

namespace Cnam.Bot.State;

/// <summary>
/// Opens the store when the host starts, before the first request: the LiteDB file, its collections and indexes
/// (LiteDB #2792, #2891), or the PostgreSQL table. An unreachable database stops the start with a message saying
/// where it tried to connect. The container disposes the singleton store on shutdown (#2157).
/// </summary>
internal sealed class StateStoreStartup(IServiceProvider services, ILogger<StateStoreStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<IStateStore>();
        if (store is not PostgresStateStore postgres)
        {
            return;
        }
        var dataSource = services.GetRequiredService<NpgsqlDataSource>();
        try
        {
            await postgres.InitializeAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            throw new InvalidOperationException(
                $"Storage:Provider is 'Postgres' but the state database cannot be used " +
                $"({PostgresStorageOptions.Describe(dataSource.ConnectionString)}): {ex.Message}", ex);
        }
        logger.LogInformation("State store: PostgreSQL table ready");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
