using System.Text.Json;

namespace Cnam.Bot.Protocol.Teams;

/// <summary>
/// What Teams accepts from a bot (msteams-docs cards-reference, format-your-bot-messages): Adaptive Cards up to
/// version 1.5, and a message of at most 40 KB, counted as UTF-16 (base64 images excluded; we send none).
/// A bigger message is refused with 413 MessageSizeTooBig.
/// </summary>
public static class TeamsMessageLimits
{
    public const string MaxCardVersion = "1.5";
    public const int MaxMessageBytes = 40 * 1024;

    /// <summary>The size Teams counts for <paramref name="activity"/>: its outbound JSON as UTF-16 bytes.</summary>
    public static int PayloadBytes(Activity activity) =>
        JsonSerializer.Serialize(activity, ProtocolJson.OutboundOptions).Length * sizeof(char);

    /// <summary>True when the activity fits in a Teams message.</summary>
    public static bool FitsInMessage(Activity activity) => PayloadBytes(activity) <= MaxMessageBytes;

    /// <summary>True when a card's <c>version</c> is present and not above <see cref="MaxCardVersion"/>.</summary>
    public static bool IsSupportedCardVersion(JsonElement card) =>
        card.ValueKind == JsonValueKind.Object && card.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String
        && Version.TryParse(v.GetString(), out var version)
        && version <= Version.Parse(MaxCardVersion);
}
