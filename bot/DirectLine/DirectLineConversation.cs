using Cnam.Bot.Protocol;

namespace Cnam.Bot.DirectLine;

/// <summary>What is known about a built-in Direct Line conversation, for proactive follow-ups.</summary>
/// <param name="ConversationId">The conversation id.</param>
/// <param name="User">The visitor (id embedded in their token, else the first <c>from.id</c> seen), or null.</param>
/// <param name="Locale">The locale asked for when the conversation started, if any.</param>
/// <param name="CreatedAt">When the conversation started.</param>
/// <param name="LastActivityAt">Timestamp of the last stored activity (user or bot), or null when none.</param>
/// <param name="Watermark">Sequence number of the last stored activity.</param>
/// <param name="Reference">The reference a bot keeps to message this conversation later (A7550).</param>
public sealed record DirectLineConversation(
    string ConversationId,
    ChannelAccount? User,
    string? Locale,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastActivityAt,
    long Watermark,
    ConversationReference Reference);
