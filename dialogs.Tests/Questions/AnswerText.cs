using System.Text.RegularExpressions;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Text;

namespace Cnam.Bot.Tests.Questions;

/// <summary>Checks on the text of an answer, word by word (case and accents ignored).</summary>
internal static partial class AnswerText
{
    /// <summary>True when <paramref name="text"/> holds <paramref name="fragment"/> as whole words, case and accents ignored.</summary>
    public static bool Has(string text, string fragment) =>
        $" {FrenchText.Fold(text)} ".Contains($" {FrenchText.Fold(fragment)} ", StringComparison.Ordinal);

    /// <summary>
    /// Every fragment of <paramref name="expected"/> ("a | b | !c": a and b present, c absent) holds in <paramref name="text"/>.
    /// </summary>
    public static void AssertFragments(string text, string expected, string context)
    {
        foreach (var part in expected.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith('!'))
            {
                Assert.False(Has(text, part[1..]), $"{context}: \"{part[1..]}\" must not appear in:\n{text}");
            }
            else
            {
                Assert.True(Has(text, part), $"{context}: expected \"{part}\" in:\n{text}");
            }
        }
    }

    /// <summary>The amounts in euros written in <paramref name="text"/> ("3 000 €", "9,15 €", "150€").</summary>
    public static IReadOnlyList<string> Amounts(string text) => Euro().Matches(text).Select(m => m.Value).ToList();

    /// <summary>The "Source : title (valable year)" lines that end an answer.</summary>
    public static IReadOnlyList<(string Title, string ValidFor)> SourceLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.TrimEntries).Where(l => l.Length > 0).ToList();
        var sources = new List<(string, string)>();
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var match = SourceLine().Match(lines[i]);
            if (!match.Success)
            {
                break;
            }
            sources.Insert(0, (match.Groups["title"].Value, match.Groups["valid"].Value));
        }
        return sources;
    }

    /// <summary>The answer ends with a Source line naming document <paramref name="sourcePrefix"/> (e.g. "003") and its validity.</summary>
    public static void AssertSource(string text, KnowledgeBase kb, string sourcePrefix)
    {
        var document = kb.Sources().Single(s => s.Id.StartsWith(sourcePrefix + "_", StringComparison.Ordinal));
        var sources = SourceLines(text);
        Assert.True(sources.Count > 0, $"The answer does not end with a \"Source : ...\" line:\n{text}");
        Assert.True(sources.Any(s => s.Title == document.Title && s.ValidFor == document.ValidFor),
            $"No source line names « {document.Title} » ({document.ValidFor}); found: {string.Join(" / ", sources)}");
    }

    /// <summary>Every e-mail address and phone number of the shipped contacts.</summary>
    public static IReadOnlyList<string> ContactDetails(KnowledgeBase kb) =>
        kb.Contacts().SelectMany(c => new[] { c.Email, c.Phone }).OfType<string>().Distinct().ToList();

    /// <summary>The answer gives at least one e-mail address or phone number of contacts.yaml.</summary>
    public static void AssertContact(string text, KnowledgeBase kb)
    {
        var details = ContactDetails(kb);
        Assert.True(details.Any(d => text.Contains(d, StringComparison.Ordinal)),
            $"No contact of contacts.yaml ({string.Join(", ", details)}) in:\n{text}");
    }

    [GeneratedRegex(@"\d(?:[\d\u00a0\u202f ]*\d)?(?:,\d+)?\s*€", RegexOptions.NonBacktracking)]
    private static partial Regex Euro();

    [GeneratedRegex(@"^_(?:Source ?): (?<title>.+) \((?:valable|valid for) (?<valid>[^()]+)\)_$", RegexOptions.NonBacktracking)]
    private static partial Regex SourceLine();
}
