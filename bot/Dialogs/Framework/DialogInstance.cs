using System.Text.Json;
using Cnam.Bot.State;

namespace Cnam.Bot.Dialogs.Framework;

/// <summary>
/// One entry of the dialog stack as it is saved in conversation state: the dialog's id and its own state,
/// kept as JSON. Each dialog knows its state type and reads it with <see cref="GetState{T}"/>: that is the
/// only polymorphic part of the stack, and it never goes through <c>object</c>.
/// </summary>
public sealed class DialogInstance
{
    public required string Id { get; init; }

    /// <summary>The dialog's state, serialised with <see cref="StateJson.Options"/>.</summary>
    public JsonElement? State { get; set; }

    public T GetState<T>() where T : class, new() =>
        State is { ValueKind: JsonValueKind.Object } json ? json.Deserialize<T>(StateJson.Options) ?? new T() : new T();

    public void SetState<T>(T value) where T : class => State = JsonSerializer.SerializeToElement(value, StateJson.Options);
}
