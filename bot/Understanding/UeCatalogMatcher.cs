using Cnam.Bot.Knowledge.Text;

namespace Cnam.Bot.Understanding;

/// <summary>
/// Finds the UE whose title the user quotes ("l'UE sur la psychopathologie", "conduite de projets collectifs en
/// insertion par la culture"). Title words are weighted by rarity across the catalogue, so the words every title shares
/// ("insertion", "professionnelle") count little; typos were already corrected against the title words.
/// </summary>
public sealed class UeCatalogMatcher
{
    private const double MinimumScore = 0.6;
    private const int MinimumDistinctiveLength = 8;

    // A part of a title, said with an UE word, names that UE when its words weigh this much more than any other title's.
    private const double PartOfTitleLead = 1.3;
    private const double PartOfTitleScore = 0.85;
    private const int MinimumNamingLength = 6;

    private readonly List<Title> _titles = [];
    // Stem -> indexes of the titles that have it, ascending: a match looks only at titles sharing a word with the
    // text, not at the whole catalogue (bench/ kb-scale: with 3,300 UEs the scan was most of a question's time).
    private readonly Dictionary<string, List<int>> _titlesByStem = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ignored;
    private readonly Lexicon _lexicon;

    public UeCatalogMatcher(Lexicon lexicon, IEnumerable<(string Code, string Title)> catalogue)
    {
        _lexicon = lexicon;
        _ignored = new HashSet<string>(lexicon.FrenchFunctionWords, StringComparer.Ordinal);
        _ignored.UnionWith(lexicon.EnglishFunctionWords);
        var raw = new List<(string Code, string Title, string[] Stems)>();
        foreach (var (code, title) in catalogue)
        {
            if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(title))
            {
                continue;
            }
            var stems = FrenchNormalizer.Fold(title).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w.Length > 2 && !_ignored.Contains(w))
                .Select(FrenchText.Stem)
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            if (stems.Length > 0)
            {
                raw.Add((code.Trim().ToUpperInvariant(), title.Trim(), stems));
            }
        }
        var documentFrequency = raw.SelectMany(r => r.Stems).GroupBy(s => s, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var n = Math.Max(1, raw.Count);
        foreach (var (code, title, stems) in raw)
        {
            var weights = stems.ToDictionary(s => s, s => Math.Log(1.0 + (double)n / documentFrequency[s]), StringComparer.Ordinal);
            foreach (var stem in weights.Keys)
            {
                if (!_titlesByStem.TryGetValue(stem, out var indexes))
                {
                    _titlesByStem[stem] = indexes = [];
                }
                indexes.Add(_titles.Count);
            }
            _titles.Add(new Title(code, title, weights, weights.Values.Sum(), documentFrequency));
        }
        Codes = raw.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        Words = raw.SelectMany(r => FrenchNormalizer.Fold(r.Title).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct().ToArray();
    }

    /// <summary>The UE codes of the catalogue, upper case.</summary>
    public IReadOnlySet<string> Codes { get; }

    /// <summary>Folded title words, for the spelling corrector.</summary>
    internal IReadOnlyList<string> Words { get; }

    public IReadOnlyList<UeTitleMatch> Match(NormalizedText text) => Match(text.TokenArray);

    /// <param name="held">Tokens of a diploma held, if any: "j'ai 180 crédits en sociologie" speaks of the person's
    /// credits, not of a UE's ("crédits" would otherwise say the title's words name one).</param>
    internal List<UeTitleMatch> Match(ReadOnlySpan<Token> tokens, bool[]? held = null)
    {
        if (_titles.Count == 0 || tokens.Length == 0)
        {
            return [];
        }
        var present = new HashSet<string>(StringComparer.Ordinal);
        var blocked = held is not null && Array.IndexOf(held, true) >= 0 ? (bool[])held.Clone() : null;
        foreach (var blocker in _lexicon.UeTitleBlockers.FindAll(tokens))
        {
            blocked ??= new bool[tokens.Length];
            Array.Fill(blocked, true, blocker.Start, blocker.Length);
        }
        for (var i = 0; i < tokens.Length; i++)
        {
            if (blocked?[i] == true)
            {
                continue;
            }
            var t = tokens[i];
            present.Add(t.Stem);
            if (_lexicon.UeTitleWordStems.TryGetValue(t.Text, out var french))
            {
                // "the English course": the title's word is French ("Anglais professionnel").
                present.Add(french);
            }
        }
        // Titles sharing at least one stem with the text, in catalogue order (as the full scan visited them, so that
        // the sort below sees the same sequence); a title sharing none scored nothing.
        var candidates = new SortedSet<int>();
        foreach (var stem in present)
        {
            if (_titlesByStem.TryGetValue(stem, out var indexes))
            {
                candidates.UnionWith(indexes);
            }
        }
        var results = new List<UeTitleMatch>();
        var speaksOfUe = _lexicon.UeCues.FindAll(tokens, held).Count > 0;
        // The title most of the user's words point to, for "l'UE sur le marché du travail" (a part of a longer title).
        (int Index, double Matched, bool Named)? best = null;
        var runnerUp = 0.0;
        foreach (var index in candidates)
        {
            var title = _titles[index];
            double matched = 0;
            var count = 0;
            var distinctive = false;
            var unique = false;
            var subject = false;
            foreach (var (stem, weight) in title.Weights)
            {
                if (present.Contains(stem))
                {
                    matched += weight;
                    count++;
                    distinctive |= stem.Length >= MinimumDistinctiveLength && title.DocumentFrequency[stem] == 1;
                    subject |= _lexicon.UeSubjectStems.Contains(stem) && title.DocumentFrequency[stem] == 1;
                    unique |= title.DocumentFrequency[stem] == 1 && stem.Length >= MinimumNamingLength;
                }
            }
            if (count == 0)
            {
                continue;
            }
            if (best is null || matched > best.Value.Matched)
            {
                runnerUp = best?.Matched ?? runnerUp;
                best = (index, matched, count >= 2 || unique);
            }
            else if (matched > runnerUp)
            {
                runnerUp = matched;
            }
            var score = matched / title.TotalWeight;
            if (count == 1 && title.Weights.Count > 1)
            {
                // One word of a longer title is enough only when no other title has it and the user speaks of an UE
                // ("l'UE de psychopathologie"), not for "en apprentissage" against "parcours d'apprentissage personnalisé".
                // A subject word ("l'anglais en cours du jour") names its UE as a part of its title does.
                score = subject && speaksOfUe ? Math.Max(score, PartOfTitleScore)
                    : distinctive && speaksOfUe ? Math.Max(score, MinimumScore) : Math.Min(score, MinimumScore - 0.01);
            }
            if (score >= MinimumScore)
            {
                results.Add(new UeTitleMatch(title.Code, title.Text, Math.Round(score, 3)));
            }
        }
        if (best is { Named: true } named && named.Matched >= PartOfTitleLead * runnerUp && _lexicon.UeNamingCues.FindAll(tokens, held).Count > 0)
        {
            // The user speaks of an UE and names it by a part of its title that no other title shares as much: it is
            // that UE, whatever the share of the title said.
            var title = _titles[named.Index];
            results.RemoveAll(r => r.Code == title.Code);
            results.Add(new UeTitleMatch(title.Code, title.Text, Math.Max(PartOfTitleScore, Math.Round(named.Matched / title.TotalWeight, 3))));
        }
        results.Sort((a, b) => b.Score.CompareTo(a.Score));
        if (results.Count > 3)
        {
            results.RemoveRange(3, results.Count - 3);
        }
        return results;
    }

    private sealed record Title(string Code, string Text, Dictionary<string, double> Weights, double TotalWeight,
        Dictionary<string, int> DocumentFrequency);
}
