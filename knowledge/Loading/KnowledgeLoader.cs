using Cnam.Bot.Knowledge.Model;

namespace Cnam.Bot.Knowledge.Loading;

/// <summary>Result of reading the data folder: the records and every problem found.</summary>
public sealed record LoadResult(KnowledgeData Data, IReadOnlyList<KnowledgeProblem> Problems, int FileCount);

/// <summary>Reads every <c>*.yaml</c> file of a data folder (sorted, so the result is deterministic) and validates it.</summary>
public static class KnowledgeLoader
{
    /// <summary>Reads and validates; never throws for bad data, the problems are in the result.</summary>
    public static LoadResult Load(string dataDirectory)
    {
        var data = new KnowledgeData();
        var problems = new List<KnowledgeProblem>();
        var files = DataFiles(dataDirectory);
        foreach (var path in files)
        {
            var relative = Relative(dataDirectory, path);
            var file = YamlKnowledgeReader.Read(File.ReadAllText(path), relative, problems);
            if (file is not null)
            {
                Merge(data, file, relative);
            }
        }
        // A file that could not be read would make every reference to it look broken: fix the syntax first.
        if (problems.Count == 0)
        {
            KnowledgeValidator.Validate(data, problems);
        }
        var sorted = problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ToList();
        return new LoadResult(data, sorted, files.Count);
    }

    /// <summary>Reads and validates; throws <see cref="KnowledgeValidationException"/> when anything is wrong.</summary>
    public static KnowledgeData LoadOrThrow(string dataDirectory)
    {
        var result = Load(dataDirectory);
        return result.Problems.Count > 0 ? throw new KnowledgeValidationException(result.Problems) : result.Data;
    }

    /// <summary>The data files in a stable order (ordinal, forward slashes).</summary>
    public static List<string> DataFiles(string dataDirectory)
    {
        if (!Directory.Exists(dataDirectory))
        {
            throw new DirectoryNotFoundException($"Dossier de la base de connaissances introuvable : {dataDirectory}");
        }
        return Directory.EnumerateFiles(dataDirectory, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => Relative(dataDirectory, p), StringComparer.Ordinal)
            .ToList();
    }

    internal static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static void Merge(KnowledgeData data, KnowledgeFile file, string relative)
    {
        var d = file.Defaults;
        foreach (var s in file.Sources)
        {
            s.File = relative;
        }
        data.Sources.AddRange(file.Sources);
        Add(data.Programmes, file.Programmes, relative, d, p => p.Centre ??= d?.Centre);
        Add(data.Ues, file.Ues, relative, d, null);
        Add(data.Tariffs, file.Tariffs, relative, d, t => t.Centre ??= d?.Centre);
        Add(data.CreditHours, file.CreditHours, relative, d, null);
        if (file.Planning is not null)
        {
            Add(data.Plannings, [file.Planning], relative, d, p => p.Centre ??= d?.Centre);
        }
        Add(data.KeyDates, file.KeyDates, relative, d, k => k.Centre ??= d?.Centre);
        Add(data.Internships, file.Internships, relative, d, i => i.Centre ??= d?.Centre);
        Add(data.Access, file.Access, relative, d, a => a.Centre ??= d?.Centre);
        Add(data.ValidationRoutes, file.ValidationRoutes, relative, d, null);
        Add(data.Contacts, file.Contacts, relative, d, c => c.Centre ??= d?.Centre);
        Add(data.Registration, file.Registration, relative, d, r => r.Centre ??= d?.Centre);
        Add(data.Exams, file.Exams, relative, d, e => e.Centre ??= d?.Centre);
        Add(data.Facts, file.Facts, relative, d, f => f.Centre ??= d?.Centre);
        Add(data.Eligibility, file.Eligibility, relative, d, e => EligibilityChecks.Complete(e, d, relative));
        Add(data.Meetings, file.Meetings, relative, d, m => m.Centre ??= d?.Centre);
    }

    private static void Add<T>(List<T> target, List<T> records, string file, FileDefaults? defaults, Action<T>? centre)
        where T : Record
    {
        foreach (var r in records)
        {
            r.File = file;
            r.Source ??= defaults?.Source;
            r.ValidFor ??= defaults?.ValidFor;
            centre?.Invoke(r);
            target.Add(r);
        }
    }
}
