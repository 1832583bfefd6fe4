using Cnam.Bot.State;

namespace Cnam.Bot;

public static class StateExtensions
{
    /// <summary>Registers the state store chosen by <c>Storage:Provider</c> (LiteDB by default).</summary>
    public static WebApplicationBuilder AddStateStore(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        builder.Services.AddSingleton(options);
        if (string.Equals(options.Provider, StorageOptions.LiteDbProvider, StringComparison.OrdinalIgnoreCase))
        {
            var dataDirectory = Path.GetFullPath(options.DataDirectory, builder.Environment.ContentRootPath);
            builder.Services.AddSingleton<LiteDbStateStore>(sp =>
                new LiteDbStateStore(options, dataDirectory, sp.GetRequiredService<ILogger<LiteDbStateStore>>()));
            builder.Services.AddSingleton<IStateStore>(sp => sp.GetRequiredService<LiteDbStateStore>());
        }
        else if (string.Equals(options.Provider, StorageOptions.PostgresProvider, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                "Storage:Provider 'Postgres' is not available in this version yet; use 'LiteDb' (one bot instance).");
        }
        else
        {
            throw new InvalidOperationException(
                $"Storage:Provider '{options.Provider}' is not supported; expected 'LiteDb' or 'Postgres'.");
        }
        // Open the store (file, collections, indexes) at start-up, before any traffic.
        builder.Services.AddHostedService<StateStoreStartup>();
        return builder;
    }
}
