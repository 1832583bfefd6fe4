using System.Text.RegularExpressions;

namespace Cnam.Bot.Calendar;

/// <summary>
/// The class hours a planning prints ("18h15 - 21h15", "9h30 - 17h", "10h - 16h") as times. A text that gives no
/// hours ("cours en journée") reads as null: the day is then a day without hours, never invented ones.
/// </summary>
public static partial class SessionHours
{
    [GeneratedRegex(@"(\d{1,2})\s*[hH:]\s*(\d{2})?\s*(?:-|–|à|a|to)\s*(\d{1,2})\s*[hH:]\s*(\d{2})?", RegexOptions.NonBacktracking)]
    private static partial Regex Range();

    public static (TimeOnly Start, TimeOnly End)? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var match = Range().Match(text);
        if (!match.Success)
        {
            return null;
        }
        var start = Time(match.Groups[1].Value, match.Groups[2].Value);
        var end = Time(match.Groups[3].Value, match.Groups[4].Value);
        return start is not null && end is not null && end > start ? (start.Value, end.Value) : null;
    }

    /// <summary>The hours of a class day of <paramref name="planning"/>: the Saturday line on Saturdays, else the weekday line.</summary>
    public static (TimeOnly Start, TimeOnly End)? Of(Knowledge.Model.Planning planning, DateOnly date) =>
        date.DayOfWeek == DayOfWeek.Saturday && planning.Hours?.Saturday is not null
            ? ParseKnown(planning.Hours.Saturday)
            : ParseKnown(planning.Hours?.Weekdays);

    // A planning's few hour lines were parsed again for every class day listed, every turn (a measurable share of a
    // schedule turn with the non-backtracking engine): remembered per text.
    private static readonly Knowledge.Text.BoundedMemo<(TimeOnly Start, TimeOnly End)?> Known = new(Parse);

    private static (TimeOnly Start, TimeOnly End)? ParseKnown(string? text) => text is null ? null : Known.Get(text);

    private static TimeOnly? Time(string hours, string minutes)
    {
        var h = int.Parse(hours, System.Globalization.CultureInfo.InvariantCulture);
        var m = minutes.Length == 0 ? 0 : int.Parse(minutes, System.Globalization.CultureInfo.InvariantCulture);
        return h is >= 0 and < 24 && m is >= 0 and < 60 ? new TimeOnly(h, m) : null;
    }
}
