using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cnam.Bot.Dialogs;

/// <summary>
/// The user's state document (<c>user/{channelId}/{userId}</c>), shared by all their conversations on a
/// channel. Read only when a dialog asks for it (<see cref="TurnState.GetUserAsync"/>), written only when it
/// changed. Features add typed properties here (their answers records), never a dictionary of values.
/// </summary>
public sealed class UserData
{
    /// <summary>The planning a learner follows (programme, parcours, modality), for their schedule questions.</summary>
    public Schedules.LearnerProfile? LearnerProfile { get; set; }

    /// <summary>Fields written by a newer version of the bot, kept so a rollback does not erase them.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
