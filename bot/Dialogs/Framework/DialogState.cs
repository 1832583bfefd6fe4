using System.Text.Json;

namespace Cnam.Bot.Dialogs.Framework;

/// <summary>A dialog stack, innermost last; saved in conversation state between turns.</summary>
public sealed class DialogState
{
    private const string StackName = "stack";

    public List<DialogInstance> Stack { get; set; } = [];

    /// <summary>
    /// A component's inner stack from its part of a loaded document, as the serializer would read it, but with each
    /// entry's state left in that document (<see cref="DialogInstance.FromElement"/>) rather than copied.
    /// </summary>
    internal static DialogState FromElement(JsonElement state)
    {
        var read = new DialogState();
        foreach (var property in state.EnumerateObject())
        {
            if (!string.Equals(property.Name, StackName, StringComparison.OrdinalIgnoreCase) || property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }
            if (property.Value.ValueKind != JsonValueKind.Array)
            {
                throw new JsonException("A dialog stack must be an array.");
            }
            foreach (var entry in property.Value.EnumerateArray())
            {
                read.Stack.Add(DialogInstance.FromElement(entry));
            }
        }
        return read;
    }
}
