using Cnam.Bot.DirectLine;
using Cnam.Bot.Protocol;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cnam.Bot.Tests.DirectLine;

/// <summary>
/// The Direct Line log appended by several bot instances at once: each instance is its own
/// <see cref="DirectLineConversationStore"/> (its own in-process lock) on one shared <see cref="IStateStore"/>.
/// </summary>
public abstract class DirectLineConversationStoreTests
{
    protected abstract Task<IStateStore> SharedStoreAsync();

    [Fact]
    public async Task AppendsFromTwoInstancesAtOnceGetDistinctSequencesAndNoneIsLostOrOverwritten()
    {
        var shared = await SharedStoreAsync();
        DirectLineConversationStore[] instances =
            [new(shared, TimeProvider.System, NullLogger.Instance), new(shared, TimeProvider.System, NullLogger.Instance)];
        Assert.True(await instances[0].TryCreateAsync(new ConversationMeta { ConversationId = "c1" }, CancellationToken.None));

        var appends = Enumerable.Range(0, 60).Select(i => Task.Run(async () =>
        {
            var activity = new Activity { Type = ActivityTypes.Message, Text = $"m{i}" };
            Assert.True(await instances[i % 2].AppendAsync("c1", activity, CancellationToken.None));
            return (Text: activity.Text!, Id: activity.Id!);
        }));
        var acknowledged = await Task.WhenAll(appends);

        Assert.Equal(60, acknowledged.Select(a => a.Id).Distinct().Count());
        // Read the way a client polls, in pages, alternating instances: every acknowledged activity once, in order.
        var seen = new List<Activity>();
        long watermark = 0;
        for (var poll = 0; poll < 20 && seen.Count < 60; poll++)
        {
            var (page, next) = (await instances[poll % 2].ReadAfterAsync("c1", watermark, 7, CancellationToken.None))!.Value;
            Assert.True(next >= watermark);
            seen.AddRange(page);
            watermark = next;
        }
        Assert.Equal(acknowledged.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => (a.Text, a.Id)), seen.Select(a => (a.Text!, a.Id!)));
        Assert.Equal(60, watermark);
        Assert.True(seen.Zip(seen.Skip(1)).All(p => p.First.Timestamp < p.Second.Timestamp), "timestamps must strictly increase");
        var meta = await instances[1].GetAsync("c1", CancellationToken.None);
        Assert.True(meta!.Pending is null || meta.Pending.Count < 8, "activities must move out of the header");
    }

    [Fact]
    public async Task AHeaderChangeRacingAppendsOnAnotherInstanceKeepsBoth()
    {
        var shared = await SharedStoreAsync();
        var a = new DirectLineConversationStore(shared, TimeProvider.System, NullLogger.Instance);
        var b = new DirectLineConversationStore(shared, TimeProvider.System, NullLogger.Instance);
        await a.TryCreateAsync(new ConversationMeta { ConversationId = "c2" }, CancellationToken.None);
        var appends = Enumerable.Range(0, 20)
            .Select(i => (Task)a.AppendAsync("c2", new Activity { Type = ActivityTypes.Message, Text = $"{i}" }, CancellationToken.None))
            .ToList();
        appends.Add(b.UpdateAsync("c2", m => { m.UserId = "u1"; m.UserAnnounced = true; return true; }, CancellationToken.None));
        await Task.WhenAll(appends);
        var meta = await b.GetAsync("c2", CancellationToken.None);
        Assert.Equal(("u1", true, 20L), (meta!.UserId, meta.UserAnnounced, meta.LastSequence));
    }
}

public sealed class InMemoryDirectLineConversationStoreTests : DirectLineConversationStoreTests
{
    protected override Task<IStateStore> SharedStoreAsync() => Task.FromResult<IStateStore>(new InMemoryStateStore());
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresDirectLineConversationStoreTests(PostgresServer server) : DirectLineConversationStoreTests
{
    protected override async Task<IStateStore> SharedStoreAsync() => await server.CreateStoreAsync();
}
