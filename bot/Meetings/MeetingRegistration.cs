using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cnam.Bot.Meetings;

/// <summary>
/// The registrations of one meeting, as one store document (<c>meetings/{meetingId}</c>) written with its etag:
/// capacity and duplicate checks and the write happen on the same version, so two people can never take the last
/// seat, and the same e-mail is never registered twice.
/// </summary>
public sealed class MeetingDocument
{
    public List<MeetingRegistration> Registrations { get; set; } = [];

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>One person registered to a meeting, with what is needed to message them and the state of each message.</summary>
public sealed class MeetingRegistration
{
    /// <summary>Random id (never derived from the person), used in results and logs.</summary>
    public string Id { get; set; } = "";

    public string MeetingId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string? Phone { get; set; }

    /// <summary>The programme the person is interested in (LP110, CPN42, CP29), if they said.</summary>
    public string? Programme { get; set; }

    /// <summary>Channel, user and conversation the person registered from: the conversation reference is <c>ref/{channel}/{conversation}</c>.</summary>
    public string ChannelId { get; set; } = "";
    public string UserId { get; set; } = "";
    public string ConversationId { get; set; } = "";

    public DateTimeOffset RegisteredAt { get; set; }

    /// <summary>
    /// The language the person registered in ("fr" or "en"): the reminder and the follow-up are written in it.
    /// Registrations stored before it existed have none and are French.
    /// </summary>
    public string? Language { get; set; }

    /// <summary>When the person agreed to the information notice (nothing is stored without it).</summary>
    public DateTimeOffset ConsentAt { get; set; }

    /// <summary>Set by staff after the meeting: true = came (gets the follow-up), false = did not.</summary>
    public bool? Attended { get; set; }

    /// <summary>Delivery of each proactive message, by kind (<see cref="MessageKinds"/>).</summary>
    public Dictionary<string, DeliveryStatus> Deliveries { get; set; } = new(StringComparer.Ordinal);

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>The proactive messages a registration can receive.</summary>
public static class MessageKinds
{
    public const string FollowUp = "followUp";
    public const string Reminder = "reminder";
}

/// <summary>Where one proactive message stands. Written before and after each send.</summary>
public sealed class DeliveryStatus
{
    /// <summary><see cref="DeliveryStates"/>.</summary>
    public string State { get; set; } = DeliveryStates.Sending;

    public int Attempts { get; set; }
    public DateTimeOffset? LastAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Why the last attempt failed (an HTTP status or a short reason; never message text).</summary>
    public string? Error { get; set; }

    /// <summary>Id written into the message's channel data, so a Direct Line transcript can be searched for it.</summary>
    public string? DeliveryId { get; set; }
}

/// <summary>States of a <see cref="DeliveryStatus"/>.</summary>
public static class DeliveryStates
{
    /// <summary>A send started; still there after a restart means the process stopped during the send.</summary>
    public const string Sending = "sending";

    public const string Sent = "sent";

    /// <summary>The channel refused or could not be reached: sent again at the next trigger (up to MaxSendAttempts).</summary>
    public const string Failed = "failed";

    /// <summary>
    /// A "sending" found after a restart, on a channel where we cannot check whether the message arrived (Bot Connector):
    /// not sent again unless staff ask for it (resendUncertain), because a duplicate is worse than a missing reminder.
    /// </summary>
    public const string Uncertain = "uncertain";
}
