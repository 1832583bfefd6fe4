using Cnam.Bot.Calendar;
using Cnam.Bot.Knowledge.Model;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>The plannings' events: holidays and the weeks without classes, the welcome day, defences, workshops.</summary>
public sealed partial class PlanningAnswerer
{
    private IEnumerable<string> Events(IReadOnlyList<Planning> plannings, Slots s)
    {
        var kinds = new List<string>();
        if (s.Mentions(words.WelcomeWords)) kinds.Add("accueil");
        if (s.Mentions(words.DefenceWords)) kinds.Add("soutenance");
        if (s.Mentions(words.WorkshopWords)) kinds.Add("atelier");
        if (s.Mentions(words.BreakWords)) kinds.Add("interruption");
        // "les vacances" are weeks: the public holidays only when asked for ("les jours fériés").
        if (s.Words.Any(w => words.HolidayWords.Contains(w) && !words.BreakWords.Contains(w))) kinds.Add("ferie");
        foreach (var p in plannings)
        {
            var periods = AskedPeriods(p, s);
            var events = p.Events.Where(e => kinds.Contains(e.Kind) && InPeriods(e.Date ?? e.From, e.Date ?? e.To, periods)).OrderBy(e => e.Date ?? e.From).ToList();
            var lines = events.Select(e => (e.Date is { } d ? Format.Day(d, s.Language) : $"{Format.Day(e.From!.Value, s.Language)} → {Format.Day(e.To!.Value, s.Language)}")
                + $"{s.Colon} {e.Label}{(e.Note is null ? "" : $" ({e.Note})")}").ToList();
            // Some events are only footnotes of sessions in the printed grid (e.g. the defence week, marked **).
            lines.AddRange(p.Sessions.Select(x => x.Note).OfType<string>().Distinct()
                .Where(n => kinds.Any(k => Knowledge.Text.FrenchText.Fold(n).Contains(k, StringComparison.Ordinal))));
            if (s.Mentions(words.BreakWords))
            {
                lines.AddRange(BreakLines(p, periods, s));
            }
            if (lines.Count == 0)
            {
                continue;
            }
            yield return Format.Capitalize(Describe(p, s)) + s.Colon + "\n" + Topics.Bullets(lines);
        }
    }

    /// <summary>
    /// The periods the question names ("en février", "à Noël"), moved into the planning's academic year when said
    /// without a year; null when it names none.
    /// </summary>
    private static List<(DateOnly From, DateOnly To)>? AskedPeriods(Planning p, Slots s)
    {
        var asked = s.Utterance.Entities.Dates.Where(d => d.Kind != Understanding.DateKind.Year && d.Kind != Understanding.DateKind.AcademicYear).ToList();
        if (asked.Count == 0 || PlanningCalendar.AcademicYearStart(p) is not { } start)
        {
            return null;
        }
        return asked.Select(d => PlanningCalendar.Covers(p, d.Start) || PlanningCalendar.Covers(p, d.End) ? (d.Start, d.End) : (PlanningCalendar.IntoYear(d.Start, start), PlanningCalendar.IntoYear(d.End, start))).ToList();
    }

    private static bool InPeriods(DateOnly? from, DateOnly? to, List<(DateOnly From, DateOnly To)>? periods) =>
        periods is null || from is null || periods.Any(x => from <= x.To && (to ?? from) >= x.From);

    /// <summary>
    /// "les vacances de février": the grid names no holidays, but its weeks without classes are the breaks: each gap
    /// of <see cref="MinBreakDays"/> days or more between two sessions, those of the period asked when there is one.
    /// The grid does not say what a gap is (holidays or, in the day classes, internship weeks): the answer says so.
    /// </summary>
    private static IEnumerable<string> BreakLines(Planning p, List<(DateOnly From, DateOnly To)>? periods, Slots s)
    {
        var breaks = Breaks(p).Where(b => InPeriods(b.From, b.To, periods)).ToList();
        if (breaks.Count == 0)
        {
            yield return s.L("aucune semaine sans cours dans le planning pour la période demandée", "no week without classes in the timetable for that period");
            yield break;
        }
        foreach (var (from, to) in breaks)
        {
            yield return s.L($"pas de cours du {Format.Day(from, "fr")} au {Format.Day(to, "fr")} (reprise le {Format.Day(to.AddDays(1), "fr")})",
                $"no classes from {Format.Day(from, "en")} to {Format.Day(to, "en")} (classes resume on {Format.Day(to.AddDays(1), "en")})");
        }
        yield return s.L("_Le planning ne nomme pas ces périodes (vacances, ou semaines de stage pour les cours du jour)._",
            "_The timetable does not name these periods (holidays, or internship weeks for the day classes)._");
    }

    private const int MinBreakDays = 7;

    /// <summary>The runs of <see cref="MinBreakDays"/> days or more without a session, between the first and the last.</summary>
    private static IEnumerable<(DateOnly From, DateOnly To)> Breaks(Planning p)
    {
        var days = p.Sessions.Select(x => x.Date).Distinct().Order().ToList();
        for (var i = 1; i < days.Count; i++)
        {
            if (days[i].DayNumber - days[i - 1].DayNumber - 1 >= MinBreakDays)
            {
                yield return (days[i - 1].AddDays(1), days[i].AddDays(-1));
            }
        }
    }
}
