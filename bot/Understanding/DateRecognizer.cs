namespace Cnam.Bot.Understanding;

/// <summary>
/// Dates and periods resolved against the user's "now": "le 5 décembre", "5/12", "05/12/2022", "lundi 5 décembre",
/// "en janvier", "cette semaine", "la semaine prochaine", "demain", "aujourd'hui", "ce soir", "mardi prochain",
/// "du 5 au 10 décembre", "2022-2023", "this week", "next Monday", "on 5 December".
/// A day or month without a year is its next occurrence from today (today included), or falls inside the academic
/// year given by <see cref="RecognizerContext.AcademicYearStart"/>.
/// </summary>
public sealed class DateRecognizer(Lexicon lexicon, NumberRecognizer numbers)
{
    public DateRecognizer(Lexicon lexicon) : this(lexicon, new NumberRecognizer(lexicon))
    {
    }

    public IReadOnlyList<DateMention> Recognize(NormalizedText text, DateTimeOffset now, RecognizerContext? context = null) =>
        Recognize(text.TokenArray, DateOnly.FromDateTime(now.DateTime), context ?? RecognizerContext.Empty, null);

    /// <summary>Finds dates; marks their tokens in <paramref name="claimed"/> when given.</summary>
    internal List<DateMention> Recognize(ReadOnlySpan<Token> tokens, DateOnly today, RecognizerContext context, bool[]? claimed)
    {
        var found = new List<(DateMention Mention, int Start, int End)>();
        var i = 0;
        while (i < tokens.Length)
        {
            if ((claimed is null || !claimed[i]) && TryParseAt(tokens, i, today, context, claimed, out var mention, out var end))
            {
                found.Add((mention, i, end));
                i = end;
            }
            else
            {
                i++;
            }
        }
        // "du 5/12 au 10/12", "between Monday and Friday": two dates joined into one range.
        for (var k = 0; k + 1 < found.Count; k++)
        {
            var (a, aStart, aEnd) = found[k];
            var (b, bStart, bEnd) = found[k + 1];
            if (lexicon.RangeTo.TryMatchAt(tokens, aEnd, null, out var to) && to.End == bStart
                && lexicon.RangeFrom.EndsAt(tokens, aStart, 2) && b.End >= a.Start)
            {
                var text = NumberRecognizer.Join(tokens, aStart, bEnd - aStart);
                found[k] = (new DateMention(a.Start, b.End, DateKind.Range, text), aStart, bEnd);
                found.RemoveAt(k + 1);
            }
        }
        if (claimed is not null)
        {
            foreach (var (_, start, end) in found)
            {
                Array.Fill(claimed, true, start, end - start);
            }
        }
        return found.ConvertAll(f => f.Mention);
    }

    /// <summary>True when an entity blocker of the lexicon ("bon week-end", a wish, not a day) spans tokens start..end.</summary>
    private bool InEntityBlocker(ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (var s = Math.Max(0, start - MaxBlockerLead); s <= start; s++)
        {
            if (lexicon.EntityBlockers.TryMatchAt(tokens, s, null, out var blocker) && blocker.End >= end)
            {
                return true;
            }
        }
        return false;
    }

    // How many words an entity blocker may have before the phrase it blocks ("have a nice" weekend).
    private const int MaxBlockerLead = 3;

