using System.Text.Json.Nodes;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Cards;

/// <summary>
/// The few Adaptive Card 1.5 elements the bot's cards use, as System.Text.Json nodes. Version 1.5 is what both
/// Teams and Web Chat render. Buttons are Action.Submit with an object <c>data</c> (Web Chat sends it as a postBack
/// message, Teams as a message with <c>value</c>); <see cref="Submit"/> is the one place that builds them, so an
/// Action.Execute with an Action.Submit fallback can be added there.
/// </summary>
public static class AdaptiveCards
{
    public const string Version = "1.5";
    public const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>Most buttons a card may carry (the official renderer's default host configuration allows 5).</summary>
    public const int MaxActions = 5;

    /// <summary>Key of a card button's data that names what the button does ("eligibility/restart"...).</summary>
    public const string ActionKey = "action";

    public static JsonObject Card(IEnumerable<JsonNode?> body, IEnumerable<JsonNode?>? actions = null, string? fallbackText = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = Schema,
            ["version"] = Version,
            ["body"] = new JsonArray(body.Where(n => n is not null).ToArray()),
        };
        var list = actions?.Where(a => a is not null).ToArray() ?? [];
        if (list.Length > 0)
        {
            card["actions"] = new JsonArray(list);
        }
        if (fallbackText is not null)
        {
            card["fallbackText"] = fallbackText;
        }
        return card;
    }

    public static JsonObject Text(string text, string? weight = null, string? size = null, bool subtle = false, string? color = null,
        string? spacing = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (weight is not null)
        {
            block["weight"] = weight;
        }
        if (size is not null)
        {
            block["size"] = size;
        }
        if (subtle)
        {
            block["isSubtle"] = true;
        }
        if (color is not null)
        {
            block["color"] = color;
        }
        if (spacing is not null)
        {
            block["spacing"] = spacing;
        }
        return block;
    }

    /// <summary>A heading that starts a section, separated from what comes before.</summary>
    public static JsonObject Heading(string text) => Text(text, weight: "Bolder", size: "Medium", spacing: "Medium");

    public static JsonObject? Facts(IEnumerable<(string Title, string Value)> facts)
    {
        var list = facts.Where(f => f.Value.Length > 0).Select(f => (JsonNode?)new JsonObject { ["title"] = f.Title, ["value"] = f.Value }).ToArray();
        return list.Length == 0 ? null : new JsonObject { ["type"] = "FactSet", ["facts"] = new JsonArray(list) };
    }

    /// <summary>A group of elements (a section), optionally with a container style ("good", "attention", "emphasis").</summary>
    public static JsonObject Container(IEnumerable<JsonNode?> items, string? style = null)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray(items.Where(n => n is not null).ToArray()) };
        if (style is not null)
        {
            container["style"] = style;
        }
        return container;
    }

    /// <summary>A bulleted list as one Markdown TextBlock (Adaptive Cards render "- " lists).</summary>
    public static JsonObject? Bullets(IEnumerable<string> items)
    {
        var lines = items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => "- " + i).ToList();
        return lines.Count == 0 ? null : Text(string.Join("\n", lines));
    }

    /// <summary>An Action.Submit whose data is <paramref name="data"/> (an object, so it arrives as a card submission).</summary>
    public static JsonObject Submit(string title, JsonObject data, string? style = null)
    {
        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };
        if (style is not null)
        {
            action["style"] = style;
        }
        return action;
    }

    /// <summary>The card as a message attachment.</summary>
    public static Attachment ToAttachment(JsonObject card) =>
        Attachment.AdaptiveCard(System.Text.Json.JsonSerializer.SerializeToElement(card));

    /// <summary>Channels that render Adaptive Cards; any other channel gets the plain-text version.</summary>
    public static bool Supported(string? channelId) =>
        channelId is "webchat" or "directline" or "msteams" or "emulator" or "test";
}
