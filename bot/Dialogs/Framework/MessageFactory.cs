using Cnam.Bot.Protocol;

namespace Cnam.Bot.Dialogs.Framework;

/// <summary>Builds the outgoing messages dialogs send.</summary>
public static class MessageFactory
{
    public static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>A text with buttons under it; each button sends its title back as the user's text (imBack).</summary>
    public static Activity SuggestedActions(string text, IEnumerable<string> titles) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        InputHint = InputHints.ExpectingInput,
        SuggestedActions = new SuggestedActions { Actions = titles.Select(t => CardAction.ImBack(t)).ToList() },
    };

    /// <summary>A message carrying one attachment (an Adaptive Card, typically) and an optional text.</summary>
    public static Activity Attachment(Attachment attachment, string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Attachments = [attachment],
    };

    /// <summary>
    /// A fresh copy of <paramref name="activity"/>. Sending fills routing fields in place, so a message kept
    /// in dialog state (a prompt) is copied before each send.
    /// </summary>
    public static Activity Copy(Activity activity) =>
        ProtocolJson.Deserialize<Activity>(ProtocolJson.Serialize(activity)) ?? new Activity { Type = ActivityTypes.Message };
}
