using System.Text.Json;
using System.Text.Json.Serialization;
using Cnam.Bot.State;

namespace Cnam.Bot.Dialogs.Framework;

/// <summary>
/// One entry of the dialog stack as it is saved in conversation state: the dialog's id and its own state. Each dialog
/// knows its state type and reads it with <see cref="GetState{T}"/>: that is the only polymorphic part of the stack.
/// </summary>
/// <remarks>
/// Within a turn the state is the typed object the dialog last read or set, and <see cref="GetState{T}"/> returns that
/// same object: a component's inner stack, a waterfall's answers and a prompt's options are not turned into JSON at
/// every level of the stack on every turn, only once when the conversation is saved (<see cref="Json"/>). A turn that
/// fails is not saved, so what a dialog changed in it is dropped with the turn.
/// </remarks>
[JsonConverter(typeof(Json))]
public sealed class DialogInstance
{
    // The state as loaded from the conversation document, until a dialog reads or sets it.
    private JsonElement? _loaded;
    private object? _value;

    public required string Id { get; init; }

    /// <summary>The dialog's state as <typeparamref name="T"/>: what it last set this turn, else what was saved, else a new one.</summary>
    public T GetState<T>() where T : class, new()
    {
        if (_value is T value)
        {
            return value;
        }
        if (_value is null && typeof(T) == typeof(DialogState) && _loaded is { ValueKind: JsonValueKind.Object } stack)
        {
            // A component's inner stack: each entry keeps its part of the loaded document, where deserialising would
            // copy it again, and a nested stack's innermost state would be parsed once per level.
            value = (T)(object)DialogState.FromElement(stack);
        }
        else
        {
            var json = _value is not null ? JsonSerializer.SerializeToElement(_value, _value.GetType(), StateJson.Options) : _loaded;
            value = json is { ValueKind: JsonValueKind.Object } o ? o.Deserialize<T>(StateJson.Options) ?? new T() : new T();
        }
        _value = value;
        _loaded = null;
        return value;
    }

    /// <summary>Makes <paramref name="value"/> the dialog's state; it is written out when the conversation is saved.</summary>
    public void SetState<T>(T value) where T : class
    {
        _value = value;
        _loaded = null;
    }

    /// <summary>
    /// The entry <c>{ "id": …, "state": { … } }</c> of a loaded document; its state stays that part of the document until a
    /// dialog reads it.
    /// </summary>
    internal static DialogInstance FromElement(JsonElement entry)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("A dialog stack entry must be an object.");
        }
        string? id = null;
        JsonElement? state = null;
        foreach (var property in entry.EnumerateObject())
        {
            if (string.Equals(property.Name, Json.IdName, StringComparison.OrdinalIgnoreCase))
            {
                id = property.Value.ValueKind == JsonValueKind.String
                    ? property.Value.GetString()
                    : throw new JsonException("A dialog stack entry's id must be a string.");
            }
            else if (string.Equals(property.Name, Json.StateName, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind != JsonValueKind.Null)
            {
                state = property.Value;
            }
        }
        return new DialogInstance { Id = id ?? throw new JsonException("A dialog stack entry has no id."), _loaded = state };
    }

    /// <summary>Reads and writes <c>{ "id": …, "state": { … } }</c>, the state with its own type.</summary>
    private sealed class Json : JsonConverter<DialogInstance>
    {
        internal const string IdName = "id";
        internal const string StateName = "state";

        public override DialogInstance Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            FromElement(JsonElement.ParseValue(ref reader));

        public override void Write(Utf8JsonWriter writer, DialogInstance value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString(IdName, value.Id);
            if (value._value is { } typed)
            {
                writer.WritePropertyName(StateName);
                JsonSerializer.Serialize(writer, typed, typed.GetType(), options);
            }
            else if (value._loaded is { } loaded)
            {
                writer.WritePropertyName(StateName);
                loaded.WriteTo(writer);
            }
            writer.WriteEndObject();
        }
    }
}
