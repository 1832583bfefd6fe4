using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cnam.Bot.Auth;
using Cnam.Bot.Connector;
using Cnam.Bot.Meetings;
using Cnam.Bot.Protocol;
using Cnam.Bot.Tests.Common;
using Cnam.Bot.Tests.DirectLine;
using Microsoft.Extensions.DependencyInjection;

namespace Cnam.Bot.Tests.Meetings;

/// <summary>
/// Follow-ups and reminders through a real loopback fake Connector (Teams-like conversations) and through the
/// built-in Direct Line: every attendee once, 429 retried, nothing sent twice across triggers.
/// </summary>
public sealed class FollowUpDeliveryTests
{
    private const string Meeting = "lp110-paris-oct";

    [Fact]
    public async Task TheFollowUpReachesEveryAttendeeExactlyOnceAndA429IsRetried()
    {
        await using var connector = await FakeConnectorServer.StartAsync();
        using var h = new MeetingsHarness(configure: WithConnector);
        string[] people = ["ana", "ben", "chloe"];
        foreach (var person in people)
        {
            await RegisterAsync(h, connector.ServiceUrl, person);
        }
        foreach (var person in people.Take(2))
        {
            Assert.True(await h.Meetings.MarkAttendanceAsync(Meeting, $"{person}@exemple.fr", true, default));
        }
        connector.Throttle("conv-ben", 1);
        var admin = h.Services.GetRequiredService<MeetingsAdmin>();

        var results = await admin.FollowUpAsync(Meeting, resendUncertain: false, default);

        Assert.Equal(["sent", "sent", "skipped"], results.Select(r => r.Outcome));
        Assert.Equal(["conv-ana", "conv-ben", "conv-ben"], connector.Calls.Select(c => c.ConversationId));
        Assert.Equal([200, 429, 200], connector.Calls.Select(c => c.Status));
        Assert.All(connector.Calls, c => Assert.Contains("Vos prochaines étapes", c.Text));
        Assert.Contains("Bonjour ana,", connector.Calls[0].Text);
        Assert.Contains("par_intervention-sociale@lecnam.net", connector.Calls[0].Text);
        // Markdown whose lines stay lines in Teams and Web Chat, in the registration's language.
        Assert.Contains(".  \nVos prochaines étapes :\n1. Vérifiez", connector.Calls[0].Text);
        Assert.Contains("Écrivez à :\n   - Gestion et coordination", connector.Calls[0].Text);
        Assert.All(connector.Calls, c => Assert.Equal("fr-FR", c.Locale));

        // A second trigger sends nothing again; the statuses say so.
        var again = await admin.FollowUpAsync(Meeting, resendUncertain: false, default);
        Assert.Equal(["alreadySent", "alreadySent", "skipped"], again.Select(r => r.Outcome));
        Assert.Equal(3, connector.Calls.Count);
        var statuses = (await h.Meetings.ListAsync(Meeting, default)).Select(r => r.Deliveries.GetValueOrDefault(MessageKinds.FollowUp)).ToList();
        Assert.Equal([("sent", 1), ("sent", 1)], statuses.Take(2).Select(s => (s!.State, s.Attempts)));
        Assert.Null(statuses[2]);
    }

    [Fact]
    public async Task TheReminderGoesToEveryRegistrantAndAFailureIsRecordedThenRetried()
    {
        await using var connector = await FakeConnectorServer.StartAsync();
        using var h = new MeetingsHarness(configure: s =>
        {
            WithConnector(s);
            s.Configure<ConnectorOptions>(o => o.MaxAttempts = 1);
        });
        await RegisterAsync(h, connector.ServiceUrl, "ana");
        await RegisterAsync(h, connector.ServiceUrl, "ben");
        connector.Throttle("conv-ben", 1);
        var admin = h.Services.GetRequiredService<MeetingsAdmin>();

        var first = await admin.RemindAsync(Meeting, false, default);
        Assert.Equal([("sent", null), ("failed", "connector-429")], first.Select(r => (r.Outcome, r.Error)));
        Assert.Contains("petit rappel", connector.Calls[0].Text);

        var second = await admin.RemindAsync(Meeting, false, default);
        Assert.Equal([("alreadySent", 1), ("sent", 2)], second.Select(r => (r.Outcome, r.Attempts)));
        Assert.Equal(2, connector.Calls.Count(c => c.ConversationId == "conv-ben"));
        Assert.Single(connector.Calls, c => c.ConversationId == "conv-ana");
    }

