using System.Text.Json;

namespace Cnam.Bot.Dialogs.Framework.Prompts;

/// <summary>
/// What an Adaptive Card sent back: the submitted <see cref="Data"/> object (the action's data with the
/// inputs merged in). Read fields with <see cref="GetString"/>; never store it as a BsonDocument.
/// </summary>
public sealed record CardSubmission(JsonElement Data)
{
    public string? GetString(string name) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String
            ? field.GetString()
            : null;

    /// <summary>
    /// Deserialises the submission into a typed record of the card's inputs; default when it does not fit (the data
    /// comes from the client and may be forged: a number where the card put a string...).
    /// </summary>
    public T? As<T>()
    {
        try
        {
            return Data.Deserialize<T>(Protocol.ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return default;
        }
    }
}
