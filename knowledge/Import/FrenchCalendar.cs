namespace Cnam.Bot.Knowledge.Import;

/// <summary>Weekday letters and month names as printed in the Cnam calendar grids.</summary>
public static class FrenchCalendar
{
    private static readonly string[] Letters = ["D", "L", "M", "M", "J", "V", "S"];
    private static readonly string[] Names = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];

    /// <summary>The grid letter of a date: L M M J V S D (Tuesday and Wednesday are both M).</summary>
    public static string Letter(DateOnly date) => Letters[(int)date.DayOfWeek];

    /// <summary>The French day name of a date ("lundi").</summary>
    public static string DayName(DateOnly date) => Names[(int)date.DayOfWeek];

    /// <summary>True when <paramref name="letter"/> is the grid letter of <paramref name="date"/>.</summary>
    public static bool Matches(DateOnly date, string letter) => string.Equals(Letter(date), letter, StringComparison.Ordinal);

    /// <summary>Month number of a grid header such as <c>oct.-22</c>, <c>févr.-23</c>, <c>mars-23</c>; 0 if unknown.</summary>
    public static int MonthOf(string abbreviation)
    {
        var folded = Text.FrenchText.Fold(abbreviation);
        string[] prefixes = ["janv", "fevr", "mars", "avr", "mai", "juin", "juil", "aout", "sept", "oct", "nov", "dec"];
        for (var i = 0; i < prefixes.Length; i++)
        {
            if (folded.StartsWith(prefixes[i], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }
        return 0;
    }
}