    private bool TryParseAt(ReadOnlySpan<Token> tokens, int i, DateOnly today, RecognizerContext context, bool[]? claimed,
        out DateMention mention, out int end)
    {
        mention = null!;
        end = i;
        if (TryRangeOfDays(tokens, i, today, context, claimed, out mention, out end))
        {
            return true;
        }
        if (lexicon.RelativeDates.TryMatchAt(tokens, i, claimed, out var relative))
        {
            end = relative.End;
            mention = Relative(relative.Values[0], today, NumberRecognizer.Join(tokens, i, relative.Length));
            return true;
        }
        if (lexicon.NamedDays.TryMatchAt(tokens, i, claimed, out var named))
        {
            // "Noël", "la Toussaint": that day, in the year a day said without its year is read in.
            end = named.End;
            mention = Day(Resolve(named.Values[0].Day, named.Values[0].Month, today, context), NumberRecognizer.Join(tokens, i, named.Length));
            return true;
        }
        if (lexicon.WeekdayPhrases.TryMatchAt(tokens, i, claimed, out var weekend) && !InEntityBlocker(tokens, i, weekend.End))
        {
            // "y a-t-il cours le week-end ?": read as that weekday, named by its name, as if said ("le samedi").
            end = weekend.End;
            var number = weekend.Values[0];
            mention = Day(Weekday(today, number, 0), lexicon.Weekdays.First(w => w.Value == number).Key);
            return true;
        }
        var word = tokens[i].Text;
        // "next Monday", "this Friday"
        if ((lexicon.NextWords.Contains(word) || lexicon.ThisWords.Contains(word) || lexicon.LastWords.Contains(word))
            && i + 1 < tokens.Length && lexicon.Weekdays.TryGetValue(tokens[i + 1].Text, out var weekdayAfter))
        {
            var direction = lexicon.NextWords.Contains(word) ? 1 : lexicon.LastWords.Contains(word) ? -1 : 0;
            end = i + 2;
            mention = Day(Weekday(today, weekdayAfter, direction), NumberRecognizer.Join(tokens, i, 2));
            return true;
        }
        if (lexicon.Weekdays.TryGetValue(word, out var weekday))
        {
            if (i + 1 < tokens.Length && lexicon.NextWords.Contains(tokens[i + 1].Text))
            {
                end = i + 2;
                mention = Day(Weekday(today, weekday, 1), NumberRecognizer.Join(tokens, i, 2));
                return true;
            }
            if (i + 1 < tokens.Length && lexicon.LastWords.Contains(tokens[i + 1].Text))
            {
                end = i + 2;
                mention = Day(Weekday(today, weekday, -1), NumberRecognizer.Join(tokens, i, 2));
                return true;
            }
            if (TryDayMonth(tokens, i + 1, today, context, out var date, out var dayEnd))
            {
                end = dayEnd;
                mention = Day(date, NumberRecognizer.Join(tokens, i, end - i));
                return true;
            }
            if (i + 1 < tokens.Length && TryDayNumber(tokens, i + 1, out var dayOnly, out var dayLength)
                && NextWithWeekdayAndDay(today, weekday, dayOnly) is { } matching)
            {
                end = i + 1 + dayLength;
                mention = Day(matching, NumberRecognizer.Join(tokens, i, end - i));
                return true;
            }
            end = i + 1;
            mention = Day(Weekday(today, weekday, 0), word);
            return true;
        }
        // "semaine du 20 novembre"
        if (lexicon.WeekWords.Contains(word) && i + 2 < tokens.Length && lexicon.RangeFrom.TryMatchAt(tokens, i + 1, null, out var of)
            && TryDayMonthOrNumeric(tokens, of.End, today, context, out var inWeek, out var weekEnd))
        {
            end = weekEnd;
            var monday = MondayOf(inWeek);
            mention = new DateMention(monday, monday.AddDays(6), DateKind.Week, NumberRecognizer.Join(tokens, i, end - i));
            return true;
        }
        if (TryDayMonthOrNumeric(tokens, i, today, context, out var day, out end))
        {
            mention = Day(day, NumberRecognizer.Join(tokens, i, end - i));
            return true;
        }
        if (TryAcademicYear(tokens, i, out var startYear, out end))
        {
            mention = new DateMention(new DateOnly(startYear, context.AcademicYearFirstMonth, 1),
                new DateOnly(startYear + 1, context.AcademicYearFirstMonth, 1).AddDays(-1), DateKind.AcademicYear,
                NumberRecognizer.Join(tokens, i, end - i));
            return true;
        }
        if (lexicon.Months.TryGetValue(word, out var month))
        {
            var hasYear = TryYear(tokens, i + 1, out var year);
            if (lexicon.AmbiguousMonths.Contains(word) && !hasYear)
            {
                return false;
            }
            var resolvedYear = hasYear ? year : InferYear(1, month, today, context, monthOnly: true);
            end = hasYear ? i + 2 : i + 1;
            var first = new DateOnly(resolvedYear, month, 1);
            mention = new DateMention(first, first.AddMonths(1).AddDays(-1), DateKind.Month, NumberRecognizer.Join(tokens, i, end - i));
            return true;
        }
        if (i > 0 && IsYearPreposition(tokens[i - 1].Text) && TryYear(tokens, i, out var singleYear) && singleYear >= 1990)
        {
            end = i + 1;
            mention = new DateMention(new DateOnly(singleYear, 1, 1), new DateOnly(singleYear, 12, 31), DateKind.Year, word);
            return true;
        }
        return false;
    }

