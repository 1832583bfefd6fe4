namespace Cnam.Bot.DirectLine;

/// <summary>The stored header of one Direct Line conversation (document <c>dl/{conv}/meta</c>).</summary>
internal sealed class ConversationMeta
{
    public string ConversationId { get; set; } = "";

    /// <summary>The user embedded in the token, or the first <c>from.id</c> seen; null until known.</summary>
    public string? UserId { get; set; }

    public string? UserName { get; set; }
    public string? Locale { get; set; }
    public string? ServiceUrl { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Sequence number of the last stored activity: the conversation's watermark. 0 = empty log.</summary>
    public long LastSequence { get; set; }

    /// <summary>Timestamp of the last stored activity; the next one gets a strictly later one.</summary>
    public DateTimeOffset LastTimestamp { get; set; }

    /// <summary>True once the bot was told (conversationUpdate) that the user joined.</summary>
    public bool UserAnnounced { get; set; }

    /// <summary>
    /// The newest activities, not yet copied to their own documents: appending one is a single etag-checked write of
    /// this header, atomic whichever instance makes it (see <see cref="DirectLineConversationStore"/>).
    /// </summary>
    public List<PendingActivity>? Pending { get; set; }
}

/// <summary>An activity of the log kept in the header until it is copied to <c>dl/{conv}/a/{seq:D7}</c>.</summary>
internal sealed record PendingActivity(long Sequence, Cnam.Bot.Protocol.Activity Activity);
