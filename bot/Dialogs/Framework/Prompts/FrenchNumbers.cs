using System.Globalization;
using System.Text.RegularExpressions;
using Cnam.Bot.Knowledge.Text;

namespace Cnam.Bot.Dialogs.Framework.Prompts;

/// <summary>
/// Numbers in French answers: digits ("42", "1 500", "2,5") and words ("vingt et un", "soixante-dix",
/// "quatre-vingt-dix-neuf", "deux mille vingt-six", Belgian/Swiss "septante", "nonante"), plus ordinals
/// ("premier", "2e", "deuxième") for choosing from a list. Pure functions.
/// </summary>
public static partial class FrenchNumbers
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5,
        ["six"] = 6, ["sept"] = 7, ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10, ["onze"] = 11, ["douze"] = 12,
        ["treize"] = 13, ["quatorze"] = 14, ["quinze"] = 15, ["seize"] = 16, ["vingt"] = 20, ["vingts"] = 20,
        ["trente"] = 30, ["quarante"] = 40, ["cinquante"] = 50, ["soixante"] = 60, ["septante"] = 70,
        ["huitante"] = 80, ["octante"] = 80, ["nonante"] = 90,
    };

    private static readonly Dictionary<string, int> Multipliers = new(StringComparer.Ordinal)
    {
        ["cent"] = 100, ["cents"] = 100, ["mille"] = 1000, ["milles"] = 1000, ["million"] = 1_000_000, ["millions"] = 1_000_000,
    };

    private static readonly Dictionary<string, int> OrdinalWords = new(StringComparer.Ordinal)
    {
        ["premier"] = 1, ["premiere"] = 1, ["first"] = 1, ["second"] = 2, ["seconde"] = 2, ["deuxieme"] = 2,
        ["troisieme"] = 3, ["quatrieme"] = 4, ["cinquieme"] = 5, ["sixieme"] = 6, ["septieme"] = 7,
        ["huitieme"] = 8, ["neuvieme"] = 9, ["dixieme"] = 10, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5,
    };

    // Words that may precede a choice number: "le 2", "numéro 3", "choix 1", "option deux".
    private static readonly HashSet<string> ChoiceLeadWords = new(StringComparer.Ordinal)
    {
        "le", "la", "l", "n", "no", "numero", "num", "choix", "option", "reponse", "c", "est", "je", "prends", "choisis",
        "the", "number", "choice", "i", "ll", "take", "choose",
    };

    // Words that may follow one: "the first one", "le premier svp".
    private static readonly HashSet<string> ChoiceTailWords = new(StringComparer.Ordinal)
    {
        "one", "please", "svp", "stp", "choix", "option",
    };

    [GeneratedRegex(@"\d+(?:[ \u00A0\u202F]\d{3})*(?:[.,]\d+)?", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex DigitsPattern();

    [GeneratedRegex(@"^(\d+)(?:er|ere|re|e|eme|nd|nde|st|rd|th)?$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalDigitsPattern();

    /// <summary>The first number written in <paramref name="text"/>, in digits or in French words.</summary>
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var digits = DigitsPattern().Match(text);
        if (digits.Success)
        {
            var normalized = new string(digits.Value.Where(c => !char.IsWhiteSpace(c)).ToArray()).Replace(',', '.');
            return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }
        var words = FrenchText.Words(text);
        long? article = null;
        for (var start = 0; start < words.Length; start++)
        {
            var end = start;
            while (end < words.Length && IsNumberWord(words[end], words, start, end))
            {
                end++;
            }
            if (end > start && TryParseWords(words.AsSpan(start, end - start), out var number))
            {
                // A lone "un"/"une" is often an article ("j'ai un peu plus de vingt ans"): prefer a later number.
                if (end - start == 1 && number == 1)
                {
                    article ??= number;
                    continue;
                }
                value = number;
                return true;
            }
        }
        value = article ?? 0;
        return article is not null;
    }

    /// <summary>
    /// A choice number when the whole answer is one ("2", "le 2", "numéro deux", "2e", "le premier", "the first one");
    /// null otherwise, so "2 ans d'expérience" is not read as a choice.
    /// </summary>
    public static int? ParseChoiceNumber(string? text)
    {
        var words = FrenchText.Words(text).SkipWhile(ChoiceLeadWords.Contains).Reverse().SkipWhile(ChoiceTailWords.Contains).Reverse().ToArray();
        if (words.Length == 0)
        {
            return null;
        }
        if (words.Length == 1)
        {
            var ordinalDigits = OrdinalDigitsPattern().Match(words[0]);
            if (ordinalDigits.Success && int.TryParse(ordinalDigits.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }
            if (OrdinalWords.TryGetValue(words[0], out var ordinal))
            {
                return ordinal;
            }
        }
        if (words.All(w => Units.ContainsKey(w) || Multipliers.ContainsKey(w) || w == "et") && TryParseWords(words, out var number) && number <= int.MaxValue)
        {
            return (int)number;
        }
        return null;
    }

    /// <summary>Reads a run of folded French number words ("quatre vingt dix neuf" = 99).</summary>
    public static bool TryParseWords(ReadOnlySpan<string> words, out long value)
    {
        long total = 0;
        long current = 0;
        var any = false;
        string? previous = null;
        foreach (var word in words)
        {
            if (word == "et")
            {
                previous = word;
                continue;
            }
            if (Units.TryGetValue(word, out var unit))
            {
                // "quatre-vingt(s)": 4 x 20, not 4 + 20.
                if (unit == 20 && previous == "quatre")
                {
                    current += 80 - 4;
                }
                else
                {
                    current += unit;
                }
                any = true;
            }
            else if (Multipliers.TryGetValue(word, out var multiplier))
            {
                if (multiplier == 100)
                {
                    current = (current == 0 ? 1 : current) * 100;
                }
                else
                {
                    total += (current == 0 ? 1 : current) * multiplier;
                    current = 0;
                }
                any = true;
            }
            else
            {
                value = 0;
                return false;
            }
            previous = word;
        }
        value = total + current;
        return any;
    }

    // "et" only counts inside a number ("vingt et un"), never at its start.
    private static bool IsNumberWord(string word, string[] words, int start, int index) =>
        Units.ContainsKey(word) || Multipliers.ContainsKey(word) ||
        (word == "et" && index > start && index + 1 < words.Length && Units.ContainsKey(words[index + 1]));
}
