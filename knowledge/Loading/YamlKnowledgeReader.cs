using System.Globalization;
using Cnam.Bot.Knowledge.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.NodeDeserializers;

namespace Cnam.Bot.Knowledge.Loading;

/// <summary>
/// Reads one data file into a <see cref="KnowledgeFile"/>: camelCase keys, unknown keys rejected with their
/// line, every record stamped with the line where it starts.
/// </summary>
internal static class YamlKnowledgeReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithTypeConverter(new DateOnlyConverter())
        .WithNodeDeserializer(inner => new LineStampingDeserializer(inner), s => s.InsteadOf<ObjectNodeDeserializer>())
        .WithDuplicateKeyChecking()
        .Build();

    /// <summary>Parses <paramref name="yaml"/>; a syntax error, an unknown key or a bad value becomes a problem.</summary>
    public static KnowledgeFile? Read(string yaml, string file, List<KnowledgeProblem> problems)
    {
        try
        {
            return Deserializer.Deserialize<KnowledgeFile>(yaml) ?? new KnowledgeFile();
        }
        catch (YamlException e)
        {
            problems.Add(new KnowledgeProblem(file, (int)e.Start.Line, Describe(e)));
            return null;
        }
    }

    private static string Describe(YamlException e)
    {
        // YamlDotNet wraps the real cause (unknown property, bad date) in "Exception during deserialization".
        var inner = e;
        while (inner.InnerException is YamlException deeper)
        {
            inner = deeper;
        }
        var message = inner.InnerException?.Message ?? inner.Message;
        const string notFound = "Property '";
        if (message.StartsWith(notFound, StringComparison.Ordinal) && message.Contains("not found on type", StringComparison.Ordinal))
        {
            var key = message[notFound.Length..message.IndexOf('\'', notFound.Length)];
            const string onType = "on type '";
            var typeAt = message.IndexOf(onType, StringComparison.Ordinal) + onType.Length;
            var typeName = message[typeAt..].TrimEnd('.', '\'');
            var type = typeName[(typeName.LastIndexOf('.') + 1)..];
            return $"clé inconnue « {key} » (dans un enregistrement {type})";
        }
        return message;
    }

    private sealed class LineStampingDeserializer(INodeDeserializer inner) : INodeDeserializer
    {
        public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer,
            out object? value, ObjectDeserializer rootDeserializer)
        {
            var line = (int)(reader.Current?.Start.Line ?? 0);
            if (!inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer))
            {
                return false;
            }
            switch (value)
            {
                case Record r: r.Line = line; break;
                case SourceDocument s: s.Line = line; break;
                case ProgrammeUnit u: u.Line = line; break;
                case Session s: s.Line = line; break;
                case PlanningEvent e: e.Line = line; break;
            }
            return true;
        }
    }

    private sealed class DateOnlyConverter : IYamlTypeConverter
    {
        public bool Accepts(Type type) => type == typeof(DateOnly) || type == typeof(DateOnly?);

        public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
        {
            var scalar = parser.Consume<Scalar>();
            if (type == typeof(DateOnly?) && (scalar.Value.Length == 0 || scalar.Value is "~" or "null"))
            {
                return null;
            }
            if (DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
            throw new YamlException(scalar.Start, scalar.End, $"date « {scalar.Value} » invalide (attendu AAAA-MM-JJ)");
        }

        public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
            emitter.Emit(new Scalar(((DateOnly)value!).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }
}
