using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Cnam.Bot.Protocol;

/// <summary>The one place that says how activities look as JSON: camelCase (A2002), nulls omitted (A2004).</summary>
public static class ProtocolJson
{
    /// <summary>Options for everything read from or written to a channel. Shared: building options is costly.</summary>
    public static readonly JsonSerializerOptions Options = Create(outbound: false);

    /// <summary>
    /// Options for activities the bot sends to a channel (Bot Connector, <c>expectReplies</c> bodies):
    /// as <see cref="Options"/>, and also without the fields only a channel sets (<c>id</c> A2031,
    /// <c>timestamp</c> A2041, <c>serviceUrl</c> A2300, <c>callerId</c>), without empty strings (A2004),
    /// with <c>inputHint</c> in its wire spelling (<c>acceptingInput</c>…).
    /// </summary>
    public static readonly JsonSerializerOptions OutboundOptions = Create(outbound: true);

    // Types whose empty lists are left out (A2004, A2100). Other payloads (an ActivitySet, ExpectedReplies)
    // keep "activities": [] because a client expects the member.
    private static readonly HashSet<Type> ProtocolTypes =
    [
        typeof(Activity), typeof(ChannelAccount), typeof(ConversationAccount), typeof(ConversationReference),
        typeof(Attachment), typeof(SuggestedActions), typeof(CardAction), typeof(Entity),
    ];

    // Only a channel sets these; a bot SHOULD NOT send them.
    private static readonly HashSet<string> ChannelOnlyActivityFields = new(StringComparer.Ordinal)
    {
        "id", "timestamp", "serviceUrl", "callerId",
    };

    private static JsonSerializerOptions Create(bool outbound)
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(OmitEmptyCollections);
        resolver.Modifiers.Add(WriteTimestampAsUtc);
        if (outbound)
        {
            resolver.Modifiers.Add(OmitChannelOnlyFieldsAndEmptyStrings);
        }
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Keep accented French readable in payloads; HTML-sensitive characters stay escaped.
            Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
            MaxDepth = 64,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            TypeInfoResolver = resolver,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);

    private static void OmitEmptyCollections(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || !ProtocolTypes.Contains(typeInfo.Type))
        {
            return;
        }
        foreach (var property in typeInfo.Properties)
        {
            if (!property.IsExtensionData && property.PropertyType != typeof(string)
                && typeof(ICollection).IsAssignableFrom(property.PropertyType))
            {
                // A custom predicate replaces the WhenWritingNull condition, so it checks null too.
                property.ShouldSerialize = static (_, value) => value is ICollection { Count: > 0 };
            }
        }
    }

    // The activity spec writes timestamp as ISO-8601 UTC ending in "Z"; System.Text.Json would write "+00:00".
    private static void WriteTimestampAsUtc(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type != typeof(Activity))
        {
            return;
        }
        foreach (var property in typeInfo.Properties)
        {
            if (property.Name == "timestamp")
            {
                property.CustomConverter = UtcTimestampConverter.Instance;
            }
        }
    }

    private static void OmitChannelOnlyFieldsAndEmptyStrings(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || !ProtocolTypes.Contains(typeInfo.Type))
        {
            return;
        }
        foreach (var property in typeInfo.Properties)
        {
            if (typeInfo.Type == typeof(Activity) && ChannelOnlyActivityFields.Contains(property.Name))
            {
                property.ShouldSerialize = static (_, _) => false;
            }
            else if (property.PropertyType == typeof(string))
            {
                property.ShouldSerialize = static (_, value) => value is string { Length: > 0 };
                if (typeInfo.Type == typeof(Activity) && property.Name == "inputHint")
                {
                    property.CustomConverter = InputHintConverter.Instance;
                }
            }
        }
    }

    private sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset?>
    {
        public static readonly UtcTimestampConverter Instance = new();

        public override bool HandleNull => false;

        public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? null : reader.GetDateTimeOffset();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
        {
            if (value is { } timestamp)
            {
                writer.WriteStringValue(timestamp.UtcDateTime);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }

    // The activity spec's prose says "accepting"; the swagger and every channel use "acceptingInput".
    private sealed class InputHintConverter : JsonConverter<string>
    {
        public static readonly InputHintConverter Instance = new();

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value switch
            {
                "accepting" => InputHints.AcceptingInput,
                "expecting" => InputHints.ExpectingInput,
                "ignoring" => InputHints.IgnoringInput,
                _ => value,
            });
    }
}
