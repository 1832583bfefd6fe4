namespace Cnam.Bot.Understanding;

/// <summary>
/// Durations: "18 mois", "3 ans", "six mois", "un an et demi", "deux ans et demi", "1,5 an", "2 ans et 6 mois",
/// "a year and a half", "two and a half years", "3 semaines". Hours are not durations here (see the quantities).
/// </summary>
public sealed class DurationRecognizer(Lexicon lexicon, NumberRecognizer numbers)
{
    private const double MonthsPerWeek = 12.0 / 52.0;
    private const double MonthsPerDay = 12.0 / 365.0;

    public DurationRecognizer(Lexicon lexicon) : this(lexicon, new NumberRecognizer(lexicon))
    {
    }

    public IReadOnlyList<DurationMention> Recognize(NormalizedText text) => Recognize(text.TokenArray, null);

    internal List<DurationMention> Recognize(ReadOnlySpan<Token> tokens, bool[]? blocked)
    {
        var found = new List<DurationMention>();
        var i = 0;
        while (i < tokens.Length)
        {
            if ((blocked is null || !blocked[i]) && TryParseAt(tokens, i, blocked, out var mention))
            {
                found.Add(mention);
                i += mention.Length;
            }
            else
            {
                i++;
            }
        }
        return found;
    }

    internal bool TryParseAt(ReadOnlySpan<Token> tokens, int start, bool[]? blocked, out DurationMention mention)
    {
        mention = null!;
        if (!numbers.TryParse(tokens, start, allowArticle: true, out var value, out var length))
        {
            return false;
        }
        var i = start + length;
        var half = false;
        // "two and a half years"
        if (lexicon.HalfPhrases.TryMatchAt(tokens, i, blocked, out var preHalf))
        {
            half = true;
            i = preHalf.End;
        }
        if (i >= tokens.Length || IsBlocked(blocked, i) || !lexicon.DurationUnits.TryGetValue(tokens[i].Text, out var unit))
        {
            return false;
        }
        i++;
        var months = value * UnitMonths(unit);
        if (!half && lexicon.HalfPhrases.TryMatchAt(tokens, i, blocked, out var postHalf))
        {
            half = true;
            i = postHalf.End;
        }
        if (half)
        {
            value += 0.5;
            months += 0.5 * UnitMonths(unit);
        }
        else if (unit == DurationUnit.Year && i + 2 < tokens.Length && lexicon.NumberJoiners.Contains(tokens[i].Text)
            && numbers.TryParse(tokens, i + 1, allowArticle: true, out var extra, out var extraLength)
            && i + 1 + extraLength < tokens.Length
            && lexicon.DurationUnits.TryGetValue(tokens[i + 1 + extraLength].Text, out var extraUnit) && extraUnit == DurationUnit.Month)
        {
            // "2 ans et 6 mois"
            months += extra;
            i += 2 + extraLength;
        }
        mention = new DurationMention(value, unit, months, NumberRecognizer.Join(tokens, start, i - start), start, i - start);
        return true;
    }

    private static bool IsBlocked(bool[]? blocked, int i) => blocked is not null && blocked[i];

    private static double UnitMonths(DurationUnit unit) => unit switch
    {
        DurationUnit.Year => 12,
        DurationUnit.Month => 1,
        DurationUnit.Week => MonthsPerWeek,
        _ => MonthsPerDay,
    };
}
