using Cnam.Bot.Dialogs;
using Cnam.Bot.Protocol;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using Cnam.Bot.Tests.Crash;
using Cnam.Bot.Tests.Schedules;
using Xunit.Abstractions;

namespace Cnam.Bot.Tests.State;

/// <summary>
/// Scale-out: two real bot processes on one PostgreSQL table, as two App Service instances behind a load balancer.
/// Each has its own data directory (its knowledge cache); conversation state, user state, the Direct Line logs and
/// the Direct Line signing key live only in the shared table. Everything goes through the public HTTP surface.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoInstanceTests(PostgresServer server, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Channel = "test";
    private static readonly DateTimeOffset InYear = new(2022, 11, 16, 10, 0, 0, TimeSpan.FromHours(1));

    private readonly List<TempDirectory> _directories = [];
    private readonly List<BotProcess> _bots = [];
    private readonly List<CrashHttp> _clients = [];
    private string _table = "";

    private CrashHttp A => _clients[0];
    private CrashHttp B => _clients[1];

    public async Task InitializeAsync()
    {
        _table = server.NewTable();
        var environment = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__Postgres__ConnectionString"] = server.ConnectionString,
            ["Storage__Postgres__Table"] = _table,
        };
        _directories.AddRange([new TempDirectory(), new TempDirectory()]);
        // Both start at once, as instances of a scaled-out app do: the table is created once (advisory lock).
        _bots.AddRange(await Task.WhenAll(_directories.Select(d => BotProcess.StartAsync(d.Path, environment))));
        _clients.AddRange(_bots.Select(b => new CrashHttp(b.BaseAddress)));
    }

    public async Task DisposeAsync()
    {
        _clients.ForEach(c => c.Dispose());
        foreach (var bot in _bots)
        {
            await bot.DisposeAsync();
        }
        _directories.ForEach(d => d.Dispose());
    }

    [Fact]
    public async Task AQuestionnaireAlternatingBetweenInstancesGoesExactlyAsOnOneInstance()
    {
        string[] script =
        [
            "J'ai un BTS ESF et 3 ans en mission locale, je peux faire la licence pro ?",
            "insertion professionnelle",
            "le soir",
            "sur 2 ans",
            "c'est mon employeur qui paie",
        ];
        var alone = new List<string>();
        var alternating = new List<string>();
        for (var turn = 0; turn < script.Length; turn++)
        {
            alone.Add(Texts(await A.SendExpectRepliesAsync(Channel, "alone", "u-alone", script[turn])));
            // Turn 1 on A, turn 2 on B...: the dialog stack must come from the shared store each time.
            var instance = _clients[turn % 2];
            alternating.Add(Texts(await instance.SendExpectRepliesAsync(Channel, "alternating", "u-alternating", script[turn])));
        }

        Assert.Equal(alone, alternating);
        Assert.Contains("parcours", alternating[0]);
        Assert.Contains("3 000 € sur 2 ans", alternating[^1]);
        Assert.Contains("Pas de stage obligatoire", alternating[^1]);
        Assert.DoesNotContain(alternating, t => t.Contains(BotTexts.ConcurrentChange, StringComparison.Ordinal));
        // Nothing asked twice: every turn got a different answer.
        Assert.Equal(alternating.Count, alternating.Distinct().Count());
    }

    [Fact]
    public async Task TheUsersProfileSavedOnOneInstanceIsUsedByTheOtherInANewConversation()
    {
        Assert.Contains("C'est noté", Texts(await A.SendExpectRepliesAsync(Channel, "profile-1", "u-profile", "je suis en cours du jour", InYear)));

        var next = Texts(await B.SendExpectRepliesAsync(Channel, "profile-2", "u-profile", "c'est quand mon prochain cours ?", InYear));

        Assert.Contains("AST107", next);
        Assert.DoesNotContain("cours du soir ou du jour", next);
    }

    [Fact]
    public async Task ADirectLineConversationStartedOnOneInstanceWorksOnTheOtherWithMonotonicWatermarks()
    {
        var page = await A.GetPageTokenAsync();
        // The token was signed by A: B must accept it (one signing key, kept in the shared store).
        await B.StartConversationAsync(page.Token);
        var token = await B.RefreshTokenAsync(page.Token);

        var posted = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            posted.Add(await _clients[i % 2].PostMessageAsync(page.ConversationId, i % 2 == 0 ? page.Token : token, page.UserId, $"bonjour {i}"));
        }
        // Then a burst at both instances at once: appends to one log from two processes.
        var burst = await Task.WhenAll(Enumerable.Range(4, 6).Select(i =>
            _clients[i % 2].PostMessageAsync(page.ConversationId, token, page.UserId, $"quels sont les frais {i} ?")));
        posted.AddRange(burst);

        var history = await ReadAlternatingAsync(page.ConversationId, token);
        var ids = history.Select(a => a.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(posted, id => Assert.Single(history, a => a.Id == id));
        Assert.Equal(Enumerable.Range(1, ids.Count).Select(n => DirectLineId(page.ConversationId, n)), ids);
        // Every message got its answer in the log, whichever instance ran the turn.
        Assert.All(posted, id => Assert.Contains(history, a => a.ReplyToId == id && a.From?.Role == "bot"));
        Assert.Contains(history, a => a.Attachments?.Count > 0 && a.From?.Role == "bot" && a.ReplyToId is null);
    }

    [Fact]
    public async Task TurnsOfOneConversationArrivingAtBothInstancesAtOnceLoseNoUpdate()
    {
        var conflicts = 0;
        var rounds = Enumerable.Range(0, 6).Select(async round =>
        {
            var conversation = $"race-{round}";
            var user = $"u-race-{round}";
            await A.SendExpectRepliesAsync(Channel, conversation, user, "Suis-je éligible ?");
            Assert.Contains("Dans quel centre", Texts(await B.SendExpectRepliesAsync(Channel, conversation, user, "le titre CASP")));

            // At the centre question, A gets the centre and B a diploma at the same moment.
            var both = await Task.WhenAll(
                A.SendExpectRepliesAsync(Channel, conversation, user, "à Paris"),
                B.SendExpectRepliesAsync(Channel, conversation, user, "le bac"));
            var (onA, onB) = (Texts(both[0]), Texts(both[1]));
            var refusedA = onA.Contains(BotTexts.ConcurrentChange, StringComparison.Ordinal);
            var refusedB = onB.Contains(BotTexts.ConcurrentChange, StringComparison.Ordinal);
            Assert.False(refusedA && refusedB, "one of two concurrent turns must win");
            if (refusedA || refusedB)
            {
                Interlocked.Increment(ref conflicts);
            }
            if (!refusedA)
            {
                // A was told its centre was taken: a lost update (B overwriting A's state) would leave the
                // conversation at the centre question, and "le bac" would be refused as a centre again.
                var probe = Texts(await B.SendExpectRepliesAsync(Channel, conversation, user, "le bac"));
                Assert.DoesNotContain("pas reconnu le centre", probe);
            }
        });
        await Task.WhenAll(rounds);
        output.WriteLine($"{conflicts} of 6 concurrent pairs met an etag conflict (the others ran one after the other)");
    }

    /// <summary>The whole log, polling the two instances in turn as a client behind a load balancer would.</summary>
    private async Task<List<Activity>> ReadAlternatingAsync(string conversationId, string token)
    {
        var all = new List<Activity>();
        long? watermark = null;
        for (var poll = 0; poll < 100; poll++)
        {
            var (activities, next) = await _clients[poll % 2].GetActivitiesAsync(conversationId, token, watermark);
            Assert.True(next >= (watermark ?? 0), $"the watermark went back from {watermark} to {next}");
            all.AddRange(activities);
            if (activities.Count == 0)
            {
                return all;
            }
            watermark = next;
        }
        throw new InvalidOperationException("The log never ended.");
    }

    private static string DirectLineId(string conversationId, int sequence) => $"{conversationId}|{sequence:D7}";

    /// <summary>What the user sees of a turn's replies: texts, suggested actions and card texts.</summary>
    private static string Texts(List<Activity> replies) => string.Join("\n---\n", replies.Select(ScheduleBot.AllText));
}
