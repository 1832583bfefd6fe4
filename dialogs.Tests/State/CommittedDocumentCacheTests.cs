using Cnam.Bot.State;

namespace Cnam.Bot.Tests.State;

public sealed class CommittedDocumentCacheTests
{
    private static StoreItem Item(string key, string json) => new(key, json, Guid.NewGuid().ToString("N"));

    private static KeyValuePair<string, StoreItem?> Change(string key, StoreItem? item) => new(key, item);

    [Fact]
    public void ACommittedDocumentIsServedAndADeletedOneIsKnownAbsent()
    {
        var cache = new CommittedDocumentCache(1024 * 1024);
        var item = Item("conv/a", "{\"x\":1}");
        cache.Committed([Change("conv/a", item), Change("conv/b", null)]);

        Assert.True(cache.TryGet("conv/a", out var found));
        Assert.Same(item, found);
        Assert.True(cache.TryGet("conv/b", out var deleted));
        Assert.Null(deleted);
        Assert.False(cache.TryGet("conv/c", out _));
    }

    [Fact]
    public void AReadThatStartedBeforeACommitOfItsKeyIsNotCached()
    {
        var cache = new CommittedDocumentCache(1024 * 1024);
        var stamp = cache.Stamp();
        var newer = Item("conv/a", "new");
        cache.Committed([Change("conv/a", newer)]);
        cache.Clear();
        // The reader read "old" from the database before the commit, and comes back after it (and after an eviction).
        cache.AddRead("conv/a", Item("conv/a", "old"), stamp);
        Assert.False(cache.TryGet("conv/a", out _));
    }

    [Fact]
    public void AReadIsCachedWhenOnlyOtherKeysChangedMeanwhile()
    {
        var cache = new CommittedDocumentCache(1024 * 1024);
        var stamp = cache.Stamp();
        cache.Committed([Change("conv/other", Item("conv/other", "{}"))]);
        var read = Item("conv/a", "{}");
        cache.AddRead("conv/a", read, stamp);
        Assert.True(cache.TryGet("conv/a", out var found));
        Assert.Same(read, found);
    }

    [Fact]
    public void AReadNeverReplacesACommittedVersion()
    {
        var cache = new CommittedDocumentCache(1024 * 1024);
        var committed = Item("conv/a", "committed");
        cache.Committed([Change("conv/a", committed)]);
        cache.AddRead("conv/a", Item("conv/a", "read"), cache.Stamp());
        Assert.True(cache.TryGet("conv/a", out var found));
        Assert.Same(committed, found);
    }

    [Fact]
    public void TheLeastRecentlyUsedGoFirstAndTheSizeStaysUnderTheCapacity()
    {
        const long capacity = 64 * 1024;
        var cache = new CommittedDocumentCache(capacity);
        cache.Committed([Change("k/0", Item("k/0", new string('x', 1000)))]);
        for (var i = 1; i < 200; i++)
        {
            // k/0 is read between commits, so it stays while older, unread ones go.
            Assert.True(cache.TryGet("k/0", out _), $"k/0 evicted at {i}");
            cache.Committed([Change($"k/{i}", Item($"k/{i}", new string('x', 1000)))]);
            Assert.InRange(cache.Bytes, 0, capacity);
        }
        Assert.False(cache.TryGet("k/1", out _));
        Assert.True(cache.TryGet("k/199", out _));
        Assert.InRange(cache.Count, 20, 40);
    }

    [Fact]
    public void ADocumentLargerThanAQuarterOfTheCacheIsNotKept()
    {
        var cache = new CommittedDocumentCache(16 * 1024);
        cache.Committed([Change("big", Item("big", "small"))]);
        cache.Committed([Change("big", Item("big", new string('x', 4 * 1024)))]);
        Assert.False(cache.TryGet("big", out _));
        Assert.Equal(0, cache.Bytes);
    }

    [Fact]
    public void ADisabledCacheHoldsNothing()
    {
        var cache = new CommittedDocumentCache(0);
        cache.Committed([Change("a", Item("a", "{}"))]);
        cache.AddRead("b", null, cache.Stamp());
        Assert.False(cache.TryGet("a", out _));
        Assert.False(cache.TryGet("b", out _));
    }
}
