using Cnam.Bot.State;
using Npgsql;

namespace Cnam.Bot;

public static class StateExtensions
{
    /// <summary>
    /// Registers the state store chosen by <c>Storage:Provider</c>: <c>LiteDb</c> (default, one instance) or
    /// <c>Postgres</c> (several instances sharing one database). A wrong provider, a missing connection string or an
    /// unreachable server stops the host at start-up, before any traffic.
    /// </summary>
    public static WebApplicationBuilder AddStateStore(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        builder.Services.AddSingleton(options);
        if (options.IsLiteDb)
        {
            var dataDirectory = Path.GetFullPath(options.DataDirectory, builder.Environment.ContentRootPath);
            builder.Services.AddSingleton<LiteDbStateStore>(sp =>
                new LiteDbStateStore(options, dataDirectory, sp.GetRequiredService<ILogger<LiteDbStateStore>>()));
            builder.Services.AddSingleton<IStateStore>(sp => sp.GetRequiredService<LiteDbStateStore>());
        }
        else if (options.IsPostgres)
        {
            var connectionString = PostgresStorageOptions.ResolveConnectionString(builder.Configuration);
            PostgresStorageOptions.QuoteTable(options.Postgres.Table);
            // One data source (one connection pool) per process, disposed with the container.
            builder.Services.AddSingleton(sp => new NpgsqlDataSourceBuilder(connectionString)
                .UseLoggerFactory(sp.GetRequiredService<ILoggerFactory>())
                .Build());
            builder.Services.AddSingleton(sp => new PostgresStateStore(sp.GetRequiredService<NpgsqlDataSource>(), options.Postgres.Table));
            builder.Services.AddSingleton<IStateStore>(sp => sp.GetRequiredService<PostgresStateStore>());
        }
        else
        {
            throw new InvalidOperationException(
                $"Storage:Provider '{options.Provider}' is not supported; expected 'LiteDb' or 'Postgres'.");
        }
        // Open the store (file or table, indexes) at start-up, before any traffic.
        builder.Services.AddHostedService<StateStoreStartup>();
        return builder;
    }
}
