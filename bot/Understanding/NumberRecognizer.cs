using System.Globalization;

namespace Cnam.Bot.Understanding;

/// <summary>
/// Numbers in digits ("18", "1,5", "3000") and in French or English words ("vingt-quatre", "soixante-dix",
/// "quatre-vingt-dix", "twenty four"). "un"/"une"/"a" count as 1 only before a unit (see <see cref="DurationRecognizer"/>).
/// </summary>
public sealed class NumberRecognizer(Lexicon lexicon)
{
    public IReadOnlyList<NumberMention> Recognize(NormalizedText text) => Recognize(text.TokenArray, null);

    internal List<NumberMention> Recognize(ReadOnlySpan<Token> tokens, bool[]? blocked)
    {
        var found = new List<NumberMention>();
        var i = 0;
        while (i < tokens.Length)
        {
            if ((blocked is null || !blocked[i]) && TryParse(tokens, i, allowArticle: false, out var value, out var length))
            {
                found.Add(new NumberMention(value, Join(tokens, i, length), i, length));
                i += length;
            }
            else
            {
                i++;
            }
        }
        return found;
    }

    /// <summary>Reads a number at <paramref name="start"/>: digits, or a run of number words.</summary>
    internal bool TryParse(ReadOnlySpan<Token> tokens, int start, bool allowArticle, out double value, out int length)
    {
        value = 0;
        length = 0;
        if (start >= tokens.Length)
        {
            return false;
        }
        var first = tokens[start].Text;
        if (TryParseDigits(first, out value))
        {
            length = 1;
            return true;
        }
        if (lexicon.ArticleNumbers.Contains(first) && !lexicon.NumberWords.ContainsKey(first))
        {
            // English "a"/"an": only as "1" right before a unit, decided by the caller.
            if (allowArticle)
            {
                value = 1;
                length = 1;
                return true;
            }
            return false;
        }
        if (!lexicon.NumberWords.ContainsKey(first))
        {
            return false;
        }
        long total = 0;
        long current = 0;
        var lastValue = -1;
        var i = start;
        var consumed = 0;
        while (i < tokens.Length)
        {
            var word = tokens[i].Text;
            if (lexicon.NumberJoiners.Contains(word) && consumed > 0 && i + 1 < tokens.Length
                && lexicon.NumberWords.TryGetValue(tokens[i + 1].Text, out var afterJoiner)
                && ((lastValue >= 20 && lastValue % 10 == 0 && afterJoiner is 1 or 11) || lastValue is 100 or 1000))
            {
                i++;
                continue;
            }
            if (!lexicon.NumberWords.TryGetValue(word, out var v))
            {
                break;
            }
            if (consumed > 0 && !Combines(current, lastValue, v))
            {
                break;
            }
            switch (v)
            {
                case 100:
                    current = (current == 0 ? 1 : current) * 100;
                    break;
                case 1000:
                    total += (current == 0 ? 1 : current) * 1000;
                    current = 0;
                    break;
                case 20 when lastValue == 4 && current % 100 == 4:
                    current += 76; // quatre-vingt(s)
                    break;
                default:
                    current += v;
                    break;
            }
            lastValue = v;
            consumed = i - start + 1;
            i++;
        }
        if (consumed == 0)
        {
            return false;
        }
        if (consumed == 1 && lexicon.ArticleNumbers.Contains(first) && !allowArticle)
        {
            return false;
        }
        value = total + current;
        length = consumed;
        return true;
    }

    private static bool Combines(long current, int last, int next)
    {
        var below100 = current % 100;
        if (next is 100 or 1000)
        {
            return true;
        }
        if (next == 20 && last == 4)
        {
            return true;
        }
        if (last is 100 or 1000)
        {
            return true;
        }
        if (next >= 20)
        {
            // "trente" after "vingt" is two numbers.
            return false;
        }
        if (next >= 10)
        {
            // "soixante-dix", "quatre-vingt-douze"
            return below100 is 60 or 80;
        }
        // units after a ten ("vingt-quatre", "quatre-vingt-deux") or after "dix" ("dix-sept", "soixante-dix-sept")
        return (last >= 20 && last % 10 == 0) || (last == 10 && below100 is 10 or 70 or 90);
    }

    internal static bool TryParseDigits(string text, out double value)
    {
        value = 0;
        if (text.Length == 0 || text.Length > 12 || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[^1]))
        {
            return false;
        }
        var separators = 0;
        foreach (var c in text)
        {
            if (c is ',' or '.')
            {
                separators++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        if (separators > 1)
        {
            return false;
        }
        return double.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    internal static string Join(ReadOnlySpan<Token> tokens, int start, int length)
    {
        if (length == 1)
        {
            return tokens[start].Text;
        }
        var parts = new string[length];
        for (var k = 0; k < length; k++)
        {
            parts[k] = tokens[start + k].Text;
        }
        return string.Join(' ', parts);
    }
}
