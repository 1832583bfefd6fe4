using System.Text;
using Cnam.Bot.Knowledge.Text;

namespace Cnam.Bot.Understanding;

/// <summary>The result of <see cref="FrenchNormalizer.Normalize"/>.</summary>
/// <param name="Folded">The base folding of the input (<see cref="FrenchNormalizer.Fold"/>).</param>
/// <param name="Normalized">Tokens after SMS expansion and spelling correction, joined by single spaces.</param>
/// <param name="Tokens">The words of <paramref name="Normalized"/>.</param>
public sealed record NormalizedText(string Folded, string Normalized, IReadOnlyList<Token> Tokens)
{
    internal Token[] TokenArray => (Token[])Tokens;
}

/// <summary>
/// Turns what a person types into comparable words: the base folding of <see cref="FrenchText.Fold"/> (case, accents,
/// elisions, punctuation), plus what understanding needs on top: separators inside numbers kept ("5/12", "1,5",
/// "18:15"), control characters dropped, SMS spellings expanded ("koi" -> "quoi", "jsuis" -> "je suis"), numbers glued
/// to their unit split ("18mois" -> "18 mois"), and misspelt domain words corrected with FuzzySharp ("tarrif" -> "tarif").
/// </summary>
public sealed class FrenchNormalizer
{
    /// <summary>Longer input is cut: nobody asks a question this long, and it bounds the work per turn.</summary>
    public const int MaxInputLength = 2000;

    // Letters of an unused script stand for separators between digits while FrenchText.Fold runs (it keeps only
    // letters and digits, and its doc mentions '/' and ':' that its code does not keep).
    private const char SlashMark = '\u01C0';
    private const char CommaMark = '\u01C1';
    private const char DotMark = '\u01C2';
    private const char ColonMark = '\u01C3';

    private readonly Lexicon _lexicon;
    private readonly SpellingCorrector _corrector;

    public FrenchNormalizer(Lexicon lexicon, IEnumerable<string>? extraVocabulary = null)
    {
        _lexicon = lexicon;
        _corrector = new SpellingCorrector(lexicon, extraVocabulary);
    }

    /// <summary>Base folding (see <see cref="FrenchText.Fold"/>) that keeps "5/12", "1,5", "1.5" and "18:15" whole.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        if (text.Length > MaxInputLength)
        {
            text = text[..MaxInputLength];
        }
        var sb = new StringBuilder(text.Length);
        var protectedAny = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) || c is >= SlashMark and <= ColonMark || char.IsSurrogate(c))
            {
                // FrenchText.Fold reads '\0' and '\x01' as ligature markers: control characters must not reach it.
                sb.Append(' ');
                continue;
            }
            if (c is '/' or ',' or '.' or ':' && i > 0 && i + 1 < text.Length
                && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]))
            {
                sb.Append(c switch { '/' => SlashMark, ',' => CommaMark, '.' => DotMark, _ => ColonMark });
                protectedAny = true;
                continue;
            }
            sb.Append(c);
        }
        var folded = FrenchText.Fold(sb.ToString());
        if (!protectedAny)
        {
            return folded;
        }
        return string.Create(folded.Length, folded, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    SlashMark => '/',
                    CommaMark => ',',
                    DotMark => '.',
                    ColonMark => ':',
                    var other => other,
                };
            }
        });
    }

    /// <summary>Folds, expands SMS spellings, splits glued units and corrects misspelt domain words.</summary>
    public NormalizedText Normalize(string? text)
    {
        var folded = Fold(text);
        if (folded.Length == 0)
        {
            return new NormalizedText(string.Empty, string.Empty, Array.Empty<Token>());
        }
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tokens = new List<Token>(words.Length + 4);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (_lexicon.Sms.TryGetValue(word, out var expansion)
                && !(word.Length == 1 && i > 0 && _lexicon.SmsProtectAfter.Contains(words[i - 1]))
                && !AlreadyExpanded(words, i, expansion))
            {
                foreach (var part in expansion)
                {
                    tokens.Add(new Token(part, FrenchText.Stem(part), word, false));
                }
                continue;
            }
            if (TrySplitGluedUnit(word, out var number, out var unit))
            {
                tokens.Add(new Token(number, number, word, false));
                tokens.Add(new Token(unit, FrenchText.Stem(unit), word, false));
                continue;
            }
            var corrected = _corrector.Correct(word);
            tokens.Add(corrected is null
                ? new Token(word, FrenchText.Stem(word), word, false)
                : new Token(corrected, FrenchText.Stem(corrected), word, true));
        }
        var array = tokens.ToArray();
        var normalized = string.Join(' ', array.Select(t => t.Text));
        return new NormalizedText(folded, normalized, array);
    }

    /// <summary>"c est" is already "c'est": the "c" of it is no SMS spelling.</summary>
    private static bool AlreadyExpanded(string[] words, int i, string[] expansion)
    {
        if (expansion.Length < 2 || expansion[0] != words[i] || i + expansion.Length > words.Length)
        {
            return expansion.Length == 1 && expansion[0] == words[i];
        }
        for (var k = 1; k < expansion.Length; k++)
        {
            if (words[i + k] != expansion[k])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"18mois" -> ("18", "mois"); "trs107" and "18h15" stay whole.</summary>
    private bool TrySplitGluedUnit(string word, out string number, out string unit)
    {
        number = unit = string.Empty;
        var digits = 0;
        while (digits < word.Length && (char.IsAsciiDigit(word[digits]) || (digits > 0 && word[digits] is ',' or '.')))
        {
            digits++;
        }
        if (digits == 0 || digits == word.Length || !char.IsAsciiDigit(word[digits - 1]))
        {
            return false;
        }
        var suffix = word[digits..];
        if (suffix.Length < 2 || !(_lexicon.DurationUnits.ContainsKey(suffix) || _lexicon.CreditUnits.Contains(suffix)
            || (_lexicon.HourUnits.Contains(suffix) && suffix != "h") || suffix is "euros" or "euro"))
        {
            return false;
        }
        number = word[..digits];
        unit = suffix;
        return true;
    }
}
