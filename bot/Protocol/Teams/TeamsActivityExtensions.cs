using System.Text;
using System.Text.Json;

namespace Cnam.Bot.Protocol.Teams;

/// <summary>Teams-specific readings of an activity: channel data, tenant, mentions of the bot.</summary>
public static class TeamsActivityExtensions
{
    public const string ChannelId = "msteams";

    public static bool IsTeams(this Activity activity) => string.Equals(activity.ChannelId, ChannelId, StringComparison.OrdinalIgnoreCase);

    /// <summary>The Teams channel data, or null when there is none or it is not an object.</summary>
    public static TeamsChannelData? GetTeamsChannelData(this Activity activity)
    {
        if (activity.ChannelData is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }
        try
        {
            return data.Deserialize<TeamsChannelData>(ProtocolJson.Options);
        }
        catch (JsonException)
        {
            // A channel that puts something else under the same names: no Teams data to read.
            return null;
        }
    }

    /// <summary>The tenant id: <c>channelData.tenant.id</c>, else <c>conversation.tenantId</c>.</summary>
    public static string? GetTenantId(this Activity activity) =>
        activity.GetTeamsChannelData()?.Tenant?.Id is { Length: > 0 } tenant ? tenant : activity.Conversation?.TenantId;

    /// <summary>Every <c>mention</c> entity of the activity.</summary>
    public static IReadOnlyList<Mention> GetMentions(this Activity activity) =>
        activity.Entities?.Select(Mention.From).OfType<Mention>().ToList() ?? [];

    /// <summary>
    /// Removes from <c>text</c> the mentions of the bot itself (the entities whose <c>mentioned.id</c> is the
    /// activity's <c>recipient.id</c>), as Teams puts them in channel and group-chat messages: each entity's
    /// <c>text</c>, or <c>&lt;at&gt;name&lt;/at&gt;</c> when it has none, case-insensitively; then trims.
    /// The entities are trusted, never the text: an "&lt;at&gt;" the user typed, or a mention of someone else, stays.
    /// Returns true when something was removed.
    /// </summary>
    public static bool RemoveRecipientMention(this Activity activity)
    {
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(activity.Text) || string.IsNullOrEmpty(botId))
        {
            return false;
        }
        var text = activity.Text;
        var removed = false;
        foreach (var mention in activity.GetMentions().Where(m => string.Equals(m.MentionedId, botId, StringComparison.Ordinal)))
        {
            var markup = mention.Text ?? (mention.MentionedName is { Length: > 0 } name ? $"<at>{name}</at>" : null);
            if (string.IsNullOrEmpty(markup))
            {
                continue;
            }
            var index = text.IndexOf(markup, StringComparison.OrdinalIgnoreCase);
            while (index >= 0)
            {
                text = text.Remove(index, markup.Length);
                removed = true;
                index = text.IndexOf(markup, index, StringComparison.OrdinalIgnoreCase);
            }
        }
        if (removed)
        {
            activity.Text = CollapseSpaces(text);
        }
        return removed;
    }

    // "<at>Bot</at> c'est quand" and "c'est <at>Bot</at> quand" both read naturally once the mention is gone.
    private static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (c == ' ' && builder.Length > 0 && builder[^1] == ' ')
            {
                continue;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
