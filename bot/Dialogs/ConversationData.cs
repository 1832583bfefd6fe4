using System.Text.Json;
using System.Text.Json.Serialization;
using Cnam.Bot.Dialogs.Framework;

namespace Cnam.Bot.Dialogs;

/// <summary>The conversation's state document (<c>conv/{channelId}/{conversationId}</c>), read and written once per turn.</summary>
public sealed class ConversationData
{
    /// <summary>The dialog stack between turns.</summary>
    public DialogState Dialogs { get; set; } = new();

    /// <summary>The welcome was sent in this conversation (it is sent once).</summary>
    public bool Welcomed { get; set; }

    /// <summary>What the last questions were about, so a follow-up ("et en cours du soir ?") is understood.</summary>
    public Questions.QuestionContext? Questions { get; set; }

    /// <summary>The last answer, when it gave the next class: "et après ?" asks for the one after it.</summary>
    public Schedules.ScheduleFollowUp? LastSchedule { get; set; }

    /// <summary>
    /// The answers of the last eligibility result, until another answer is given: "pourquoi ?" just after the result card
    /// explains its verdict (the result is built again from them; the card itself is not kept).
    /// </summary>
    public Eligibility.EligibilityAnswers? LastResult { get; set; }

    /// <summary>The information meeting this conversation was opened for (<c>/?reunion=&lt;id&gt;</c>), if any.</summary>
    public string? ReferredMeetingId { get; set; }

    /// <summary>
    /// The person confirmed "supprimer mes données" this turn: <see cref="CnamBot"/> erases everything once the turn's
    /// replies are sent and its state saved, so nothing the turn writes survives the erasure.
    /// </summary>
    public bool ErasureRequested { get; set; }

    /// <summary>Fields written by a newer version of the bot, kept so a rollback does not erase them.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
