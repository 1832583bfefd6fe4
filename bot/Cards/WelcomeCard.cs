using System.Text.Json;
using System.Text.Json.Nodes;
using Cnam.Bot.Dialogs;
using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Cards;

/// <summary>
/// The welcome card sent when a conversation starts (Web Chat opens, Teams installs the app): the welcome text
/// and one button per main entry point (<see cref="BotTexts.MenuEntries"/>). Each button is an Action.Submit
/// whose data is the entry's title as a string: Web Chat sends it back as the user's text (like imBack), so the
/// dialogs see exactly what a typed entry would give. Wording only: no fact lives here. In French, unless the channel
/// says the user's locale is English (<c>locale</c> "en-…"): then the text and the buttons are English
/// (<see cref="BotTexts.MenuEntriesEn"/>), and each button does in English what the French one does.
/// </summary>
public static class WelcomeCard
{
    /// <summary>Adaptive Card 1.5: rendered by Web Chat 4.18 (adaptivecards 3.0) and Teams.</summary>
    public const string SchemaVersion = "1.5";

    public const string Title = "Assistant des formations en intervention sociale";
    public const string TitleEn = "Assistant for Cnam's social intervention programmes";

    /// <summary>"en" for a locale such as "en-US" or "en", else null (French).</summary>
    public static string? LanguageOf(string? locale) =>
        locale is not null && (locale.Equals("en", StringComparison.OrdinalIgnoreCase) || locale.StartsWith("en-", StringComparison.OrdinalIgnoreCase)) ? "en" : null;

    /// <summary>The generic greeting for someone coming from an information meeting's follow-up link.</summary>
    public const string MeetingFollowUp =
        "Vous venez de la part d'une réunion d'information\u00a0: merci de votre intérêt\u00a0! " +
        "Je peux répondre aux questions qui vous restent sur les formations, les conditions d'accès, les tarifs ou les plannings.";

    /// <summary>The card's content (the Adaptive Card JSON object).</summary>
    public static JsonElement Content(string? language = null)
    {
        var welcome = BotTexts.L(language, BotTexts.Welcome, BotTexts.WelcomeEn);
        var actions = new JsonArray();
        foreach (var entry in BotTexts.MenuIn(language))
        {
            actions.Add(new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = entry,
                ["data"] = entry,
            });
        }
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = SchemaVersion,
            ["lang"] = language ?? "fr",
            ["speak"] = welcome,
            ["fallbackText"] = welcome,
            ["body"] = new JsonArray
            {
                new JsonObject
                {
                    ["type"] = "TextBlock",
                    ["text"] = BotTexts.L(language, Title, TitleEn),
                    ["size"] = "Medium",
                    ["weight"] = "Bolder",
                    ["style"] = "heading",
                    ["wrap"] = true,
                },
                new JsonObject
                {
                    ["type"] = "TextBlock",
                    ["text"] = welcome,
                    ["wrap"] = true,
                },
            },
            ["actions"] = actions,
        };
        return JsonSerializer.SerializeToElement(card);
    }

    /// <summary>The welcome message: the card alone (its text is inside it), in <paramref name="language"/> ("en", else French).</summary>
    public static Activity Message(string? language = null)
    {
        var message = MessageFactory.Attachment(Attachment.AdaptiveCard(Content(language)));
        message.InputHint = InputHints.ExpectingInput;
        return message;
    }
}
