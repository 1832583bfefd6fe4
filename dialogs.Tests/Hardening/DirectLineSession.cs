using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Cnam.Bot.Tests.Hardening;

/// <summary>A started built-in Direct Line conversation, as the page gets it (page token, then start).</summary>
internal sealed record DirectLineSession(string ConversationId, string Token, string UserId)
{
    public static async Task<DirectLineSession> StartAsync(HttpClient client)
    {
        using var tokenResponse = await client.PostAsync("/api/directline/token", null);
        tokenResponse.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync());
        var session = new DirectLineSession(
            json.RootElement.GetProperty("conversationId").GetString()!,
            json.RootElement.GetProperty("token").GetString()!,
            json.RootElement.GetProperty("userId").GetString()!);
        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations") { Content = JsonContent.Create(new { }) };
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
        using var started = await client.SendAsync(start);
        started.EnsureSuccessStatusCode();
        return session;
    }

    public Task<HttpResponseMessage> PostAsync(HttpClient client, object activity)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities")
        {
            Content = new StringContent(JsonSerializer.Serialize(activity), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return client.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetActivitiesAsync(HttpClient client, string? watermark = null)
    {
        var query = watermark is null ? "" : "?watermark=" + watermark;
        var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities{query}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return client.SendAsync(request);
    }
}
