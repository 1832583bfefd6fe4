using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cnam.Bot.Tests.Protocol;

namespace Cnam.Bot.Tests.Hardening;

/// <summary>Bodies of corpus cases: default activities with a case's properties set over them, and generated huge bodies.</summary>
internal static class CorpusBodies
{
    /// <summary>The message a channel sends on <c>/api/messages</c>, asking for the replies in the answer.</summary>
    public static JsonObject DefaultMessage(string conversationId, string userId) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["channelId"] = "webchat",
        ["serviceUrl"] = FakeNetwork.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = userId, ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "cnam-bot", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["locale"] = "fr-FR",
        ["text"] = "Combien coûte la licence pro ?",
        ["deliveryMode"] = "expectReplies",
    };

    /// <summary>What Web Chat posts on Direct Line.</summary>
    public static JsonObject DefaultDirectLineMessage(string userId) => new()
    {
        ["type"] = "message",
        ["from"] = new JsonObject { ["id"] = userId, ["role"] = "user" },
        ["locale"] = "fr-FR",
        ["text"] = "",
        ["channelData"] = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") },
    };

    /// <summary>
    /// <paramref name="target"/> as JSON text with each top-level property of <paramref name="changes"/> set (null
    /// removes it). The case's JSON is spliced in as written, so that escapes the parser refuses (a lone
    /// <c>\uD800</c>) reach the server unchanged.
    /// </summary>
    public static string Merge(JsonObject target, JsonElement? changes, Func<string, string> placeholders)
    {
        var spliced = new Dictionary<string, string>();
        if (changes is { ValueKind: JsonValueKind.Object } set)
        {
            foreach (var property in set.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Null)
                {
                    target.Remove(property.Name);
                    continue;
                }
                var marker = $"__corpus_{spliced.Count}__";
                spliced[$"\"{marker}\""] = placeholders(property.Value.GetRawText());
                target[property.Name] = marker;
            }
        }
        var json = target.ToJsonString();
        foreach (var (marker, raw) in spliced)
        {
            json = json.Replace(marker, raw, StringComparison.Ordinal);
        }
        return json;
    }

    /// <summary>A generated body: the default activity grown to <paramref name="generator"/>'s size, or plain bytes.</summary>
    public static byte[] Generate(CorpusGenerator generator, JsonObject message, JsonObject directLineMessage)
    {
        var size = generator.Size;
        switch (generator.Name)
        {
            case "message-text":
                message["text"] = Words(size);
                return Encoding.UTF8.GetBytes(message.ToJsonString());
            case "dl-text":
                directLineMessage["text"] = Words(size);
                return Encoding.UTF8.GetBytes(directLineMessage.ToJsonString());
            case "deep-channel-data":
                message["channelData"] = "__deep__";
                return Encoding.UTF8.GetBytes(message.ToJsonString().Replace("\"__deep__\"", new string('[', size) + new string(']', size), StringComparison.Ordinal));
            case "many-entities":
                message["text"] = "Combien coûte la licence ?";
                message["entities"] = new JsonArray(Enumerable.Range(0, size).Select(i => (JsonNode?)new JsonObject { ["type"] = "x" + i }).ToArray());
                return Encoding.UTF8.GetBytes(message.ToJsonString());
            case "many-attachments":
                message["attachments"] = new JsonArray(Enumerable.Range(0, size)
                    .Select(i => (JsonNode?)new JsonObject { ["contentType"] = "text/plain", ["content"] = "x" }).ToArray());
                return Encoding.UTF8.GetBytes(message.ToJsonString());
            case "many-properties":
                message["text"] = "Combien coûte la licence ?";
                for (var i = 0; i < size; i++)
                {
                    message["p" + i] = i;
                }
                return Encoding.UTF8.GetBytes(message.ToJsonString());
            case "bytes":
                return Enumerable.Repeat((byte)'x', size).ToArray();
            default:
                throw new InvalidOperationException($"Unknown corpus body generator '{generator.Name}'.");
        }
    }

    private static string Words(int size)
    {
        var text = new StringBuilder(size + 16);
        while (text.Length < size)
        {
            text.Append("tarif licence ");
        }
        return text.ToString(0, size);
    }
}
