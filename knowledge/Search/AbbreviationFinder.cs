using System.Text.RegularExpressions;
using Cnam.Bot.Knowledge.Text;

namespace Cnam.Bot.Knowledge.Search;

/// <summary>
/// An abbreviation the documents spell out, as they write it: "CIP (conseiller en insertion professionnelle)",
/// "unités d'enseignement (UE)". <see cref="Sentence"/> is the sentence it was found in, with its source and year.
/// </summary>
public sealed record Abbreviation(string Short, string Long, string Sentence, string? Source, string? SourceTitle, string? ValidFor, string? Centre);

/// <summary>Finds the abbreviations spelt out in the knowledge base's statements.</summary>
internal static partial class AbbreviationFinder
{
    // Function words that carry no letter of an abbreviation ("validation des acquis de l'expérience" is VAE).
    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "par", "pour", "sur", "of", "the", "and", "for",
    };

    // A gloss that does not spell the letters is taken only with this many words or more ("Opca (organisme collecteur des
    // cotisations de formation)"), not a remark ("BIJ (information jeunesse)").
    private const int GlossWords = 3;

    /// <summary>
    /// Each short form once (the first statement that spells it out), in the order found; then, for a short form no
    /// statement spells out, the documents' own gloss of it: the French words in parentheses just after it, starting with
    /// its first letter ("Opca (organisme collecteur des cotisations de formation)").
    /// </summary>
    public static IReadOnlyList<Abbreviation> Find(IEnumerable<SearchEntry> entries)
    {
        var found = new Dictionary<string, Abbreviation>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        var all = entries.ToList();
        foreach (var entry in all)
        {
            foreach (var text in new[] { entry.Text, entry.Extra ?? "" })
            {
                Scan(text, entry);
            }
        }
        foreach (var entry in all)
        {
            foreach (Match m in ShortThenLong().Matches(entry.Text))
            {
                Gloss(m.Groups["short"].Value, m.Groups["long"].Value, entry.Text, m.Index, entry);
            }
        }
        return order.Select(k => found[k]).ToList();

        void Gloss(string shortForm, string longForm, string text, int at, SearchEntry entry)
        {
            longForm = longForm.Trim().Trim('*', '_', ' ');
            var words = longForm.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (found.ContainsKey(shortForm) || words.Length < GlossWords || !char.IsLower(words[0][0])
                || FrenchText.Fold(words[0])[0] != FrenchText.Fold(shortForm)[0])
            {
                return;
            }
            found[shortForm] = new Abbreviation(shortForm, longForm, Around(text, at), entry.Source, entry.SourceTitle, entry.ValidFor, entry.Centre);
            order.Add(shortForm);
        }

        void Scan(string text, SearchEntry entry)
        {
            foreach (Match m in ShortThenLong().Matches(text))
            {
                Add(m.Groups["short"].Value, m.Groups["long"].Value, text, m.Index, entry);
            }
            foreach (Match m in LongThenShort().Matches(text))
            {
                // The long form is the words just before the parenthesis whose initials spell the short form.
                var words = m.Groups["long"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var shortForm = m.Groups["short"].Value;
                for (var take = 1; take <= words.Length; take++)
                {
                    var candidate = string.Join(' ', words[^take..]);
                    if (Spells(shortForm, candidate))
                    {
                        Add(shortForm, candidate, text, m.Index, entry);
                        break;
                    }
                }
            }
        }

        void Add(string shortForm, string longForm, string text, int at, SearchEntry entry)
        {
            longForm = longForm.Trim().Trim('*', '_', ' ');
            if (found.ContainsKey(shortForm) || !Spells(shortForm, longForm))
            {
                return;
            }
            found[shortForm] = new Abbreviation(shortForm, longForm, Around(text, at), entry.Source, entry.SourceTitle, entry.ValidFor, entry.Centre);
            order.Add(shortForm);
        }
    }

    /// <summary>
    /// True when the initials of <paramref name="longForm"/>'s words, small words aside, are the letters of
    /// <paramref name="shortForm"/> in order ("ECTS" and "European Credit Transfer System"), not "RNCP (CPN42)".
    /// </summary>
    internal static bool Spells(string shortForm, string longForm)
    {
        var words = FrenchText.Fold(longForm).Split([' ', '\'', '-', '’'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsAsciiLetter(w[0])).ToArray();
        var letters = FrenchText.Fold(shortForm).Where(char.IsAsciiLetter).ToArray();
        return letters.Length >= 2 && Match(0, 0);

        // Every word gives its initial, except a small word, which may give none ("formation ouverte à distance" is FOAD,
        // "validation des acquis de l'expérience" VAE).
        bool Match(int w, int l) =>
            w == words.Length ? l == letters.Length
            : l < letters.Length && words[w][0] == letters[l] && Match(w + 1, l + 1) || SmallWords.Contains(words[w]) && Match(w + 1, l);
    }

    /// <summary>The sentence around <paramref name="at"/>, cut to about <see cref="QuoteLength"/> characters at word ends.</summary>
    private static string Around(string text, int at)
    {
        var start = text.LastIndexOf(". ", Math.Max(0, at), StringComparison.Ordinal);
        start = start < 0 ? 0 : start + 2;
        var end = text.IndexOf(". ", at, StringComparison.Ordinal);
        end = end < 0 ? text.Length : end + 1;
        if (end - start > QuoteLength)
        {
            var from = Math.Max(start, at - QuoteLength / 2);
            var to = Math.Min(end, from + QuoteLength);
            from = from == start ? start : text.IndexOf(' ', from) + 1;
            to = to == end ? end : Math.Max(text.LastIndexOf(' ', to), at + 1);
            return (from > start ? "… " : "") + text[from..to].Trim() + (to < end ? " …" : "");
        }
        return text[start..end].Trim();
    }

    private const int QuoteLength = 180;

    // "CIP (conseiller en insertion professionnelle)", "ECTS (*European Credit Transfer System*)", "Opca (organisme …)".
    [GeneratedRegex(@"\b(?<short>[A-Z]{2,6}|[A-Z][a-z]{2,4})\s+\((?<long>[^()0-9]{5,90})\)", RegexOptions.NonBacktracking)]
    private static partial Regex ShortThenLong();

    // "formation ouverte à distance (FOAD)", "congé individuel de formation (Cif)": up to eight words before the parenthesis.
    [GeneratedRegex(@"(?<long>(?:[\p{L}'’*_-]+\s+){1,8})\((?<short>[A-Z]{2,6}|[A-Z][a-z]{2,4})\)", RegexOptions.NonBacktracking)]
    private static partial Regex LongThenShort();
}
