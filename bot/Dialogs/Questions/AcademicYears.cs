using System.Globalization;
using System.Text.RegularExpressions;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>The year a question asks about ("les tarifs 2027", "l'année prochaine"), and whether a record's year fits it.</summary>
public static partial class AcademicYears
{
    /// <summary>
    /// The academic year the question asks about: a year it writes ("2026-2027", "en 2025") or a relative one
    /// ("l'année prochaine"), as the first year of the academic year; null for none.
    /// </summary>
    private static int? Asked(Slots s)
    {
        var since = new HashSet<int>();
        foreach (Match match in YearPattern().Matches(s.Question))
        {
            var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            // "je suis demandeur d'emploi depuis 2019, combien coûte la licence ?": since when, not the year asked.
            if (!Knowledge.Text.FrenchText.Words(s.Question[..match.Index]).TakeLast(SinceReach).Any(AnsweringVocabulary.Default.SinceWords.Contains))
            {
                return year;
            }
            since.Add(year);
        }
        // "l'année prochaine" (a calendar year) means the academic year that starts in it.
        var period = s.Utterance.Entities.Dates.FirstOrDefault(d => d.Kind is Understanding.DateKind.Year or Understanding.DateKind.AcademicYear
            && !since.Contains(d.Start.Year));
        return period?.Start.Year;
    }

    /// <summary>How many words before a year a "depuis" makes it a start ("depuis le 3 mars 2024").</summary>
    private const int SinceReach = 4;

    /// <summary>
    /// A record valid for <paramref name="validFor"/> ("2016-2017") answers for the year asked: a year written in the question
    /// may be either end ("2017" is in 2016-2017); a year read from words ("l'année prochaine") is the academic year's start.
    /// </summary>
    private static bool Fits(string? validFor, int year, Slots s)
    {
        var said = year.ToString(CultureInfo.InvariantCulture);
        return validFor is not null && (validFor.StartsWith(said, StringComparison.Ordinal)
            || YearPattern().IsMatch(s.Question) && validFor.EndsWith(said, StringComparison.Ordinal));
    }

    /// <summary>
    /// The year asked when none of <paramref name="validFor"/> (the years the records at hand hold for) answers for it ("les
    /// inscriptions pour 2027 ?" against 2016-2017), so that their year is said first; null when no year is asked or one fits.
    /// </summary>
    public static int? Uncovered(Slots s, IEnumerable<string?> validFor) =>
        Asked(s) is { } year && !validFor.Any(v => Fits(v, year, s)) ? year : null;

    [GeneratedRegex(@"\b(20\d\d)\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();
}
