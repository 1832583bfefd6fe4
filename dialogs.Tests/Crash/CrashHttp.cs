using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Tests.Crash;

/// <summary>
/// The calls the crash test makes on a running bot, through its public HTTP surface only: the built-in
/// Direct Line (page token, start, post, read, refresh), <c>/api/messages</c> with <c>expectReplies</c> and the
/// admin API's registration list.
/// A call returns only when the bot acknowledged it (the expected status and a complete body); any other
/// answer throws <see cref="UnexpectedAnswerException"/>, and a dead bot throws what HttpClient throws.
/// </summary>
internal sealed class CrashHttp(Uri baseAddress) : IDisposable
{
    // Generous: a loaded 2-core machine shared with other builds must never turn slowness into a failure.
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(120);

    private readonly HttpClient _client = new(new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30) })
    {
        BaseAddress = baseAddress,
        Timeout = RequestTimeout,
    };

    /// <summary><c>POST /api/directline/token</c>: a token for a new conversation and a fresh <c>dl_</c> user.</summary>
    public async Task<PageToken> GetPageTokenAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/directline/token");
        using var json = await SendAsync(request, HttpStatusCode.OK);
        var root = json.RootElement;
        return new PageToken(
            root.GetProperty("conversationId").GetString()!,
            root.GetProperty("token").GetString()!,
            root.GetProperty("userId").GetString()!);
    }

    /// <summary><c>POST /v3/directline/conversations</c> with the token: 201 = the conversation is started (stored).</summary>
    public async Task StartConversationAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations") { Content = JsonContent.Create(new { }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var _ = await SendAsync(request, HttpStatusCode.Created);
    }

    /// <summary><c>POST /v3/directline/tokens/refresh</c>: a new token for the same conversation and user.</summary>
    public async Task<string> RefreshTokenAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/tokens/refresh");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var json = await SendAsync(request, HttpStatusCode.OK);
        return json.RootElement.GetProperty("token").GetString()!;
    }

    /// <summary>
    /// Posts a message as Web Chat does (text plus <c>channelData.clientActivityID</c>); returns the id the channel
    /// acknowledged with 200.
    /// </summary>
    public async Task<string> PostMessageAsync(string conversationId, string token, string userId, string text)
    {
        var activity = new
        {
            type = ActivityTypes.Message,
            from = new { id = userId, role = "user" },
            locale = "fr-FR",
            text,
            textFormat = "plain",
            channelData = new { clientActivityID = Guid.NewGuid().ToString("N") },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities")
        {
            Content = JsonContent.Create(activity),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var json = await SendAsync(request, HttpStatusCode.OK);
        var id = json.RootElement.GetProperty("id").GetString();
        return string.IsNullOrEmpty(id) ? throw new UnexpectedAnswerException(request, HttpStatusCode.OK, json.RootElement.GetRawText()) : id;
    }

    /// <summary><c>GET …/activities?watermark=W</c> (no watermark = from the start): one page and the new watermark.</summary>
    public async Task<(List<Activity> Activities, long Watermark)> GetActivitiesAsync(string conversationId, string token, long? watermark)
    {
        var query = watermark is { } w ? "?watermark=" + w.ToString(CultureInfo.InvariantCulture) : "";
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities{query}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var json = await SendAsync(request, HttpStatusCode.OK);
        var activities = json.RootElement.GetProperty("activities").Deserialize<List<Activity>>(ProtocolJson.Options) ?? [];
        var next = long.Parse(json.RootElement.GetProperty("watermark").GetString()!, NumberStyles.None, CultureInfo.InvariantCulture);
        return (activities, next);
    }

    /// <summary>
    /// The whole history, as a client that starts with an empty watermark and polls until nothing is newer;
    /// the watermark it ends with is the conversation's.
    /// </summary>
    public async Task<(List<Activity> Activities, long Watermark)> ReadHistoryAsync(string conversationId, string token)
    {
        var all = new List<Activity>();
        long? watermark = null;
        // A page holds up to 100 activities; the bound only stops a watermark that never settles.
        for (var page = 0; page < 100_000; page++)
        {
            var (activities, next) = await GetActivitiesAsync(conversationId, token, watermark);
            all.AddRange(activities);
            if (next <= (watermark ?? 0))
            {
                if (activities.Count > 0 || next < (watermark ?? 0))
                {
                    throw new InvalidOperationException($"The watermark of {conversationId} went from {watermark} to {next} with {activities.Count} activities.");
                }
                return (all, watermark ?? 0);
            }
            watermark = next;
        }
        throw new InvalidOperationException($"The watermark of {conversationId} never settled.");
    }

    /// <summary>
    /// <c>POST /api/messages</c> with <c>deliveryMode: expectReplies</c> (anonymous: no MicrosoftAppId): the turn's
    /// replies, returned once the turn (and its state write) is done. <paramref name="localTimestamp"/> is the user's "now".
    /// </summary>
    public async Task<List<Activity>> SendExpectRepliesAsync(string channelId, string conversationId, string userId, string text,
        DateTimeOffset? localTimestamp = null)
    {
        var activity = new
        {
            type = ActivityTypes.Message,
            id = Guid.NewGuid().ToString("N"),
            timestamp = DateTimeOffset.UtcNow,
            localTimestamp,
            channelId,
            serviceUrl = "http://127.0.0.1/unused",
            conversation = new { id = conversationId },
            from = new { id = userId, role = "user" },
            recipient = new { id = "cnam-bot", role = "bot" },
            locale = "fr-FR",
            text,
            deliveryMode = DeliveryModes.ExpectReplies,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesEndpoint.Path.TrimStart('/')) { Content = JsonContent.Create(activity) };
        using var json = await SendAsync(request, HttpStatusCode.OK);
        return json.RootElement.GetProperty("activities").Deserialize<List<Activity>>(ProtocolJson.Options) ?? [];
    }

    /// <summary>
    /// <c>GET /api/admin/meetings/{id}/registrations</c> with the admin key: the e-mail of every registration stored for
    /// the meeting, one entry per registration (a duplicate shows twice).
    /// </summary>
    public async Task<List<string>> GetRegistrationEmailsAsync(string meetingId, string apiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/admin/meetings/{Uri.EscapeDataString(meetingId)}/registrations");
        request.Headers.Add(Bot.Meetings.AdminApiKeyFilter.HeaderName, apiKey);
        using var json = await SendAsync(request, HttpStatusCode.OK);
        return json.RootElement.EnumerateArray().Select(r => r.GetProperty("email").GetString()!).ToList();
    }

    public void Dispose() => _client.Dispose();

    private async Task<JsonDocument> SendAsync(HttpRequestMessage request, HttpStatusCode expected)
    {
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
        {
            throw new UnexpectedAnswerException(request, response.StatusCode, body);
        }
        return JsonDocument.Parse(body);
    }
}

/// <summary>What <c>POST /api/directline/token</c> answers.</summary>
internal sealed record PageToken(string ConversationId, string Token, string UserId);

/// <summary>The bot answered, but not with the acknowledgement expected: always a test failure, never a crash effect.</summary>
internal sealed class UnexpectedAnswerException(HttpRequestMessage request, HttpStatusCode status, string body)
    : Exception($"{request.Method} {request.RequestUri} answered {(int)status}: {(body.Length > 300 ? body[..300] + "…" : body)}")
{
    public HttpStatusCode Status { get; } = status;
}
