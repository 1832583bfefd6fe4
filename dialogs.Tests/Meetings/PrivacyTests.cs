using Cnam.Bot.Dialogs.Meetings;
using Cnam.Bot.Meetings;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using Cnam.Bot.Tests.DirectLine;
using Microsoft.Extensions.DependencyInjection;

namespace Cnam.Bot.Tests.Meetings;

/// <summary>"mes données", "supprimer mes données" and the retention job, asserted on the store's keys.</summary>
public sealed class PrivacyTests
{
    private const string Email = "lea.martin@exemple.fr";

    [Fact]
    public async Task MyDataShowsTheRegistrationsAndWhatElseIsKept()
    {
        using var h = new MeetingsHarness();
        var c = h.Conversation();
        await MeetingRegistrationTests.RegisterAsync(c, "1", Email, "Léa Martin");
        var replies = await c.SendAsync(TestConversation.Message("mes données"));
        var text = replies.Single().Text!;
        Assert.Contains("Inscription à la réunion d'information du mardi 1 octobre 2030, 18:00–19:30 : Léa Martin, lea.martin@exemple.fr", text);
        Assert.Contains("supprimer mes données", text);
    }

    [Fact]
    public async Task SayingNoToTheErasureKeepsEverything()
    {
        using var h = new MeetingsHarness();
        var c = h.Conversation();
        await MeetingRegistrationTests.RegisterAsync(c, "1", Email);
        await c.PlayAsync([new("supprimer mes données", PrivacyDialog.AskErase), new("non", PrivacyDialog.KeptAsIs)]);
        Assert.Single(await h.Meetings.ListAsync("lp110-paris-oct", default));
    }

    [Fact]
    public async Task AfterTheErasureNothingAboutTheUserIsLeftInAnyStoreKey()
    {
        using var h = new MeetingsHarness();
        await h.Store.WriteAsync(StateKeys.User(TestConversation.WebChat, "user-1"), "{\"learnerProfile\":{}}", null);
        var first = h.Conversation(conversationId: "conv-a");
        await MeetingRegistrationTests.RegisterAsync(first, "1", Email);
        var other = h.Conversation(userId: "user-2", conversationId: "conv-b");
        await MeetingRegistrationTests.RegisterAsync(other, "1", "autre@exemple.fr", "Autre Personne");

        var second = h.Conversation(conversationId: "conv-c");
        await second.PlayAsync([new("supprimer mes données", "Voici ce que je garde sur vous"), new("oui", "C'est fait")]);

        var items = await h.AllItemsAsync();
        Assert.DoesNotContain(items, i => i.Key.Contains("user-1", StringComparison.Ordinal) || i.Json.Contains("user-1", StringComparison.Ordinal));
        Assert.DoesNotContain(items, i => i.Key.Contains("conv-a", StringComparison.Ordinal) || i.Key.Contains("conv-c", StringComparison.Ordinal));
        Assert.DoesNotContain(items, i => i.Json.Contains(Email, StringComparison.OrdinalIgnoreCase) || i.Json.Contains("Marie Curie", StringComparison.Ordinal));
        // The other person keeps everything.
        Assert.Equal("autre@exemple.fr", Assert.Single(await h.Meetings.ListAsync("lp110-paris-oct", default)).Email);
        Assert.Contains(items, i => i.Key == StateKeys.Conversation(TestConversation.WebChat, "conv-b"));
    }

    [Fact]
    public async Task OverDirectLineTheErasureRemovesTheTranscriptsToo()
    {
        using var app = new MeetingsAppFactory();
        var dl = new DirectLineTestClient(app.CreateClient());
        var (conversation, token) = await dl.StartNewAsync("dl_lea");
        var (otherConversation, otherToken) = await dl.StartNewAsync("dl_other");
        await SayAsync(dl, otherConversation, otherToken, "bonjour");
        foreach (var text in new[] { "je veux m'inscrire à une réunion d'information", "1", "Léa Martin", Email, "passer", "oui" })
        {
            await SayAsync(dl, conversation, token, text);
        }
        Assert.Single(await app.Meetings.ListAsync("lp110-paris-oct", default));
        Assert.Contains(await app.Store.ListAsync("dl/" + conversation + "/"), i => i.Json.Contains(Email, StringComparison.Ordinal));

        await SayAsync(dl, conversation, token, "supprimer mes données");
        await SayAsync(dl, conversation, token, "oui");

        var items = await app.Store.ListAsync("");
        Assert.DoesNotContain(items, i => i.Json.Contains("dl_lea", StringComparison.Ordinal) || i.Json.Contains(Email, StringComparison.Ordinal)
            || i.Json.Contains("Léa Martin", StringComparison.Ordinal));
        Assert.Empty(await app.Meetings.ListAsync("lp110-paris-oct", default));
        Assert.Contains(items, i => i.Key == $"dl/{otherConversation}/meta");
        // The visitor's conversation stays open with only the bot's confirmation, so their page shows it.
        var left = Assert.Single(items, i => i.Key.Contains(conversation, StringComparison.Ordinal));
        Assert.Equal($"dl/{conversation}/meta", left.Key);
        var (_, body) = await dl.GetActivitiesAsync(conversation, token);
        var activity = Assert.Single(body!["activities"]!.AsArray())!;
        Assert.Equal("bot", (string)activity["from"]!["role"]!);
        Assert.StartsWith("C'est fait", (string)activity["text"]!);
    }

