using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cnam.Bot.Protocol;

/// <summary>
/// A Bot Framework activity (botframework-activity.md). Fields we do not model are kept in
/// <see cref="Properties"/> so that nothing a channel sends is lost or rejected (A2005).
/// </summary>
public sealed class Activity
{
    /// <summary>Activity type, compared ordinally (A2010). See <see cref="ActivityTypes"/>.</summary>
    public string? Type { get; set; }

    /// <summary>Set by the channel; a bot does not send it (A2031).</summary>
    public string? Id { get; set; }

    /// <summary>UTC time set by the channel (A2041).</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The sender's local time, with its offset: the user's own "now".</summary>
    public DateTimeOffset? LocalTimestamp { get; set; }

    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }

    /// <summary>Wire values <c>acceptingInput</c>, <c>expectingInput</c>, <c>ignoringInput</c>.</summary>
    public string? InputHint { get; set; }

    public string? Summary { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<Entity>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Label { get; set; }
    public string? ValueType { get; set; }

    /// <summary>Card submissions and invoke payloads; SHOULD be an object (A3080).</summary>
    public JsonElement? Value { get; set; }

    /// <summary>REQUIRED on <c>event</c> and <c>invoke</c>.</summary>
    public string? Name { get; set; }

    public ConversationReference? RelatesTo { get; set; }
    public string? Code { get; set; }

    /// <summary><c>normal</c> (default), <c>expectReplies</c>, <c>ephemeral</c>, <c>notification</c>.</summary>
    public string? DeliveryMode { get; set; }

    public string? CallerId { get; set; }

    /// <summary>Every field this class does not name, kept as received (A2005).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A new activity with the same fields (the objects and lists they point to are shared).</summary>
    public Activity ShallowCopy() => (Activity)MemberwiseClone();

    /// <summary>Builds a reply addressed back to the sender of this activity, as a channel expects it.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        Conversation = Conversation is null ? null : new ConversationAccount
        {
            Id = Conversation.Id,
            Name = Conversation.Name,
            IsGroup = Conversation.IsGroup,
            ConversationType = Conversation.ConversationType,
            TenantId = Conversation.TenantId,
        },
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name, Role = "bot" },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, AadObjectId = From.AadObjectId, Role = "user" },
        ReplyToId = Id,
        Locale = Locale,
        Text = text,
    };

    /// <summary>The conversation reference needed to message this conversation later (A7550).</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };
}
