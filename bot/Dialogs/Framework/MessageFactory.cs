using System.Text.Json;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Dialogs.Framework;

/// <summary>
/// Builds the outgoing messages dialogs send. Every text keeps its line breaks when rendered as markdown
/// (<see cref="MarkdownLines.Kept"/>), whichever dialog wrote it.
/// </summary>
public static class MessageFactory
{
    public static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = MarkdownLines.Kept(text) };

    /// <summary>A text with buttons under it; each button sends its title back as the user's text (imBack).</summary>
    public static Activity SuggestedActions(string text, IEnumerable<string> titles) => new()
    {
        Type = ActivityTypes.Message,
        Text = MarkdownLines.Kept(text),
        InputHint = InputHints.ExpectingInput,
        SuggestedActions = new SuggestedActions { Actions = titles.Select(t => CardAction.ImBack(t)).ToList() },
    };

    /// <summary>A message carrying one attachment (an Adaptive Card, typically) and an optional text.</summary>
    public static Activity Attachment(Attachment attachment, string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text is null ? null : MarkdownLines.Kept(text),
        Attachments = [attachment],
    };

    /// <summary>
    /// A copy of <paramref name="activity"/> whose fields and lists are its own. Sending fills routing fields in place
    /// and a prompt adds its buttons, so a message kept in dialog state (a prompt) is copied before each send. What the
    /// fields point to (a card's JSON, an account) is shared: nothing that sends a message changes those.
    /// </summary>
    public static Activity Copy(Activity activity)
    {
        var copy = activity.ShallowCopy();
        copy.MembersAdded = activity.MembersAdded?.ToList();
        copy.MembersRemoved = activity.MembersRemoved?.ToList();
        copy.Attachments = activity.Attachments?.ToList();
        copy.Entities = activity.Entities?.ToList();
        copy.Properties = activity.Properties is null ? null : new Dictionary<string, JsonElement>(activity.Properties);
        return copy;
    }
}
