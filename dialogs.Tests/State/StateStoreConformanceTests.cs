using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cnam.Bot.Tests.State;

/// <summary>The <see cref="IStateStore"/> contract, checked against every implementation.</summary>
public abstract class StateStoreConformanceTests
{
    protected abstract IStateStore Store { get; }

    [Fact]
    public async Task ReadOfAMissingKeyReturnsNull()
    {
        Assert.Null(await Store.ReadAsync("conv/webchat/none"));
    }

    [Fact]
    public async Task WrittenDocumentIsReadBackWithTheETagTheWriteReturned()
    {
        var etag = await Store.WriteAsync("conv/webchat/1", """{"a":"é"}""", null);
        var item = await Store.ReadAsync("conv/webchat/1");
        Assert.NotNull(item);
        Assert.Equal("""{"a":"é"}""", item.Json);
        Assert.Equal(etag, item.ETag);
    }

    [Fact]
    public async Task WriteExpectingNoDocumentFailsWhenOneExistsAndKeepsIt()
    {
        await Store.WriteAsync("k", "1", null);
        var error = await Assert.ThrowsAsync<ConcurrencyException>(() => Store.WriteAsync("k", "2", null));
        Assert.Equal("k", error.Key);
        Assert.Equal("1", (await Store.ReadAsync("k"))!.Json);
    }

    [Fact]
    public async Task WriteWithAStaleETagIsRefusedAndTheNewerDocumentStays()
    {
        var first = await Store.WriteAsync("k", "1", null);
        var second = await Store.WriteAsync("k", "2", first);
        Assert.NotEqual(first, second);
        await Assert.ThrowsAsync<ConcurrencyException>(() => Store.WriteAsync("k", "3", first));
        var item = await Store.ReadAsync("k");
        Assert.Equal("2", item!.Json);
        Assert.Equal(second, item.ETag);
    }

    [Fact]
    public async Task WriteWithAnETagOfAMissingDocumentIsRefused()
    {
        await Assert.ThrowsAsync<ConcurrencyException>(() => Store.WriteAsync("k", "1", "some-etag"));
        Assert.Null(await Store.ReadAsync("k"));
    }

    [Fact]
    public async Task WriteWithTheAnyETagOverwritesOrCreates()
    {
        await Store.WriteAsync("k", "1", IStateStore.AnyETag);
        await Store.WriteAsync("k", "2", IStateStore.AnyETag);
        Assert.Equal("2", (await Store.ReadAsync("k"))!.Json);
    }

    [Fact]
    public async Task DeleteRemovesTheDocumentAndDeletingAMissingOneIsNoError()
    {
        await Store.WriteAsync("k", "1", null);
        await Store.DeleteAsync("k");
        await Store.DeleteAsync("k");
        Assert.Null(await Store.ReadAsync("k"));
        await Store.WriteAsync("k", "again", null);
        Assert.Equal("again", (await Store.ReadAsync("k"))!.Json);
    }

    [Fact]
    public async Task KeysAreCaseSensitive()
    {
        await Store.WriteAsync("conv/directline/AbC", "upper", null);
        await Store.WriteAsync("conv/directline/abc", "lower", null);
        Assert.Equal("upper", (await Store.ReadAsync("conv/directline/AbC"))!.Json);
        Assert.Equal("lower", (await Store.ReadAsync("conv/directline/abc"))!.Json);
    }

    [Fact]
    public async Task ListReturnsExactlyThePrefixMatchesOrderedByKey()
    {
        // '_' and '%' are wildcards in LIKE: keys differing there must not match.
        foreach (var key in new[] { "conv/a_b/2", "conv/a_b/1", "conv/axb/1", "conv/a%b/1", "user/a_b/1", "conv/a_", "Conv/a_b/3" })
        {
            await Store.WriteAsync(key, key, null);
        }
        var listed = await Store.ListAsync("conv/a_b/");
        Assert.Equal(["conv/a_b/1", "conv/a_b/2"], listed.Select(i => i.Key));
        Assert.Equal("conv/a_b/1", listed[0].Json);
        Assert.Equal(7, (await Store.ListAsync("")).Count);
    }

    [Fact]
    public async Task DeleteByPrefixDeletesOnlyMatchingKeysAndCountsThem()
    {
        foreach (var key in new[] { "dl/c_1/1", "dl/c_1/2", "dl/cx1/1", "dl/c_10/1" })
        {
            await Store.WriteAsync(key, "{}", null);
        }
        Assert.Equal(2, await Store.DeleteByPrefixAsync("dl/c_1/"));
        Assert.Equal(["dl/c_10/1", "dl/cx1/1"], (await Store.ListAsync("dl/")).Select(i => i.Key));
        Assert.Equal(0, await Store.DeleteByPrefixAsync("dl/none/"));
    }

    [Fact]
    public async Task ConcurrentReadModifyWritesLoseNoAcknowledgedIncrement()
    {
        await Store.WriteAsync("counter", "0", null);
        var acknowledged = 0;
        var conflicts = 0;
        var writers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++)
            {
                while (true)
                {
                    var item = (await Store.ReadAsync("counter"))!;
                    var next = (int.Parse(item.Json) + 1).ToString();
                    try
                    {
                        await Store.WriteAsync("counter", next, item.ETag);
                        Interlocked.Increment(ref acknowledged);
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
        Assert.Equal(200, acknowledged);
        Assert.Equal("200", (await Store.ReadAsync("counter"))!.Json);
    }

    [Fact]
    public async Task ManyConcurrentCallersAreAllAcknowledgedAndStored()
    {
        var writes = Enumerable.Range(0, 300).Select(i => Task.Run(() => Store.WriteAsync($"many/{i:D4}", $"{{\"n\":{i}}}", null)));
        var etags = await Task.WhenAll(writes);
        Assert.Equal(300, etags.Distinct().Count());
        var stored = await Store.ListAsync("many/");
        Assert.Equal(300, stored.Count);
        Assert.Equal("{\"n\":299}", stored[^1].Json);
    }
}

public sealed class InMemoryStateStoreConformanceTests : StateStoreConformanceTests
{
    protected override IStateStore Store { get; } = new InMemoryStateStore();
}

public sealed class LiteDbStateStoreConformanceTests : StateStoreConformanceTests, IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly LiteDbStateStore _store;

    public LiteDbStateStoreConformanceTests()
    {
        _store = new LiteDbStateStore(new StorageOptions(), _directory.Path, NullLogger<LiteDbStateStore>.Instance);
    }

    protected override IStateStore Store => _store;

    public void Dispose()
    {
        _store.Dispose();
        _directory.Dispose();
    }
}
