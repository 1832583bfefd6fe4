using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cnam.Bot.Meetings;
using Cnam.Bot.Protocol;
using Cnam.Bot.Tests.Common;

namespace Cnam.Bot.Tests.Meetings;

/// <summary>
/// The bot as a real process, killed (SIGKILL) while a follow-up waits on the fake Connector, then started again on the
/// same data directory: what was sent is not sent again, the send cut by the kill is reported "uncertain" rather than
/// repeated blindly, and the rest is sent. Staff may then choose to resend the uncertain one.
/// </summary>
[Trait("Category", "Crash")]
public sealed class FollowUpRestartTests
{
    private const string Meeting = "lp110-paris-oct";

    [Fact]
    public async Task AFollowUpCutByACrashIsNeverSentTwiceAfterTheRestart()
    {
        await using var connector = await FakeConnectorServer.StartAsync();
        using var data = new TempDirectory();
        var environment = new Dictionary<string, string>
        {
            ["Knowledge__DataDirectory"] = MeetingsTestData.DataDirectory,
            ["Admin__ApiKey"] = MeetingsAppFactory.ApiKey,
            ["Meetings__SendDelay"] = "00:00:00",
            ["BotFrameworkConnector__AttemptTimeout"] = "00:02:00",
        };
        string[] people = ["ana", "ben", "chloe"];

        await using (var first = await BotProcess.StartAsync(data.Path, environment))
        {
            using var http = first.CreateClient();
            foreach (var person in people)
            {
                await RegisterAsync(http, connector.ServiceUrl, person);
                await PostAsync(http, $"/api/admin/meetings/{Meeting}/attendance", new { email = $"{person}@exemple.fr" });
            }
            connector.Hang("conv-ben");
            var trigger = http.SendAsync(AdminRequest(HttpMethod.Post, $"/api/admin/meetings/{Meeting}/follow-up", null));
            await connector.WaitForCallAsync("conv-ben");
            first.Kill();
            await Assert.ThrowsAnyAsync<Exception>(() => trigger);
        }
        Assert.Equal(["conv-ana", "conv-ben"], connector.Calls.Select(c => c.ConversationId));
        connector.Release("conv-ben");

        await using var second = await BotProcess.StartAsync(data.Path, environment);
        using var client = second.CreateClient();
        var results = await PostAsync(client, $"/api/admin/meetings/{Meeting}/follow-up", null);
        Assert.Equal(["alreadySent", "uncertain", "sent"], results.AsArray().Select(r => (string)r!["outcome"]!));
        Assert.Equal(["conv-ana", "conv-ben", "conv-chloe"], connector.Calls.Select(c => c.ConversationId));

        var csv = await (await client.SendAsync(AdminRequest(HttpMethod.Get, $"/api/admin/meetings/{Meeting}/registrations.csv", null))).Content.ReadAsStringAsync();
        Assert.Contains(",ben@exemple.fr,,LP110,msteams,", csv);
        Assert.Contains(",uncertain,1,interrupted-unknown", csv);

        // Staff checked with Ben: the message never arrived, so they ask for it again.
        var resent = await PostAsync(client, $"/api/admin/meetings/{Meeting}/follow-up?resendUncertain=true", null);
        Assert.Equal(["alreadySent", "sent", "alreadySent"], resent.AsArray().Select(r => (string)r!["outcome"]!));
        Assert.Equal(2, connector.Calls.Count(c => c.ConversationId == "conv-ben"));
        Assert.Single(connector.Calls, c => c.ConversationId == "conv-ana");
        Assert.Single(connector.Calls, c => c.ConversationId == "conv-chloe");
    }

    private static async Task RegisterAsync(HttpClient http, string serviceUrl, string person)
    {
        List<Activity> replies = [];
        foreach (var text in new[] { "je veux m'inscrire à une réunion d'information", "1", person, $"{person}@exemple.fr", "passer", "oui" })
        {
            var activity = new
            {
                type = ActivityTypes.Message,
                id = Guid.NewGuid().ToString("N"),
                timestamp = DateTimeOffset.UtcNow,
                channelId = TestConversation.Teams,
                serviceUrl,
                conversation = new { id = "conv-" + person, conversationType = "personal" },
                from = new { id = "29:" + person, role = "user" },
                recipient = new { id = "28:cnam-bot", role = "bot" },
                locale = "fr-FR",
                text,
                deliveryMode = DeliveryModes.ExpectReplies,
            };
            using var response = await http.PostAsJsonAsync(MessagesEndpoint.Path, activity);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            replies = json.RootElement.GetProperty("activities").Deserialize<List<Activity>>(ProtocolJson.Options) ?? [];
        }
        Assert.NotNull(Assert.Single(replies).Attachments);
    }

    private static HttpRequestMessage AdminRequest(HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add(AdminApiKeyFilter.HeaderName, MeetingsAppFactory.ApiKey);
        return request;
    }

    private static async Task<JsonNode> PostAsync(HttpClient http, string path, object? body)
    {
        using var request = AdminRequest(HttpMethod.Post, path, body);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }
}
