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

    /// <summary>
    /// "depuis 2019", "depuis septembre 2024", "since 2020": the time from then until <paramref name="today"/>, in whole
    /// months, counted from the end of the year said alone (the least it can be: "depuis 2025" in December 2026 is a
    /// year) or from the first of the month said. A year ahead, or more than 60 years back, or a diploma's ("diplômé
    /// depuis 2015"), is no such duration. Read for the experience only: the words stay a date for the rest.
    /// </summary>
    internal List<DurationMention> RecognizeSince(ReadOnlySpan<Token> tokens, DateOnly today)
    {
        var found = new List<DurationMention>();
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (!lexicon.SinceWords.Contains(tokens[i].Text) || i > 0 && lexicon.SinceDiplomaWords.Contains(tokens[i - 1].Text))
            {
                continue;
            }
            var next = i + 1;
            int? month = lexicon.Months.TryGetValue(tokens[next].Text, out var m) ? m : null;
            var yearAt = month is null ? next : next + 1;
            if (yearAt >= tokens.Length || !tokens[yearAt].IsNumber || tokens[yearAt].Text.Length != 4
                || !int.TryParse(tokens[yearAt].Text, out var year) || year > today.Year || year < today.Year - 60)
            {
                continue;
            }
            var months = month is { } from
                ? (today.Year - year) * 12 + today.Month - from
                : (today.Year - year - 1) * 12 + today.Month;
            if (months < 0)
            {
                continue;
            }
            var length = yearAt - i + 1;
            found.Add(new DurationMention(months, DurationUnit.Month, months, NumberRecognizer.Join(tokens, i, length), i, length));
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
