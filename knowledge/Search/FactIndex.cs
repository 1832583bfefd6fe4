using Cnam.Bot.Knowledge.Queries;
using Cnam.Bot.Knowledge.Text;

namespace Cnam.Bot.Knowledge.Search;

/// <summary>
/// A small in-memory BM25 index over folded, stemmed French words (accents, case, elisions and plurals do
/// not matter). Query words with no exact match fall back to index words sharing a prefix (typing "inscri"
/// finds "inscription"). Immutable once built, so safe to query from many threads.
/// </summary>
internal sealed class FactIndex
{
    // Function words carry no meaning for matching; elided forms ("l'", "d'", "qu'") arrive split by Fold.
    private static readonly HashSet<string> StopWords =
    [
        "a", "au", "aux", "avec", "c", "ce", "ces", "cet", "cette", "d", "dans", "de", "des", "du", "elle", "en", "est",
        "et", "il", "j", "je", "l", "la", "le", "les", "leur", "m", "ma", "mes", "mon", "n", "ne", "nous", "on", "ou",
        "par", "pas", "pour", "qu", "que", "quel", "quelle", "quelles", "quels", "qui", "s", "sa", "se", "ses", "son",
        "sur", "t", "ta", "te", "tes", "ton", "tu", "un", "une", "vos", "votre", "vous", "y", "the", "of", "is", "what",
        "how", "to", "in", "for", "and", "do", "i", "my", "are",
    ];

    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly SearchEntry[] _entries;
    private readonly Dictionary<string, List<(int Doc, int Tf)>> _postings = new(StringComparer.Ordinal);
    private readonly int[] _lengths;
    private readonly double _averageLength;
    private readonly string[] _vocabulary;

    public FactIndex(IEnumerable<SearchEntry> entries)
    {
        _entries = entries.ToArray();
        _lengths = new int[_entries.Length];
        for (var i = 0; i < _entries.Length; i++)
        {
            var terms = Terms($"{_entries[i].Text} {_entries[i].Extra}");
            _lengths[i] = terms.Count;
            foreach (var group in terms.GroupBy(t => t, StringComparer.Ordinal))
            {
                if (!_postings.TryGetValue(group.Key, out var list))
                {
                    _postings[group.Key] = list = [];
                }
                list.Add((i, group.Count()));
            }
        }
        _averageLength = _entries.Length == 0 ? 1 : Math.Max(1, _lengths.Average());
        _vocabulary = _postings.Keys.Order(StringComparer.Ordinal).ToArray();
    }

    public int Count => _entries.Length;

    /// <summary>Folded, stemmed, meaningful words of <paramref name="text"/>.</summary>
    public static List<string> Terms(string? text) =>
        FrenchText.Words(text).Where(w => !StopWords.Contains(w)).Select(FrenchText.Stem).ToList();

    public IReadOnlyList<SearchHit> Search(string text, SearchFilter? filter, int top, Func<SearchEntry, SearchFilter?, bool> accepts)
    {
        var scores = new Dictionary<int, double>();
        foreach (var term in Terms(text).Distinct(StringComparer.Ordinal))
        {
            if (_postings.TryGetValue(term, out var exact))
            {
                Score(exact, 1.0, scores);
                continue;
            }
            if (term.Length < 4)
            {
                continue;
            }
            foreach (var word in PrefixMatches(term))
            {
                Score(_postings[word], 0.6, scores);
            }
        }
        return scores
            .Where(s => accepts(_entries[s.Key], filter))
            .OrderByDescending(s => s.Value).ThenBy(s => s.Key)
            .Take(top)
            .Select(s => ToHit(_entries[s.Key], s.Value))
            .ToList();
    }

    private IEnumerable<string> PrefixMatches(string term)
    {
        // The vocabulary is sorted: words starting with the term are contiguous.
        var start = Array.BinarySearch(_vocabulary, term, StringComparer.Ordinal);
        start = start < 0 ? ~start : start;
        for (var i = start; i < _vocabulary.Length && _vocabulary[i].StartsWith(term, StringComparison.Ordinal); i++)
        {
            yield return _vocabulary[i];
        }
        // And index words the term starts with ("inscriptions" typed, "inscription" indexed is already a stem match).
        for (var len = term.Length - 1; len >= 4; len--)
        {
            if (_postings.ContainsKey(term[..len]))
            {
                yield return term[..len];
                yield break;
            }
        }
    }

    private void Score(List<(int Doc, int Tf)> postings, double weight, Dictionary<int, double> scores)
    {
        var idf = Math.Log(1 + ((_entries.Length - postings.Count + 0.5) / (postings.Count + 0.5)));
        foreach (var (doc, tf) in postings)
        {
            var norm = tf * (K1 + 1) / (tf + (K1 * (1 - B + (B * _lengths[doc] / _averageLength))));
            scores[doc] = scores.GetValueOrDefault(doc) + (weight * idf * norm);
        }
    }

    private static SearchHit ToHit(SearchEntry e, double score) =>
        new(e.Id, e.Kind, e.Text, Math.Round(score, 4), e.Source, e.SourceTitle, e.ValidFor, e.Programme, e.Centre, e.Modality, e.RecordId);
}
