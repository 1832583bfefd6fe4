using System.Globalization;
using System.Text;

namespace Cnam.Bot.Knowledge.Text;

/// <summary>
/// Base folding of French text for matching: lower case, accents removed, typographic apostrophes and
/// dashes unified, elisions split ("l'UE" -> "l ue"), punctuation turned into spaces, spaces collapsed.
/// Pure functions; the understanding layer adds SMS spellings and synonyms on top.
/// </summary>
public static class FrenchText
{
    /// <summary>
    /// <paramref name="text"/> with every lone surrogate and noncharacter (U+FFFE, U+FDD0...) turned into a space:
    /// user text may hold them (a JSON <c>\uFFFF</c> escape, a cut emoji) and Unicode normalisation throws on them.
    /// </summary>
    public static string WellFormed(string text)
    {
        var span = text.AsSpan();
        var index = 0;
        StringBuilder? clean = null;
        while (index < span.Length)
        {
            var status = Rune.DecodeFromUtf16(span[index..], out var rune, out var consumed);
            var valid = status == System.Buffers.OperationStatus.Done && !IsNoncharacter(rune.Value);
            if (!valid)
            {
                clean ??= new StringBuilder(text.Length).Append(span[..index]);
                clean.Append(' ');
            }
            else
            {
                clean?.Append(span.Slice(index, consumed));
            }
            index += consumed;
        }
        return clean?.ToString() ?? text;
    }

    private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    /// <summary>Folds <paramref name="text"/> to lower-case ASCII-like words separated by single spaces.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        var decomposed = WellFormed(text).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var raw in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(raw);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var c = raw switch
            {
                'œ' or 'Œ' => '\0',
                'æ' or 'Æ' => '\x01',
                _ => char.ToLowerInvariant(raw),
            };
            if (c == '\0')
            {
                sb.Append("oe");
                lastWasSpace = false;
                continue;
            }
            if (c == '\x01')
            {
                sb.Append("ae");
                lastWasSpace = false;
                continue;
            }
            // Keep letters, digits and the few symbols that carry meaning in our domain (€, +, %, /, :).
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
                lastWasSpace = false;
            }
            else if (c is '€' or '+' or '%')
            {
                if (!lastWasSpace)
                {
                    sb.Append(' ');
                }
                sb.Append(c).Append(' ');
                lastWasSpace = true;
            }
            else if (!lastWasSpace)
            {
                sb.Append(' ');
                lastWasSpace = true;
            }
        }
        return sb.ToString().Trim();
    }

    /// <summary>Splits folded text into words.</summary>
    public static string[] Words(string? text) => Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>One of <paramref name="words"/> (folded) is a word of <paramref name="text"/>.</summary>
    public static bool HasAnyWord(string? text, IReadOnlySet<string> words) => Words(text).Any(words.Contains);

    /// <summary>
    /// A light French stem for matching plurals and common endings: "unités" -> "unite", "stages" -> "stage",
    /// "tarifs" -> "tarif", "travaux" -> "travail" is not attempted. Input must already be folded.
    /// </summary>
    public static string Stem(string word)
    {
        if (word.Length > 3 && char.IsLetter(word[^1]))
        {
            if (word.EndsWith("aux", StringComparison.Ordinal) && word.Length > 4)
            {
                return word[..^3] + "al";
            }
            if (word[^1] is 's' or 'x' && !word.EndsWith("ss", StringComparison.Ordinal))
            {
                word = word[..^1];
            }
        }
        return word;
    }
}