    [Fact]
    public async Task TheRetentionJobPurgesAProspectSetDaysAfterTheLastContact()
    {
        // Last contact of the registrant = the meeting day (2030-10-01); of the chatter = today (their conversation).
        var clock = new ManualClock(new DateTimeOffset(2030, 10, 1, 12, 0, 0, TimeSpan.Zero).AddDays(1095));
        using var h = new MeetingsHarness(configure: s => s.AddSingleton<TimeProvider>(clock));
        await MeetingRegistrationTests.RegisterAsync(h.Conversation(conversationId: "registrant"), "1", Email);
        await h.Conversation(userId: "chatter", conversationId: "chat").SendAsync(TestConversation.Message("bonjour"));
        var retention = h.Services.GetRequiredService<RetentionService>();

        Assert.Equal(1, await retention.PurgeAsync(default));
        var items = await h.AllItemsAsync();
        Assert.DoesNotContain(items, i => i.Key.EndsWith("/chat", StringComparison.Ordinal) || i.Key.EndsWith("/chatter", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Key == "ref/webchat/registrant");
        Assert.Single(await h.Meetings.ListAsync("lp110-paris-oct", default));

        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await retention.PurgeAsync(default));
        Assert.Empty(await h.Meetings.ListAsync("lp110-paris-oct", default));
        Assert.DoesNotContain(await h.AllItemsAsync(), i => i.Key.Contains("registrant", StringComparison.Ordinal) || i.Json.Contains(Email, StringComparison.Ordinal));
        Assert.Equal(0, await retention.PurgeAsync(default));
    }

    [Fact]
    public async Task TheRetentionPeriodComesFromConfiguration()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow.AddDays(11));
        using var h = new MeetingsHarness(configure: s => s.AddSingleton<TimeProvider>(clock),
            settings: new Dictionary<string, string?> { ["Privacy:RetentionDays"] = "10" });
        await h.Conversation(userId: "chatter", conversationId: "chat").SendAsync(TestConversation.Message("bonjour"));
        Assert.Equal(1, await h.Services.GetRequiredService<RetentionService>().PurgeAsync(default));
        Assert.DoesNotContain(await h.AllItemsAsync(), i => i.Key.EndsWith("/chat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheRetentionJobRunsAtStartAndThenEveryPeriod()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow.AddDays(2000));
        using var h = new MeetingsHarness(configure: s => s.AddSingleton<TimeProvider>(clock),
            settings: new Dictionary<string, string?> { ["Privacy:PurgeInterval"] = "00:00:00.200" });
        var job = h.Services.GetRequiredService<RetentionService>();
        await h.Conversation(userId: "early", conversationId: "early").SendAsync(TestConversation.Message("bonjour"));
        await job.StartAsync(default);
        try
        {
            await WaitUntilAsync(async () => !(await h.AllItemsAsync()).Any(i => i.Key.EndsWith("/early", StringComparison.Ordinal)));
            // A conversation that starts later is purged at a later period.
            await h.Conversation(userId: "late", conversationId: "late").SendAsync(TestConversation.Message("bonjour"));
            await WaitUntilAsync(async () => !(await h.AllItemsAsync()).Any(i => i.Key.EndsWith("/late", StringComparison.Ordinal)));
        }
        finally
        {
            await job.StopAsync(default);
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition())
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail("The retention job did not purge within 10 s.");
    }

    [Theory]
    [InlineData("mes données", true)]
    [InlineData("que savez-vous de moi ?", true)]
    [InlineData("supprimer mes données", true)]
    [InlineData("je veux supprimer une UE de mon parcours", false)]
    [InlineData("effacer", false)]
    public void OnlyPrivacyRequestsStartThePrivacyDialog(string text, bool starts)
    {
        using var h = new MeetingsHarness();
        var topic = h.Services.GetServices<Cnam.Bot.Dialogs.IDialogTopic>().OfType<PrivacyTopic>().Single();
        Assert.Equal(starts, topic.TryRecognize(new Cnam.Bot.Protocol.TurnContext(TestConversation.Message(text), new Cnam.Bot.Protocol.BufferedReplySink()), out _));
    }

    private static async Task SayAsync(DirectLineTestClient dl, string conversation, string token, string text)
    {
        var (status, _) = await dl.PostActivityAsync(conversation, token, DirectLineTestClient.Message(text, Guid.NewGuid().ToString("N")));
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
    }
}