    /// <summary>"du 5 au 10 décembre": the first day borrows the month of the second.</summary>
    private bool TryRangeOfDays(ReadOnlySpan<Token> tokens, int i, DateOnly today, RecognizerContext context, bool[]? claimed,
        out DateMention mention, out int end)
    {
        mention = null!;
        end = i;
        if (!lexicon.RangeFrom.TryMatchAt(tokens, i, claimed, out var from) || !TryDayNumber(tokens, from.End, out var firstDay, out var firstLength))
        {
            return false;
        }
        var afterFirst = from.End + firstLength;
        if (afterFirst < tokens.Length && lexicon.Months.ContainsKey(tokens[afterFirst].Text))
        {
            return false; // "du 5 décembre au 10 décembre": two full dates, joined later
        }
        if (!lexicon.RangeTo.TryMatchAt(tokens, afterFirst, claimed, out var to)
            || !TryDayMonth(tokens, to.End, today, context, out var last, out end))
        {
            return false;
        }
        var firstMonth = firstDay <= last.Day ? last : last.AddMonths(-1);
        if (firstDay > DateTime.DaysInMonth(firstMonth.Year, firstMonth.Month))
        {
            return false;
        }
        var first = new DateOnly(firstMonth.Year, firstMonth.Month, firstDay);
        mention = new DateMention(first, last, DateKind.Range, NumberRecognizer.Join(tokens, i, end - i));
        return true;
    }

    private bool TryDayMonthOrNumeric(ReadOnlySpan<Token> tokens, int i, DateOnly today, RecognizerContext context,
        out DateOnly date, out int end) =>
        TryDayMonth(tokens, i, today, context, out date, out end) || TryNumeric(tokens, i, today, context, out date, out end);

    /// <summary>"5 décembre [2022]", "5th of December", "December 5th[, 2022]".</summary>
    private bool TryDayMonth(ReadOnlySpan<Token> tokens, int i, DateOnly today, RecognizerContext context, out DateOnly date, out int end)
    {
        date = default;
        end = i;
        if (i >= tokens.Length)
        {
            return false;
        }
        int day, month, next;
        if (TryDayNumber(tokens, i, out day, out var dayLength))
        {
            var m = i + dayLength;
            if (m < tokens.Length && tokens[m].Text == "of")
            {
                m++;
            }
            if (m >= tokens.Length || !lexicon.Months.TryGetValue(tokens[m].Text, out month))
            {
                return false;
            }
            next = m + 1;
        }
        else if (lexicon.Months.TryGetValue(tokens[i].Text, out month) && TryDayNumber(tokens, i + 1, out day, out dayLength)
            && !(i + 1 + dayLength < tokens.Length && lexicon.DurationUnits.ContainsKey(tokens[i + 1 + dayLength].Text)))
        {
            // "May 15", not "mai 15 ans" ("mais", misspelt, before a length).
            next = i + 1 + dayLength;
        }
        else
        {
            return false;
        }
        if (day > DateTime.DaysInMonth(2024, month))
        {
            return false;
        }
        if (TryYear(tokens, next, out var year))
        {
            if (day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }
            date = new DateOnly(year, month, day);
            end = next + 1;
            return true;
        }
        date = Resolve(day, month, today, context);
        end = next;
        return true;
    }

    /// <summary>"5/12", "05/12/2022", "5/12/22", "05.12.2022".</summary>
    private static bool TryNumeric(ReadOnlySpan<Token> tokens, int i, DateOnly today, RecognizerContext context, out DateOnly date, out int end)
    {
        date = default;
        end = i;
        if (i >= tokens.Length)
        {
            return false;
        }
        var text = tokens[i].Text;
        var separator = text.Contains('/') ? '/' : text.Count(c => c == '.') == 2 ? '.' : '\0';
        if (separator == '\0')
        {
            return false;
        }
        var parts = text.Split(separator);
        if (parts.Length is < 2 or > 3 || !int.TryParse(parts[0], out var day) || !int.TryParse(parts[1], out var month)
            || month is < 1 or > 12 || day < 1 || parts[0].Length > 2 || parts[1].Length > 2)
        {
            return false;
        }
        if (parts.Length == 3)
        {
            if (!int.TryParse(parts[2], out var year) || parts[2].Length is not (2 or 4))
            {
                return false;
            }
            year = year < 100 ? 2000 + year : year;
            if (year is < 1900 or > 2200 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }
            date = new DateOnly(year, month, day);
        }
        else
        {
            if (day > DateTime.DaysInMonth(2024, month))
            {
                return false;
            }
            date = Resolve(day, month, today, context);
        }
        end = i + 1;
        return true;
    }