    [Fact]
    public async Task AWebVisitorFindsTheFollowUpInTheirDirectLineConversationOnce()
    {
        using var app = new MeetingsAppFactory();
        var dl = new DirectLineTestClient(app.CreateClient());
        var (conversation, token) = await dl.StartNewAsync("dl_lea");
        foreach (var text in new[] { "je veux m'inscrire à une réunion d'information", "1", "Léa Martin", "lea@exemple.fr", "passer", "oui" })
        {
            Assert.Equal(HttpStatusCode.OK, (await dl.PostActivityAsync(conversation, token, DirectLineTestClient.Message(text, Guid.NewGuid().ToString("N")))).Status);
        }
        var admin = app.AdminClient();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/admin/meetings/{Meeting}/attendance", new { email = "lea@exemple.fr" })).StatusCode);

        var results = await (await admin.PostAsync($"/api/admin/meetings/{Meeting}/follow-up", null)).Content.ReadFromJsonAsync<JsonArray>();
        Assert.Equal("sent", (string)results![0]!["outcome"]!);
        var again = await (await admin.PostAsync($"/api/admin/meetings/{Meeting}/follow-up", null)).Content.ReadFromJsonAsync<JsonArray>();
        Assert.Equal("alreadySent", (string)again![0]!["outcome"]!);

        var (_, body) = await dl.GetActivitiesAsync(conversation, token);
        var followUps = body!["activities"]!.AsArray().Where(a => ((string?)a!["text"])?.Contains("Vos prochaines étapes", StringComparison.Ordinal) == true).ToList();
        var followUp = Assert.Single(followUps)!;
        Assert.Equal("bot", (string)followUp["from"]!["role"]!);
        Assert.Contains("Bonjour Léa Martin", (string)followUp["text"]!);
    }

    internal static void WithConnector(IServiceCollection services)
    {
        services.AddHttpClient();
        services.AddSingleton<IBotTokenProvider, AnonymousTokens>();
        services.AddSingleton<TrustedServiceUrls>();
        services.Configure<ConnectorOptions>(o => o.BaseDelay = TimeSpan.FromMilliseconds(50));
        services.AddSingleton<IConnectorClient, ConnectorClient>();
        services.Configure<MeetingsOptions>(o => o.SendDelay = TimeSpan.Zero);
    }

    /// <summary>Registers <paramref name="person"/> (Teams conversation <c>conv-{person}</c>) to the first meeting.</summary>
    [Fact]
    public async Task AnEnglishRegistrantsFollowUpIsSentAsEnglish()
    {
        await using var connector = await FakeConnectorServer.StartAsync();
        using var h = new MeetingsHarness(configure: WithConnector);
        await RegisterAsync(h, connector.ServiceUrl, "dan", english: true);
        Assert.True(await h.Meetings.MarkAttendanceAsync(Meeting, "dan@exemple.fr", true, default));

        await h.Services.GetRequiredService<MeetingsAdmin>().FollowUpAsync(Meeting, resendUncertain: false, default);

        var call = Assert.Single(connector.Calls);
        Assert.StartsWith("Hello dan,", call.Text);
        Assert.Equal("en-US", call.Locale);
    }

    internal static async Task RegisterAsync(MeetingsHarness h, string serviceUrl, string person, string meeting = Meeting, bool english = false)
    {
        var c = h.Conversation(TestConversation.Teams, userId: "29:" + person, conversationId: "conv-" + person);
        string[] answers = english
            ? ["I'd like to sign up for an information meeting", "1", person, $"{person}@exemple.fr", "skip", "yes"]
            : ["je veux m'inscrire à une réunion d'information", "1", person, $"{person}@exemple.fr", "passer", "oui"];
        foreach (var text in answers)
        {
            await c.SendAsync(new Activity { Type = ActivityTypes.Message, Text = text, ServiceUrl = serviceUrl });
        }
        Assert.Contains(await h.Meetings.ListAsync(meeting, default), r => r.Email == $"{person}@exemple.fr");
    }

    private sealed class AnonymousTokens : IBotTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
    }
}
