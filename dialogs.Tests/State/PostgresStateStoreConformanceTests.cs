using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;

namespace Cnam.Bot.Tests.State;

/// <summary>The <see cref="IStateStore"/> contract on a real PostgreSQL, each test on a fresh table.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStateStoreConformanceTests(PostgresServer server) : StateStoreConformanceTests, IAsyncLifetime
{
    private PostgresStateStore? _store;

    protected override IStateStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    public async Task InitializeAsync() => _store = await server.CreateStoreAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