    /// <summary>A day of the month: "5", "05", "1er", "2e", "5th", "cinq".</summary>
    private bool TryDayNumber(ReadOnlySpan<Token> tokens, int i, out int day, out int length)
    {
        day = 0;
        length = 0;
        if (i >= tokens.Length)
        {
            return false;
        }
        var text = tokens[i].Text;
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }
        if (digits is 1 or 2)
        {
            var suffix = text[digits..];
            if (suffix is "" or "er" or "ere" or "e" or "eme" or "st" or "nd" or "rd" or "th")
            {
                day = int.Parse(text.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture);
                length = 1;
                return day is >= 1 and <= 31;
            }
            return false;
        }
        if (digits == 0 && numbers.TryParse(tokens, i, allowArticle: false, out var value, out length)
            && value is >= 1 and <= 31 && value == Math.Floor(value))
        {
            day = (int)value;
            return true;
        }
        return false;
    }

    private static bool TryYear(ReadOnlySpan<Token> tokens, int i, out int year)
    {
        year = 0;
        return i < tokens.Length && tokens[i].Text.Length == 4 && int.TryParse(tokens[i].Text, out year) && year is >= 1900 and <= 2200;
    }

    /// <summary>"2022-2023", "2022/2023", "2022-23".</summary>
    private static bool TryAcademicYear(ReadOnlySpan<Token> tokens, int i, out int startYear, out int end)
    {
        end = i;
        startYear = 0;
        var text = tokens[i].Text;
        if (text.Length == 9 && text[4] == '/' && int.TryParse(text.AsSpan(0, 4), out startYear)
            && int.TryParse(text.AsSpan(5), out var second) && second == startYear + 1 && startYear is >= 1900 and <= 2200)
        {
            end = i + 1;
            return true;
        }
        if (TryYear(tokens, i, out startYear) && i + 1 < tokens.Length && int.TryParse(tokens[i + 1].Text, out var next)
            && (next == startYear + 1 || (tokens[i + 1].Text.Length == 2 && next == (startYear + 1) % 100)))
        {
            end = i + 2;
            return true;
        }
        return false;
    }

    private static bool IsYearPreposition(string word) =>
        word is "en" or "in" or "annee" or "year" or "pour" or "for" or "de" or "depuis" or "since" or "of" or "l";

    private static DateMention Day(DateOnly date, string text) => new(date, date, DateKind.Day, text);

    private static DateMention Relative(RelativeDate relative, DateOnly today, string text)
    {
        switch (relative.Unit)
        {
            case DateKind.Week:
                var monday = MondayOf(today).AddDays(7 * relative.Offset);
                return new DateMention(monday, monday.AddDays(6), DateKind.Week, text);
            case DateKind.Month:
                var first = new DateOnly(today.Year, today.Month, 1).AddMonths(relative.Offset);
                return new DateMention(first, first.AddMonths(1).AddDays(-1), DateKind.Month, text);
            case DateKind.Year:
                var year = today.Year + relative.Offset;
                return new DateMention(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DateKind.Year, text);
            default:
                var day = today.AddDays(relative.Offset);
                return new DateMention(day, day, DateKind.Day, text);
        }
    }

    private static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>direction 0: next occurrence, today included; 1: strictly after today; -1: strictly before.</summary>
    private static DateOnly Weekday(DateOnly today, int isoWeekday, int direction)
    {
        var todayIso = ((int)today.DayOfWeek + 6) % 7 + 1;
        var ahead = (isoWeekday - todayIso + 7) % 7;
        return direction switch
        {
            1 => today.AddDays(ahead == 0 ? 7 : ahead),
            -1 => today.AddDays(-((todayIso - isoWeekday + 7) % 7 is 0 ? 7 : (todayIso - isoWeekday + 7) % 7)),
            _ => today.AddDays(ahead),
        };
    }

    private static DateOnly? NextWithWeekdayAndDay(DateOnly today, int isoWeekday, int day)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        for (var k = 0; k < 24; k++, month = month.AddMonths(1))
        {
            if (day > DateTime.DaysInMonth(month.Year, month.Month))
            {
                continue;
            }
            var candidate = new DateOnly(month.Year, month.Month, day);
            if (candidate >= today && ((int)candidate.DayOfWeek + 6) % 7 + 1 == isoWeekday)
            {
                return candidate;
            }
        }
        return null;
    }

    private static DateOnly Resolve(int day, int month, DateOnly today, RecognizerContext context)
    {
        var year = InferYear(day, month, today, context, monthOnly: false);
        // 29 February of a year that has none: the next leap year.
        while (day > DateTime.DaysInMonth(year, month))
        {
            year++;
        }
        return new DateOnly(year, month, day);
    }

    /// <summary>The year of a day/month said without one.</summary>
    internal static int InferYear(int day, int month, DateOnly today, RecognizerContext context, bool monthOnly)
    {
        if (context.AcademicYearStart is int start)
        {
            return month >= context.AcademicYearFirstMonth ? start : start + 1;
        }
        if (monthOnly)
        {
            return month >= today.Month ? today.Year : today.Year + 1;
        }
        var thisYear = day <= DateTime.DaysInMonth(today.Year, month) ? new DateOnly(today.Year, month, day) : DateOnly.MaxValue;
        return thisYear >= today ? today.Year : today.Year + 1;
    }
}
