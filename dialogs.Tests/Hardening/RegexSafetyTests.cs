using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Cnam.Bot.Tests.Hardening;

/// <summary>
/// Issue 10, limits: no regular expression of the bot or the knowledge base can backtrack catastrophically. Every
/// regex is [GeneratedRegex] (found by reflection) or a static field, and each is non-backtracking or has a match
/// timeout; a source scan makes sure no regex is built any other way; classic evil inputs run in linear time.
/// </summary>
public sealed class RegexSafetyTests
{
    private static readonly Assembly[] Assemblies = [typeof(Program).Assembly, typeof(Cnam.Bot.Knowledge.KnowledgeBase).Assembly];

    public static TheoryData<string> Regexes()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in AllRegexes())
        {
            data.Add(name);
        }
        return data;
    }

    [Fact]
    public void TheAuditFindsTheRegexesOfBothAssemblies()
    {
        var names = AllRegexes().Select(r => r.Name).ToList();
        Assert.True(names.Count >= 10, $"Only {names.Count} regexes found: {string.Join(", ", names)}");
        Assert.Contains(names, n => n.StartsWith("Cnam.Bot.Knowledge.", StringComparison.Ordinal));
        Assert.Contains(names, n => n.Contains("FrenchNumbers", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Regexes))]
    public void EveryRegexIsNonBacktrackingOrTimesOut(string name)
    {
        var regex = AllRegexes().Single(r => r.Name == name).Regex;
        Assert.True(regex.Options.HasFlag(RegexOptions.NonBacktracking) || regex.MatchTimeout != Regex.InfiniteMatchTimeout,
            $"{name} ({regex}) can backtrack without limit: give it RegexOptions.NonBacktracking or a match timeout.");
    }

    /// <summary>Inputs that make backtracking engines explode on nested or overlapping quantifiers.</summary>
    [Theory]
    [MemberData(nameof(Regexes))]
    public void ClassicEvilInputsRunInLinearTime(string name)
    {
        var regex = AllRegexes().Single(r => r.Name == name).Regex;
        string[] evil =
        [
            new string('a', 50_000) + "!",
            new string('1', 50_000) + "x",
            string.Concat(Enumerable.Repeat("1 ", 25_000)) + "€x",
            string.Concat(Enumerable.Repeat("9.", 25_000)),
            "Horaire :" + new string(' ', 50_000) + "(samedi :",
            string.Concat(Enumerable.Repeat(@"\*", 25_000)),
            new string('A', 50_000) + "1",
            string.Concat(Enumerable.Repeat("a@", 25_000)),
            "18h" + new string(' ', 50_000) + "-",
        ];
        var watch = Stopwatch.StartNew();
        foreach (var input in evil)
        {
            _ = regex.Matches(input).Count;
        }
        // A generous bound: linear engines take milliseconds here, a catastrophic backtrack takes hours.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{name} took {watch.Elapsed} on the evil inputs.");
    }

    /// <summary>Regexes built any other way (new Regex, static Regex.Match...) would escape the reflection audit.</summary>
    [Fact]
    public void NoSourceFileBuildsARegexOutsideTheAudit()
    {
        var root = RepositoryRoot();
        var offenders = new List<string>();
        foreach (var folder in new[] { "bot", "knowledge" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains("node_modules", StringComparison.Ordinal)))
            {
                var text = File.ReadAllText(file);
                if (Regex.IsMatch(text, @"new\s+Regex\s*\(|\bRegex\.(IsMatch|Match|Matches|Replace|Split|Count|EnumerateMatches)\s*\(", RegexOptions.NonBacktracking))
                {
                    offenders.Add(Path.GetRelativePath(root, file));
                }
            }
        }
        Assert.True(offenders.Count == 0, "Regexes built outside [GeneratedRegex]: " + string.Join(", ", offenders));
    }

    private static IEnumerable<(string Name, Regex Regex)> AllRegexes()
    {
        const BindingFlags all = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        foreach (var type in Assemblies.SelectMany(a => a.GetTypes()))
        {
            foreach (var method in type.GetMethods(all).Where(m => m.GetCustomAttribute<GeneratedRegexAttribute>() is not null && m.GetParameters().Length == 0))
            {
                yield return ($"{type.FullName}.{method.Name}", (Regex)method.Invoke(null, null)!);
            }
            foreach (var field in type.GetFields(all).Where(f => f.FieldType == typeof(Regex) && !f.Name.Contains('<', StringComparison.Ordinal)))
            {
                if (field.GetValue(null) is Regex regex)
                {
                    yield return ($"{type.FullName}.{field.Name}", regex);
                }
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cnam.Bot.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Cnam.Bot.sln not found above the test output.");
    }
}
