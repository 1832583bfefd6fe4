using FuzzySharp;

namespace Cnam.Bot.Understanding;

/// <summary>
/// Corrects a misspelt domain word ("tarrif", "stagee", "inscritpion") to the closest word of the vocabulary
/// with FuzzySharp. Only words of five letters or more that are neither known words nor function words are tried,
/// and only against vocabulary words with the same first letter and a close length, so ordinary French is left alone.
/// </summary>
internal sealed class SpellingCorrector
{
    private const int MinimumLength = 5;
    private const int MinimumRatio = 88;

    private readonly Lexicon _lexicon;
    private readonly HashSet<string> _vocabulary;
    private readonly Dictionary<char, string[]> _byFirstLetter;

    public SpellingCorrector(Lexicon lexicon, IEnumerable<string>? extraVocabulary)
    {
        _lexicon = lexicon;
        _vocabulary = new HashSet<string>(lexicon.Vocabulary, StringComparer.Ordinal);
        foreach (var phrase in extraVocabulary ?? [])
        {
            foreach (var word in FrenchNormalizer.Fold(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length >= MinimumLength && !word.Any(char.IsAsciiDigit))
                {
                    _vocabulary.Add(word);
                }
            }
        }
        _byFirstLetter = _vocabulary
            .Where(w => w.Length >= MinimumLength - 1)
            .GroupBy(w => w[0])
            .ToDictionary(g => g.Key, g => g.OrderBy(w => w, StringComparer.Ordinal).ToArray());
    }

    /// <summary>The corrected word, or null when <paramref name="word"/> is known or nothing is close enough.</summary>
    public string? Correct(string word)
    {
        if (word.Length < MinimumLength || word.Length > 30 || _vocabulary.Contains(word) || _lexicon.KnownWords.Contains(word)
            || _lexicon.FrenchFunctionWords.Contains(word) || _lexicon.EnglishFunctionWords.Contains(word)
            || !IsLetters(word) || !_byFirstLetter.TryGetValue(word[0], out var candidates))
        {
            return null;
        }
        string? best = null;
        var bestRatio = MinimumRatio - 1;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - word.Length) > 2)
            {
                continue;
            }
            var ratio = Fuzz.Ratio(word, candidate);
            if (ratio > bestRatio)
            {
                bestRatio = ratio;
                best = candidate;
            }
        }
        return best;
    }

    private static bool IsLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }
        return true;
    }
}
