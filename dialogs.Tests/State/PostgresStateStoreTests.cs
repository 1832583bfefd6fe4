using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Cnam.Bot.Tests.State;

/// <summary>What the PostgreSQL store adds to the contract: several instances on one table, and its configuration.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStateStoreTests(PostgresServer server)
{
    [Fact]
    public async Task TwoInstancesOnOneTableSeeEachOthersWritesAndETags()
    {
        var table = server.NewTable();
        var a = await server.CreateStoreAsync(table);
        var b = await server.CreateStoreAsync(table);
        var first = await a.WriteAsync("conv/directline/c1", "1", null);
        var seen = await b.ReadAsync("conv/directline/c1");
        Assert.Equal(("1", first), (seen!.Json, seen.ETag));
        var second = await b.WriteAsync("conv/directline/c1", "2", first);
        await Assert.ThrowsAsync<ConcurrencyException>(() => a.WriteAsync("conv/directline/c1", "stale", first));
        await Assert.ThrowsAsync<ConcurrencyException>(() => a.WriteAsync("conv/directline/c1", "again", null));
        Assert.Equal(("2", second), ((await a.ReadAsync("conv/directline/c1"))!.Json, (await a.ReadAsync("conv/directline/c1"))!.ETag));
        Assert.Equal(1, await a.DeleteByPrefixAsync("conv/"));
        Assert.Null(await b.ReadAsync("conv/directline/c1"));
    }

    [Fact]
    public async Task WritersOnTwoInstancesLoseNoAcknowledgedIncrement()
    {
        var table = server.NewTable();
        IStateStore[] stores = [await server.CreateStoreAsync(table), await server.CreateStoreAsync(table)];
        await stores[0].WriteAsync("counter", "0", null);
        var conflicts = 0;
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++)
            {
                // Each writer alternates between the two instances, as a load balancer would send its turns.
                var store = stores[(w + i) % 2];
                while (true)
                {
                    var item = (await store.ReadAsync("counter"))!;
                    try
                    {
                        await store.WriteAsync("counter", (int.Parse(item.Json) + 1).ToString(), item.ETag);
                        break;
                    }
                    catch (ConcurrencyException)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                }
            }
        }));
        await Task.WhenAll(writers);
        Assert.Equal("200", (await stores[1].ReadAsync("counter"))!.Json);
        Assert.True(conflicts > 0, "eight writers on two instances never collided: the test did not exercise the etag check");
    }

    [Fact]
    public async Task InstancesStartingAtOnceCreateTheTableOnceAndKeepItsDocuments()
    {
        var table = server.NewTable();
        // Without the advisory lock, concurrent CREATE TABLE IF NOT EXISTS fails with a catalog unique violation.
        var stores = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => server.CreateStoreAsync(table))));
        await stores[0].WriteAsync("kept", "1", null);
        var restarted = await server.CreateStoreAsync(table);
        Assert.Equal("1", (await restarted.ReadAsync("kept"))!.Json);
        Assert.Single(await stores[5].ListAsync(""));
    }

    [Fact]
    public async Task ADatabaseThatAcknowledgesCommitsBeforeTheyAreDurableIsRefused()
    {
        var connection = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Options = "-c synchronous_commit=off" };
        await using var dataSource = NpgsqlDataSource.Create(connection.ConnectionString);
        var store = new PostgresStateStore(dataSource, server.NewTable());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.InitializeAsync());

        Assert.Contains("synchronous_commit = off", error.Message);
    }

    [Theory]
    [InlineData("conv/", "conv/%")]
    [InlineData("", "%")]
    [InlineData(@"a_b%c\d", @"a\_b\%c\\d%")]
    public void LikePrefixEscapesTheWildcardsAndTheEscapeCharacter(string prefix, string pattern)
    {
        Assert.Equal(pattern, PostgresStateStore.LikePrefix(prefix));
    }

    [Fact]
    public async Task AddStateStoreWithPostgresRegistersItAndCreatesTheTableAtStartUp()
    {
        var table = server.NewTable();
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Storage:Provider"] = "postgres";
        builder.Configuration["ConnectionStrings:Postgres"] = server.ConnectionString;
        builder.Configuration["Storage:Postgres:Table"] = table;
        builder.AddStateStore();
        await using var app = builder.Build();
        await StartStateStoreAsync(app);
        var store = app.Services.GetRequiredService<IStateStore>();
        Assert.IsType<PostgresStateStore>(store);
        await store.WriteAsync("k", "v", null);
        var other = await server.CreateStoreAsync(table);
        Assert.Equal("v", (await other.ReadAsync("k"))!.Json);
    }

    [Fact]
    public void AddStateStoreWithPostgresAndNoConnectionStringRefusesToStart()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Storage:Provider"] = "Postgres";
        var error = Assert.Throws<InvalidOperationException>(() => builder.AddStateStore());
        Assert.Contains("Storage:Postgres:ConnectionString", error.Message);
        Assert.Contains("ConnectionStrings:Postgres", error.Message);
    }

    [Theory]
    [InlineData("Storage:Postgres:ConnectionString", "Host=127.0.0.1;Nonsense=1", "not a valid Npgsql connection string")]
    [InlineData("Storage:Postgres:Table", "state; DROP TABLE x", "not a valid table name")]
    public void AddStateStoreWithPostgresRefusesBadSettings(string key, string value, string message)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Storage:Provider"] = "Postgres";
        builder.Configuration["Storage:Postgres:ConnectionString"] = "Host=127.0.0.1;Database=x";
        builder.Configuration[key] = value;
        var error = Assert.Throws<InvalidOperationException>(() => builder.AddStateStore());
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task AnUnreachableDatabaseStopsTheStartWithWhereItTriedAndNoPassword()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Storage:Provider"] = "Postgres";
        builder.Configuration["Storage:Postgres:ConnectionString"] =
            $"Host=127.0.0.1;Port={BotProcess.FreeLoopbackPort()};Database=cnambot;Username=bot;Password=s3cret-value;Timeout=3";
        builder.AddStateStore();
        await using var app = builder.Build();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartStateStoreAsync(app));
        Assert.Contains("Host=127.0.0.1", error.Message);
        Assert.Contains("Database=cnambot", error.Message);
        Assert.DoesNotContain("s3cret-value", error.Message);
        Assert.IsAssignableFrom<NpgsqlException>(error.InnerException);
    }

    [Fact]
    public async Task ABotProcessWhoseDatabaseIsUnreachableExitsAtStartUp()
    {
        using var directory = new TempDirectory();
        var environment = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__Postgres__ConnectionString"] = $"Host=127.0.0.1;Port={BotProcess.FreeLoopbackPort()};Database=cnambot;Username=bot;Password=p4ss-w0rd;Timeout=3",
        };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => BotProcess.StartAsync(directory.Path, environment));

        Assert.Contains("exited", error.Message);
        Assert.Contains("the state database cannot be used (Host=127.0.0.1", error.Message);
        Assert.DoesNotContain("p4ss-w0rd", error.Message);
    }

    private static async Task StartStateStoreAsync(WebApplication app)
    {
        foreach (var service in app.Services.GetServices<IHostedService>().OfType<StateStoreStartup>())
        {
            await service.StartAsync(CancellationToken.None);
        }
    }
}
