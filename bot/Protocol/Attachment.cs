using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cnam.Bot.Protocol;

/// <summary>An attachment: either inline <c>content</c> or a <c>contentUrl</c>, not both (A7100).</summary>
public sealed class Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public JsonElement? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Wraps an Adaptive Card object (already serialised to JSON) as an attachment.</summary>
    public static Attachment AdaptiveCard(JsonElement card) => new() { ContentType = AdaptiveCardContentType, Content = card };
}

/// <summary>Buttons shown under a message: <c>{to, actions}</c>.</summary>
public sealed class SuggestedActions
{
    public List<string>? To { get; set; }
    public List<CardAction> Actions { get; set; } = [];
}

/// <summary>A clickable action (<c>imBack</c>, <c>messageBack</c>, <c>postBack</c>, <c>openUrl</c>…).</summary>
public sealed class CardAction
{
    public string Type { get; set; } = "imBack";
    public string? Title { get; set; }
    public string? Image { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }
    public JsonElement? Value { get; set; }

    public static CardAction ImBack(string title, string? value = null) =>
        new() { Type = "imBack", Title = title, Value = JsonSerializer.SerializeToElement(value ?? title) };

    public static CardAction OpenUrl(string title, string url) =>
        new() { Type = "openUrl", Title = title, Value = JsonSerializer.SerializeToElement(url) };
}

/// <summary>
/// An entity (<c>mention</c>, <c>clientInfo</c>, <c>cnam/eligibility</c>…): a <c>type</c> plus any fields.
/// Unknown entity types are kept and ignored (A2104).
/// </summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
