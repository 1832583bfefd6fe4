using System.Net;
using System.Text.Json;

namespace Cnam.Bot.Tests.Hardening;

/// <summary>Issue 10, bounded queues: one Direct Line conversation's log stops growing at its limit, with a clear error.</summary>
public sealed class ConversationBoundTests
{
    [Fact]
    public async Task ADirectLineLogAtItsLimitRefusesNewPostsWith409ConversationFullAndKeepsWhatItHas()
    {
        using var host = new HardeningHost(settings: new Dictionary<string, string?> { ["DirectLine:MaxActivitiesPerConversation"] = "6" });
        var client = host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);
        var accepted = 0;
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 10 && refused is null; i++)
        {
            var response = await session.PostAsync(client, new { type = "message", from = new { id = session.UserId }, text = "bonjour " + i });
            if (response.StatusCode == HttpStatusCode.OK)
            {
                accepted++;
                response.Dispose();
            }
            else
            {
                refused = response;
            }
        }
        Assert.NotNull(refused);
        using (refused)
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            using var error = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
            Assert.Equal("ConversationFull", error.RootElement.GetProperty("error").GetProperty("code").GetString());
            Assert.Contains("start a new conversation", error.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        }
        Assert.InRange(accepted, 1, 5);

        // What was acknowledged is still there; the log did not grow past the limit plus the last turn's replies.
        using var read = await session.GetActivitiesAsync(client);
        using var page = JsonDocument.Parse(await read.Content.ReadAsStringAsync());
        var activities = page.RootElement.GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal(accepted, activities.Count(a => a.GetProperty("from").GetProperty("id").GetString() == session.UserId));
        Assert.InRange(activities.Count, 6, 12);

        // Another conversation is not affected.
        var other = await DirectLineSession.StartAsync(client);
        using var fresh = await other.PostAsync(client, new { type = "message", from = new { id = other.UserId }, text = "bonjour" });
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }
}
