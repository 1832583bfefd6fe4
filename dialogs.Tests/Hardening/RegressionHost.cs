using System.Text.Json;
using System.Text.Json.Nodes;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Tests.Hardening;

/// <summary>The app of the regression tests, and expectReplies messages with chosen fields and ids.</summary>
public sealed class RegressionHost : IDisposable
{
    public HardeningHost App { get; } = new();

    public Task<HttpResponseMessage> PostAsync(object fields, string channelId = "webchat", string? conversationId = null)
    {
        var activity = JsonSerializer.SerializeToNode(fields)!.AsObject();
        activity["type"] = "message";
        activity["channelId"] = channelId;
        activity["serviceUrl"] = "http://localhost:9/none";
        activity["from"] = new JsonObject { ["id"] = "u-" + Guid.NewGuid().ToString("N") };
        activity["recipient"] = new JsonObject { ["id"] = "bot" };
        activity["conversation"] = new JsonObject { ["id"] = conversationId ?? Guid.NewGuid().ToString("N") };
        activity["deliveryMode"] = "expectReplies";
        return App.CreateClient().PostAsync(MessagesEndpoint.Path, new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
    }

    /// <summary>The visible replies (text or attachments) of an expectReplies answer.</summary>
    public static async Task<List<JsonElement>> RepliesAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("activities").EnumerateArray()
            .Where(a => a.TryGetProperty("text", out var t) && t.GetString()?.Length > 0 || a.TryGetProperty("attachments", out _))
            .Select(a => a.Clone()).ToList();
    }

    public void Dispose() => App.Dispose();
}
