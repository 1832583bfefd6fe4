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
        var json = _value is not null ? JsonSerializer.SerializeToElement(_value, _value.GetType(), StateJson.Options) : _loaded;
        value = json is { ValueKind: JsonValueKind.Object } o ? o.Deserialize<T>(StateJson.Options) ?? new T() : new T();
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

    /// <summary>Reads and writes <c>{ "id": …, "state": { … } }</c>, the state with its own type.</summary>
    private sealed class Json : JsonConverter<DialogInstance>
    {
        private const string IdName = "id";
        private const string StateName = "state";

        public override DialogInstance Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("A dialog stack entry must be an object.");
            }
            string? id = null;
            JsonElement? state = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                if (string.Equals(name, IdName, StringComparison.OrdinalIgnoreCase))
                {
                    id = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonException("A dialog stack entry's id must be a string.");
                }
                else if (string.Equals(name, StateName, StringComparison.OrdinalIgnoreCase) && reader.TokenType != JsonTokenType.Null)
                {
                    state = JsonElement.ParseValue(ref reader);
                }
                else
                {
                    reader.Skip();
                }
            }
            return new DialogInstance { Id = id ?? throw new JsonException("A dialog stack entry has no id."), _loaded = state };
        }

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
