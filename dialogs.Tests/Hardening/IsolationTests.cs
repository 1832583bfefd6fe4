using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Cnam.Bot.Dialogs;

namespace Cnam.Bot.Tests.Hardening;

/// <summary>
/// Issue 10, isolation: a conversation cannot read or alter another's state by forging ids, whether in the Direct Line
/// URL, in the posted activity's body, or in the channel and conversation ids of <c>/api/messages</c>.
/// </summary>
public sealed class IsolationTests(RegressionHost host) : IClassFixture<RegressionHost>
{
    [Fact]
    public async Task ADirectLineTokenOnlyReachesItsOwnConversationWhateverTheUrlOrBodySays()
    {
        var client = host.App.CreateClient();
        var mine = await DirectLineSession.StartAsync(client);
        var theirs = await DirectLineSession.StartAsync(client);
        using (var started = await theirs.PostAsync(client, new { type = "message", from = new { id = theirs.UserId }, text = BotTexts.AskQuestion }))
        {
            Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        }
        var before = await HistoryAsync(client, theirs);

        // Their conversation in the URL: refused for every route.
        foreach (var (method, path) in new[]
        {
            (HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}/activities"),
            (HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}"),
            (HttpMethod.Post, $"/v3/directline/conversations/{theirs.ConversationId}/activities"),
            (HttpMethod.Post, $"/v3/directline/conversations/{theirs.ConversationId}/upload?userId={theirs.UserId}"),
        })
        {
            using var request = new HttpRequestMessage(method, path);
            if (method == HttpMethod.Post)
            {
                request.Content = new StringContent($$"""{"type":"message","from":{"id":"{{theirs.UserId}}"},"text":"1"}""", System.Text.Encoding.UTF8, "application/json");
            }
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", mine.Token);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        // Their conversation and user in the body of a post to mine: it lands in mine, as me.
        using (var forged = await mine.PostAsync(client, new
        {
            type = "message",
            from = new { id = theirs.UserId },
            conversation = new { id = theirs.ConversationId },
            channelId = "msteams",
            text = "1",
        }))
        {
            Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        }
        var myHistory = await HistoryAsync(client, mine);
        var posted = myHistory.Last(a => a.GetProperty("text").GetString() == "1");
        Assert.Equal(mine.UserId, posted.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(mine.ConversationId, posted.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("directline", posted.GetProperty("channelId").GetString());

        // Their log did not move, and their waiting prompt still takes their next message as the question.
        Assert.Equal(before.Count, (await HistoryAsync(client, theirs)).Count);
        using var next = await theirs.PostAsync(client, new { type = "message", from = new { id = theirs.UserId }, text = BotTexts.AskQuestion });
        var after = await HistoryAsync(client, theirs);
        Assert.DoesNotContain(after.Skip(before.Count), a => a.TryGetProperty("text", out var t) && t.GetString() == BotTexts.AskQuestionPrompt);
    }

    /// <summary>State is keyed by channel and conversation: the same ids elsewhere, or another user in the same channel, start fresh.</summary>
    [Fact]
    public async Task TheSameConversationIdOnAnotherChannelHasItsOwnDialogState()
    {
        var conversation = "shared-" + Guid.NewGuid().ToString("N");
        Assert.True(await AsksTheQuestionAsync(await host.PostAsync(new { text = BotTexts.AskQuestion }, "webchat", conversation)));

        // The prompt waits in webchat/{conversation}: another channel with the same id is untouched.
        Assert.True(await AsksTheQuestionAsync(await host.PostAsync(new { text = BotTexts.AskQuestion }, "msteams", conversation)));
        Assert.True(await AsksTheQuestionAsync(await host.PostAsync(new { text = BotTexts.AskQuestion }, "webchat", conversation + "/x")));

        // The original conversation still takes the same words as its question.
        Assert.False(await AsksTheQuestionAsync(await host.PostAsync(new { text = BotTexts.AskQuestion }, "webchat", conversation)));
    }

    private static async Task<bool> AsksTheQuestionAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await RegressionHost.RepliesAsync(response)).Any(r => r.TryGetProperty("text", out var t) && t.GetString() == BotTexts.AskQuestionPrompt);
        }
    }

    private static async Task<List<JsonElement>> HistoryAsync(HttpClient client, DirectLineSession session)
    {
        using var response = await session.GetActivitiesAsync(client);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.Clone()).ToList();
    }
}
