using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Cnam.Bot.Benchmarks.Load;

/// <summary>
/// Sends one user turn to <c>POST /api/messages</c> as a channel would (Web Chat's shape: message activity, a
/// <c>localTimestamp</c> the schedule answers read, <c>deliveryMode: "expectReplies"</c>) and checks the answer:
/// HTTP 200 and at least one message activity in <c>{"activities": [...]}</c>. Anything else is an error.
/// </summary>
public sealed class TurnClient(HttpClient http)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    /// <summary>The user's clock: a Wednesday of the 2022-2023 planning the knowledge base holds, so schedule answers have classes.</summary>
    public const string LocalTimestamp = "2022-11-16T10:00:00.000+01:00";

    /// <summary>Null when the turn was answered; else what went wrong.</summary>
    public async Task<string?> SendAsync(string conversationId, int sequence, Turn turn, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(Body(conversationId, sequence, turn));
        content.Headers.ContentType = Json;
        using var response = await http.PostAsync("api/messages", content, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return $"HTTP {(int)response.StatusCode}";
        }
        return HasMessage(body) ? null : "no reply";
    }

    private static bool HasMessage(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (!json.RootElement.TryGetProperty("activities", out var activities) || activities.ValueKind != JsonValueKind.Array)
            {
                return false;
            }
            foreach (var activity in activities.EnumerateArray())
            {
                if (activity.TryGetProperty("type", out var type) && type.ValueEquals("message"))
                {
                    return true;
                }
            }
            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static byte[] Body(string conversationId, int sequence, Turn turn)
    {
        using var buffer = new MemoryStream(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("type", "message");
            w.WriteString("id", $"{conversationId}-{sequence}");
            w.WriteString("channelId", "webchat");
            w.WriteString("serviceUrl", "http://127.0.0.1:9/unused");
            w.WriteString("timestamp", DateTimeOffset.UtcNow);
            w.WriteString("localTimestamp", LocalTimestamp);
            w.WriteString("locale", "fr-FR");
            w.WriteString("deliveryMode", "expectReplies");
            w.WritePropertyName("from");
            w.WriteStartObject();
            w.WriteString("id", "user-" + conversationId);
            w.WriteString("role", "user");
            w.WriteEndObject();
            w.WritePropertyName("recipient");
            w.WriteStartObject();
            w.WriteString("id", "cnam-bot");
            w.WriteString("role", "bot");
            w.WriteEndObject();
            w.WritePropertyName("conversation");
            w.WriteStartObject();
            w.WriteString("id", conversationId);
            w.WriteEndObject();
            if (turn.CardValue is { } value)
            {
                w.WritePropertyName("value");
                w.WriteStartObject();
                foreach (var (k, v) in value)
                {
                    w.WriteString(k, v);
                }
                w.WriteEndObject();
                w.WritePropertyName("channelData");
                w.WriteStartObject();
                w.WriteBoolean("postBack", true);
                w.WriteEndObject();
            }
            else
            {
                w.WriteString("text", turn.Text);
                w.WriteString("textFormat", "plain");
            }
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
