using System.Diagnostics;
using Cnam.Bot.Knowledge.Loading;
using Cnam.Bot.Knowledge.Model;
using Cnam.Bot.Knowledge.Queries;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Cnam.Bot.Knowledge.Staff;

/// <summary>
/// The staff command <c>kb</c>: <c>check</c> (validate, exit code 0/1), <c>stats</c>, <c>show &lt;code&gt;</c>,
/// <c>search &lt;text&gt;</c>. Option <c>--data &lt;folder&gt;</c> checks another copy of the data files.
/// </summary>
public static class KbCommand
{
    public const string Usage =
        "usage: kb check | kb stats | kb show <code> | kb search <texte>   [--data <dossier des fichiers YAML>]";

    private static readonly ISerializer Yaml = new SerializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitDefaults | DefaultValuesHandling.OmitEmptyCollections)
        .WithTypeConverter(new DateOnlyYaml())
        .Build();

    /// <summary>Runs <c>kb</c> with <paramref name="args"/> (without the leading "kb"); returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, string defaultDataDirectory, string? databasePath, TextWriter output)
    {
        var rest = args.ToList();
        var dataDirectory = defaultDataDirectory;
        var at = rest.IndexOf("--data");
        if (at >= 0)
        {
            if (at + 1 >= rest.Count)
            {
                output.WriteLine(Usage);
                return 2;
            }
            dataDirectory = rest[at + 1];
            rest.RemoveRange(at, 2);
            databasePath = null; // another copy of the files must not overwrite the bot's database
        }
        if (!Directory.Exists(dataDirectory))
        {
            output.WriteLine($"Dossier introuvable : {dataDirectory}");
            return 2;
        }
        return rest.FirstOrDefault() switch
        {
            "check" => Check(dataDirectory, output),
            "stats" => Stats(dataDirectory, databasePath, output),
            "show" when rest.Count >= 2 => Show(dataDirectory, string.Join(' ', rest.Skip(1)), output),
            "search" when rest.Count >= 2 => SearchCommand(dataDirectory, string.Join(' ', rest.Skip(1)), output),
            _ => UsageError(output),
        };
    }

    private static int UsageError(TextWriter output)
    {
        output.WriteLine(Usage);
        return 2;
    }

    private static int Check(string dataDirectory, TextWriter output)
    {
        var watch = Stopwatch.StartNew();
        var result = KnowledgeLoader.Load(dataDirectory);
        watch.Stop();
        if (result.Problems.Count == 0)
        {
            output.WriteLine($"OK : {result.FileCount} fichier(s) lus et validés en {watch.ElapsedMilliseconds} ms ({dataDirectory}).");
            return 0;
        }
        foreach (var problem in result.Problems)
        {
            output.WriteLine(problem);
        }
        output.WriteLine($"{result.Problems.Count} problème(s) : la base de connaissances ne sera pas chargée.");
        return 1;
    }

    private static int Stats(string dataDirectory, string? databasePath, TextWriter output)
    {
        var watch = Stopwatch.StartNew();
        KnowledgeBase kb;
        try
        {
            kb = databasePath is null ? KnowledgeBase.Load(dataDirectory) : KnowledgeBase.Open(dataDirectory, databasePath);
        }
        catch (KnowledgeValidationException e)
        {
            output.WriteLine(e.Message);
            return 1;
        }
        watch.Stop();
        var stats = kb.Stats();
        foreach (var (kind, count) in stats.Counts)
        {
            output.WriteLine($"{kind,-18}{count,6}");
        }
        output.WriteLine($"{"search entries",-18}{stats.SearchEntries,6}");
        var how = databasePath is null ? "depuis les fichiers YAML" : kb.Rebuilt ? $"base {databasePath} reconstruite" : $"base {databasePath} à jour";
        output.WriteLine($"Chargement : {watch.ElapsedMilliseconds} ms ({how}).");
        return 0;
    }

    private static int Show(string dataDirectory, string code, TextWriter output)
    {
        KnowledgeBase kb;
        try
        {
            kb = KnowledgeBase.Load(dataDirectory);
        }
        catch (KnowledgeValidationException e)
        {
            output.WriteLine(e.Message);
            return 1;
        }
        var found = kb.Find(code);
        if (found.Count == 0)
        {
            output.WriteLine($"Aucun enregistrement « {code} » (UE, programme, tarif, contact, planning...).");
            return 1;
        }
        foreach (var record in found)
        {
            output.WriteLine($"# {record.GetType().Name} — {record.File}:{record.Line} — source {record.Source}" +
                $"{(record.SourceTitle is null ? "" : $" ({record.SourceTitle})")}, valable {record.ValidFor}");
            output.Write(record is Planning p ? Yaml.Serialize(Summary(p)) : Yaml.Serialize(record));
            if (record is Ue ue)
            {
                ShowUeUsage(kb, ue, output);
            }
            output.WriteLine();
        }
        return 0;
    }

    private static object Summary(Planning p) => new
    {
        p.Id, p.Programme, p.Centre, p.Parcours, p.Modality, p.AcademicYear, p.Hours,
        Sessions = p.Sessions.Count, Events = p.Events.Count, p.Ambiguities,
    };

    private static void ShowUeUsage(KnowledgeBase kb, Ue ue, TextWriter output)
    {
        foreach (var p in kb.Programmes().Where(p => p.Units.Any(u => u.Code == ue.Code)))
        {
            output.WriteLine($"  dans {p.Id} ({string.Join(", ", p.Units.First(u => u.Code == ue.Code).Parcours)})");
        }
        foreach (var group in kb.Sessions(new SessionQuery(Ue: ue.Code)).GroupBy(s => s.Planning.Id))
        {
            output.WriteLine($"  {group.Key} : {group.Count()} séance(s), du {group.First().Date:dd/MM/yyyy} au {group.Last().Date:dd/MM/yyyy}");
        }
    }

    private static int SearchCommand(string dataDirectory, string text, TextWriter output)
    {
        var kb = KnowledgeBase.Load(dataDirectory);
        foreach (var hit in kb.Search(text, top: 8))
        {
            output.WriteLine($"{hit.Score,7:0.00}  [{hit.Kind}] {hit.Text}  — {hit.Source}, {hit.ValidFor}");
        }
        return 0;
    }

    private sealed class DateOnlyYaml : IYamlTypeConverter
    {
        public bool Accepts(Type type) => type == typeof(DateOnly) || type == typeof(DateOnly?);

        public object? ReadYaml(YamlDotNet.Core.IParser parser, Type type, ObjectDeserializer rootDeserializer) =>
            throw new NotSupportedException();

        public void WriteYaml(YamlDotNet.Core.IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
            emitter.Emit(new YamlDotNet.Core.Events.Scalar(((DateOnly)value!).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
