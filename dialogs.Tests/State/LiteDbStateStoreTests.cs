using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cnam.Bot.Tests.State;

public sealed class LiteDbStateStoreTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private LiteDbStateStore Open() => new(new StorageOptions(), _directory.Path, NullLogger<LiteDbStateStore>.Instance);

    [Fact]
    public async Task DocumentsSurviveDisposeAndReopen()
    {
        string etag;
        using (var store = Open())
        {
            etag = await store.WriteAsync("conv/webchat/1", "{\"x\":1}", null);
            await store.WriteAsync("conv/webchat/2", "{\"x\":2}", null);
            await store.DeleteAsync("conv/webchat/2");
        }
        Assert.True(File.Exists(Path.Combine(_directory.Path, "cnam-bot.db")));
        using (var reopened = Open())
        {
            var item = await reopened.ReadAsync("conv/webchat/1");
            Assert.Equal("{\"x\":1}", item!.Json);
            Assert.Equal(etag, item.ETag);
            Assert.Null(await reopened.ReadAsync("conv/webchat/2"));
            await reopened.WriteAsync("conv/webchat/1", "{\"x\":3}", etag);
        }
    }

    [Fact]
    public async Task WritesQueuedTogetherAreCommittedInOneTransaction()
    {
        using var store = Open();
        store.HoldWriter();
        var writes = Enumerable.Range(0, 200).Select(i => store.WriteAsync($"g/{i:D3}", "{}", null)).ToList();
        Assert.All(writes, w => Assert.False(w.IsCompleted));
        store.ReleaseWriter();
        await Task.WhenAll(writes);
        Assert.Equal(1, store.CommitCount);
        Assert.Equal(200, (await store.ListAsync("g/")).Count);
    }

    [Fact]
    public async Task AnETagConflictInAGroupFailsOnlyThatWrite()
    {
        using var store = Open();
        await store.WriteAsync("taken", "old", null);
        store.HoldWriter();
        var before = store.WriteAsync("a", "1", null);
        var conflicting = store.WriteAsync("taken", "new", null);
        var after = store.WriteAsync("b", "2", null);
        var sameKeyTwice = store.WriteAsync("a", "again", null);
        store.ReleaseWriter();
        await before;
        await after;
        await Assert.ThrowsAsync<ConcurrencyException>(() => conflicting);
        // Later writes in a group see earlier ones: "a" exists by then.
        await Assert.ThrowsAsync<ConcurrencyException>(() => sameKeyTwice);
        Assert.Equal(2, store.CommitCount);
        Assert.Equal("old", (await store.ReadAsync("taken"))!.Json);
        Assert.Equal("1", (await store.ReadAsync("a"))!.Json);
        Assert.Equal("2", (await store.ReadAsync("b"))!.Json);
    }

    [Fact]
    public async Task WritesAcceptedBeforeDisposeAreCommittedByIt()
    {
        var store = Open();
        store.HoldWriter();
        var pending = Enumerable.Range(0, 50).Select(i => store.WriteAsync($"p/{i}", "{}", null)).ToList();
        store.Dispose();
        await Task.WhenAll(pending);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.WriteAsync("late", "{}", null));
        using var reopened = Open();
        Assert.Equal(50, (await reopened.ListAsync("p/")).Count);
    }

    [Fact]
    public async Task ACommitIsTwoDiskFlushesOfTheLogWhateverItsSizeAndIsConfirmedBeforeItIsAcknowledged()
    {
        using var store = Open();
        // Opening a new file commits its collection and indexes first.
        var flushesBefore = store.LogDiskFlushes;
        var confirmedBefore = store.ConfirmedTransactions;
        // Large enough to span several 8 KB pages, plus its index pages.
        await store.WriteAsync("big/1", "{\"text\":\"" + new string('x', 40_000) + "\"}", null);
        Assert.Equal(1, store.ConfirmedTransactions - confirmedBefore);
        Assert.Equal(2, store.LogDiskFlushes - flushesBefore);

        store.HoldWriter();
        var writes = Enumerable.Range(0, 20).Select(i => store.WriteAsync($"small/{i}", "{}", null)).ToList();
        store.ReleaseWriter();
        await Task.WhenAll(writes);
        Assert.Equal(store.CommitCount, store.ConfirmedTransactions - confirmedBefore);
        Assert.InRange(store.LogDiskFlushes - flushesBefore, 3, 4);
    }

    [Fact]
    public async Task AWriteThatChangesNothingWaitsForNoConfirmation()
    {
        using var store = Open();
        var confirmedBefore = store.ConfirmedTransactions;
        await store.DeleteAsync("never-written");
        Assert.Equal(0, await store.DeleteByPrefixAsync("nothing/"));
        await Assert.ThrowsAsync<ConcurrencyException>(() => store.WriteAsync("missing", "{}", "some-etag"));
        Assert.Equal(confirmedBefore, store.ConfirmedTransactions);
    }

    [Fact]
    public async Task ReadsComeFromTheCacheAndFollowEveryKindOfWrite()
    {
        using var store = Open();
        Assert.Null(await store.ReadAsync("c/1"));
        var etag = await store.WriteAsync("c/1", "one", null);
        Assert.Equal("one", (await store.ReadAsync("c/1"))!.Json);
        await store.WriteAsync("c/1", "two", etag);
        await store.WriteAsync("c/2", "other", null);
        await store.WriteAsync("d/1", "kept", null);
        Assert.Equal("two", (await store.ReadAsync("c/1"))!.Json);
        Assert.True(store.CachedDocuments >= 3);

        Assert.Equal(2, await store.DeleteByPrefixAsync("c/"));
        Assert.Null(await store.ReadAsync("c/1"));
        Assert.Null(await store.ReadAsync("c/2"));
        Assert.Equal("kept", (await store.ReadAsync("d/1"))!.Json);
        Assert.Equal(1, await store.DeleteByPrefixAsync(""));
        Assert.Null(await store.ReadAsync("d/1"));
    }

    [Fact]
    public async Task WithoutTheCacheTheStoreBehavesTheSame()
    {
        using var store = new LiteDbStateStore(new StorageOptions { CacheMegabytes = 0 }, _directory.Path, NullLogger<LiteDbStateStore>.Instance);
        var etag = await store.WriteAsync("k", "one", null);
        await Assert.ThrowsAsync<ConcurrencyException>(() => store.WriteAsync("k", "stale", "wrong"));
        await store.WriteAsync("k", "two", etag);
        Assert.Equal("two", (await store.ReadAsync("k"))!.Json);
        Assert.Equal(0, store.CachedDocuments);
    }

    [Fact]
    public async Task TheFilesStayReadableByLiteDbItself()
    {
        using (var store = Open())
        {
            await store.WriteAsync("conv/webchat/1", "{\"x\":1}", null);
        }
        using var db = new LiteDB.LiteDatabase(new LiteDB.ConnectionString
        {
            Filename = Path.Combine(_directory.Path, "cnam-bot.db"),
            Connection = LiteDB.ConnectionType.Direct,
        });
        Assert.Equal("{\"x\":1}", db.GetCollection("state").FindById("conv/webchat/1")["json"].AsString);
    }

    [Fact]
    public async Task AFileOfAnEarlierVersionLosesItsUnusedIndexAndKeepsItsDocuments()
    {
        var path = Path.Combine(_directory.Path, "cnam-bot.db");
        var ordinal = new LiteDB.Collation(System.Globalization.CultureInfo.InvariantCulture.LCID, System.Globalization.CompareOptions.Ordinal);
        using (var old = new LiteDB.LiteDatabase(new LiteDB.ConnectionString { Filename = path, Connection = LiteDB.ConnectionType.Direct, Collation = ordinal }))
        {
            var collection = old.GetCollection("state");
            collection.EnsureIndex("updated", "$.updated", unique: false);
            collection.Insert(new LiteDB.BsonDocument { ["_id"] = "conv/webchat/1", ["json"] = "{}", ["etag"] = "e1", ["updated"] = DateTime.UtcNow });
        }
        using (var store = Open())
        {
            Assert.Equal("e1", (await store.ReadAsync("conv/webchat/1"))!.ETag);
            await store.WriteAsync("conv/webchat/1", "{\"x\":1}", "e1");
        }
        using var db = new LiteDB.LiteDatabase(new LiteDB.ConnectionString { Filename = path, Connection = LiteDB.ConnectionType.Direct });
        var indexes = db.GetCollection("$indexes").FindAll().Where(d => d["collection"].AsString == "state").Select(d => d["name"].AsString);
        Assert.Equal(["_id"], indexes);
        Assert.Equal("{\"x\":1}", db.GetCollection("state").FindById("conv/webchat/1")["json"].AsString);
    }

    [Fact]
    public async Task TheWriterCheckpointsTheLogBetweenGroupsOnceItHasGrown()
    {
        using var store = new LiteDbStateStore(new StorageOptions { CheckpointLogPages = 8 }, _directory.Path, NullLogger<LiteDbStateStore>.Instance);
        await store.WriteAsync("small", "{}", null);
        Assert.InRange(store.LogBytes, 1, 8 * 8192 - 1);
        for (var i = 0; i < 3; i++)
        {
            // Each document spans several pages: the log passes eight pages, and nothing else is queued.
            await store.WriteAsync($"big/{i}", "{\"text\":\"" + new string('x', 20_000) + "\"}", null);
        }
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (store.LogBytes > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
        Assert.Equal(0, store.LogBytes);
        Assert.Equal(20_011, (await store.ReadAsync("big/2"))!.Json.Length);
    }

    [Fact]
    public async Task AfterARestartTheKeysInTheFileAreFoundAndANewKeyIsAnsweredWithoutTheFile()
    {
        using (var store = Open())
        {
            for (var i = 0; i < 50; i++)
            {
                await store.WriteAsync($"conv/webchat/{i}", $"{{\"n\":{i}}}", null);
            }
            await store.DeleteAsync("conv/webchat/7");
        }
        using var reopened = Open();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!reopened.KeysScanned && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
        Assert.True(reopened.KeysScanned);
        for (var i = 0; i < 50; i++)
        {
            var item = await reopened.ReadAsync($"conv/webchat/{i}");
            Assert.Equal(i == 7 ? null : $"{{\"n\":{i}}}", item?.Json);
        }
        Assert.Null(await reopened.ReadAsync("conv/webchat/new"));
        // A new key written now is found, and its etag is checked like any other.
        var etag = await reopened.WriteAsync("conv/webchat/new", "{}", null);
        await Assert.ThrowsAsync<ConcurrencyException>(() => reopened.WriteAsync("conv/webchat/new", "{}", null));
        await reopened.WriteAsync("conv/webchat/new", "{\"x\":1}", etag);
        Assert.Equal("{\"x\":1}", (await reopened.ReadAsync("conv/webchat/new"))!.Json);
    }

    [Fact]
    public void AddStateStoreRegistersLiteDbInTheConfiguredDirectoryByDefault()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Storage:DataDirectory"] = _directory.Path;
        builder.AddStateStore();
        using var app = builder.Build();
        var store = app.Services.GetRequiredService<IStateStore>();
        Assert.IsType<LiteDbStateStore>(store);
        Assert.Equal(Path.Combine(_directory.Path, "cnam-bot.db"), ((LiteDbStateStore)store).FilePath);
    }

    [Theory]
    [InlineData("Redis", "not supported")]
    [InlineData("", "not supported")]
    public void AddStateStoreRefusesAProviderItCannotServe(string provider, string message)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Storage:Provider"] = provider;
        var error = Assert.Throws<InvalidOperationException>(() => builder.AddStateStore());
        Assert.Contains(message, error.Message);
        Assert.Contains(provider, error.Message);
    }
}
