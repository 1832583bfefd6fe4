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
    public async Task PrefixesWithBackslashPercentAndUnderscoreMatchLiterally()
    {
        // A backslash is LIKE's escape character: a prefix ending in one, or holding one before a wildcard, must still match literally.
        foreach (var key in new[] { @"p\%/1", @"p\%x/1", "p%/1", @"p\\_/1", @"p\_/1", @"p\a/1", "p/1" })
        {
            await Store.WriteAsync(key, key, null);
        }
        Assert.Equal([@"p\%/1", @"p\%x/1"], (await Store.ListAsync(@"p\%")).Select(i => i.Key));
        Assert.Equal([@"p\\_/1"], (await Store.ListAsync(@"p\\")).Select(i => i.Key));
        Assert.Equal([@"p\_/1"], (await Store.ListAsync(@"p\_")).Select(i => i.Key));
        Assert.Equal(5, (await Store.ListAsync(@"p\")).Count);
        Assert.Equal(1, await Store.DeleteByPrefixAsync(@"p\_"));
        Assert.Equal(2, await Store.DeleteByPrefixAsync(@"p\%"));
        Assert.Equal(["p%/1", "p/1", @"p\\_/1", @"p\a/1"], (await Store.ListAsync("p")).Select(i => i.Key));
    }

    [Fact]
    public async Task ListOrdersKeysByOrdinalUtf16NotByCultureOrBytes()
    {
        // Ordinal: upper case before lower case, 'é' after 'z', and a character beyond U+FFFF (a surrogate pair,
        // 0xD83D...) before U+FFFD, although its UTF-8 bytes sort after.
        string[] keys = ["o/z", "o/\uFFFD", "o/é", "o/\U0001F600", "o/Z", "o/a", "o/10", "o/9"];
        foreach (var key in keys)
        {
            await Store.WriteAsync(key, "{}", null);
        }
        var expected = keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        Assert.Equal("o/\U0001F600", expected[^2]);
        Assert.Equal(expected, (await Store.ListAsync("o/")).Select(i => i.Key));
    }

    [Fact]
    public async Task ConcurrentCreatorsOfOneKeyHaveExactlyOneWinner()
    {
        var attempts = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            try
            {
                await Store.WriteAsync("once", $"{{\"by\":{i}}}", null);
                return i;
            }
            catch (ConcurrencyException)
            {
                return -1;
            }
        }));
        var winners = (await Task.WhenAll(attempts)).Where(i => i >= 0).ToList();
        Assert.Single(winners);
        Assert.Equal($"{{\"by\":{winners[0]}}}", (await Store.ReadAsync("once"))!.Json);
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
