using System.Text.Json;

namespace Cnam.Bot.Protocol.Teams;

/// <summary>
/// A <c>mention</c> entity: who is mentioned and the markup that stands for them in the text
/// (<c>{type:"mention", mentioned:{id,name}, text:"&lt;at&gt;Name&lt;/at&gt;"}</c>).
/// </summary>
public sealed record Mention(string? MentionedId, string? MentionedName, string? Text)
{
    public const string EntityType = "mention";

    /// <summary>Reads a mention entity; null for another entity type or a mention without <c>mentioned</c>.</summary>
    public static Mention? From(Entity entity)
    {
        if (!string.Equals(entity.Type, EntityType, StringComparison.OrdinalIgnoreCase) || entity.Properties is null
            || !entity.Properties.TryGetValue("mentioned", out var mentioned) || mentioned.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        return new Mention(
            StringOf(mentioned, "id"),
            StringOf(mentioned, "name"),
            entity.Properties.TryGetValue("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null);
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
