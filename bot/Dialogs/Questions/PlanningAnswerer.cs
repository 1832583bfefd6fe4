using Cnam.Bot.Calendar;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Model;
using Cnam.Bot.Knowledge.Queries;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>
/// Class days and hours: which UE on a date, first/last/all sessions of a UE, start and end of the courses,
/// holidays, welcome day, defences, the next class after the user's own "now", and the weekly hours.
/// Dates come from the plannings (LP110 Paris) and the key dates (La Réunion). This file answers from the class grids;
/// PlanningAnswerer.Events.cs has the plannings' events and breaks, PlanningAnswerer.KeyDates.cs what comes from the key
/// dates and the hours.
/// </summary>
public sealed partial class PlanningAnswerer(KnowledgeBase kb, AnsweringVocabulary words, ContactAnswerer contacts) : ITopicAnswerer
{
    private const int MaxListed = 40;

    /// <summary>The reason given when the UEs asked about have no session in any grid of the question.</summary>
    public const string NoUeSession = "planning-ue";

    private readonly StatementRanker _ranker = new(words);

    public IReadOnlyCollection<string> Intents { get; } = [Understanding.Intents.PlanningDates, Understanding.Intents.Hours];

    public TopicResult? Answer(string intent, Slots s)
    {
        if (intent == Understanding.Intents.Hours)
        {
            // "combien d'heures pour 6 crédits ?", "une UE, c'est combien d'heures ?": a UE's volume by its credits.
            var volumeAsked = s.Mentions(words.QuantityWords)
                && (s.Utterance.Entities.Credits.Count > 0 || s.UeCodes.Count == 0 && s.Mentions(words.UnitWords));
            return volumeAsked && CreditVolume(s) is { } volume ? volume : Hours(s);
        }
        if (s.Centre == "La Réunion")
        {
            return Reunion(s);
        }
        if (!s.CentreSaid && s.UeCodes.Count == 0 && s.Utterance.Entities.Dates.Count == 0 && s.Mentions(words.ExamNameWords))
        {
            // "les dates des examens ?": the Paris grids date classes, not exams. The licence's exam is its defence, which the
            // exams topic gives; for the others, only La Réunion's documents date the exams.
            if (s.Programme == "LP110" && s.Utterance.Has(Understanding.Intents.Exams))
            {
                return null;
            }
            if (s.Programme != "LP110" && Reunion(s with { Centre = "La Réunion" }) is Found reunion)
            {
                return new Found(s.L("Les documents du Cnam Paris ne donnent pas de dates d'examen ; ceux du Cnam La Réunion :",
                    "Cnam Paris's documents give no exam dates; Cnam La Réunion's:") + "\n" + reunion.Section.Text, reunion.Section.Sources);
            }
        }
        if (s.UeCodes.Count == 0 && (s.Mentions(words.RegistrationWords) || JoinsInAMonth(s)))
        {
            return RegistrationDates(s);
        }
        if (s.Programme is "CPN42" or "CP29")
        {
            var noGrid = s.L("Le planning détaillé (dates des cours) de cette formation à Paris n'est pas dans mes documents.",
                "The detailed timetable of this programme in Paris is not in my documents.");
            if (s.UeCodes.Count > 0 && !s.CentreSaid && UeSemesterAtReunion(s) is { } placed)
            {
                // "TET099 a lieu quand ?": whom to ask in Paris, and what La Réunion's documents say of when it is taught.
                var sources = new List<Provenance?>(placed.Section.Sources);
                return new Found(contacts.NotGivenAt("Paris", noGrid, s, sources) + "\n\n" + s.L("Au Cnam La Réunion :", "At Cnam La Réunion:")
                    + "\n" + placed.Section.Text, sources);
            }
            var hours = Hours(s);
            return new Missing(noGrid + (hours is Found f ? "\n" + f.Section.Text : ""), "planning-casp-paris");
        }
        var plannings = kb.Plannings("LP110", s.Parcours, s.Modality);
        if (s.UeCodes.Count > 0 && plannings.All(p => p.Sessions.Count == 0))
        {
            // "TRS103 a lieu quand ?" in the culture parcours, whose grid is empty: a common-core UE has its sessions in
            // the other parcours' grid.
            plannings = kb.Plannings("LP110", null, s.Modality);
        }
        if (plannings.Count == 0)
        {
            return new Missing(s.L("Je n'ai pas ce planning dans mes documents.", "I do not have this timetable in my documents."), "planning-none");
        }
        var empty = plannings.Where(p => p.Sessions.Count == 0).ToList();
        var usable = plannings.Where(p => p.Sessions.Count > 0).ToList();
        if (usable.Count == 0)
        {
            var reason = string.Join(" ", empty.SelectMany(p => p.Ambiguities).Select(a => a.What).Distinct().Take(1));
            return new Missing(s.L($"Le planning des cours de ce parcours ({Describe(empty[0], s)}) n'est pas dans mes documents : la grille publiée est vide. {reason} {HoursLine(empty[0], s)}".TrimEnd(),
                $"The timetable of this track ({Describe(empty[0], s)}) is not in my documents: the published grid is empty. {HoursLine(empty[0], s)}".TrimEnd()), "planning-empty");
        }
        if (s.Parcours is null && s.Modality is null)
        {
            // Without a parcours or modality, the culture parcours' empty grid would only add noise.
            plannings = usable;
        }
        return Dated(usable, s);
    }

    /// <summary>"est-ce que je peux commencer en février ?": whether one may join that month, not that month's classes.</summary>
    private bool JoinsInAMonth(Slots s) =>
        s.Mentions(words.PlanningStart) && words.AsksWhetherOneCan(s.Question) && !s.Mentions(words.WhenWords)
        && s.Utterance.Entities.Dates is [{ Kind: Understanding.DateKind.Month }];

    private TopicResult Dated(IReadOnlyList<Planning> plannings, Slots s)
    {
        var sources = plannings.Select(p => Provenance.Of(p, p.Centre)).ToList();
        var dates = s.Utterance.Entities.Dates;
        var parts = new List<string>();

        if (s.UeCodes.Count > 0)
        {
            string? replaced = null;
            foreach (var p in plannings)
            {
                var shown = UeAlternatives.InGrids(kb, s.UeCodes, [p]);
                foreach (var code in shown)
                {
                    var sessions = kb.Sessions(new SessionQuery(Programme: p.Programme, Parcours: p.Parcours.FirstOrDefault(), Modality: p.Modality, Ue: code))
                        .Where(x => x.Planning.Id == p.Id).ToList();
                    if (sessions.Count > 0)
                    {
                        replaced ??= UeAlternatives.Note(s.UeCodes, shown, s.Language);
                        parts.Add(UeSessions(code, sessions, p, s));
                    }
                }
            }
            if (replaced is not null)
            {
                // Said once, before the sessions shown in the UE's place.
                parts.Insert(0, replaced);
            }
            if (parts.Count == 0 && UeGrids.EmptyGridOf(kb, s.UeCodes, kb.Plannings("LP110", null, s.Modality)) is { } empty)
            {
                var codes = string.Join(", ", s.UeCodes);
                return new Missing(UeGrids.InAnEmptyGrid(codes, Describe(empty, s), s.Language), NoUeSession);
            }
            if (parts.Count == 0)
            {
                return new Missing(s.L($"Je ne trouve pas de séance de {string.Join(", ", s.UeCodes)} dans les plannings de mes documents.",
                    $"I find no session of {string.Join(", ", s.UeCodes)} in the timetables of my documents."), NoUeSession);
            }
        }
        else if (s.Mentions(words.WelcomeWords) || s.Mentions(words.DefenceWords) || s.Mentions(words.WorkshopWords) || s.Mentions(words.HolidayWords))
        {
            parts.AddRange(Events(plannings, s));
            if (parts.Count == 0)
            {
                // "la journée d'accueil en cours du soir": that grid shows none; say so, and show the other grids' ones.
                parts.Add(string.Join("\n", plannings.Select(p => s.L($"Le planning des {Describe(p, s)} ne mentionne pas cet événement.",
                    $"The {Describe(p, s)} timetable does not show this event."))));
                var others = kb.Plannings("LP110", null, null).Where(p => p.Sessions.Count > 0 && plannings.All(q => q.Id != p.Id)).ToList();
                parts.AddRange(Events(others, s));
                sources.AddRange(others.Select(p => Provenance.Of(p, p.Centre)));
            }
        }
        else if (dates.Count > 0 && !AsksStartOrEndAmongMonths(dates, s))
        {
            foreach (var d in dates.Take(3))
            {
                parts.Add(OnDates(plannings, d.Start, d.End, d.Text, s));
            }
        }
        else if (AsksNext(s))
        {
            parts.Add(Next(plannings, s));
        }
        else if (s.Mentions(words.PlanningStart) || s.Mentions(words.PlanningEnd))
        {
            foreach (var p in plannings)
            {
                var sessions = p.Sessions.OrderBy(x => x.Date).ToList();
                var line = $"{Format.Capitalize(Describe(p, s))}{s.Colon} ";
                if (s.Mentions(words.PlanningStart))
                {
                    var first = sessions[0];
                    line += s.L($"premier cours le **{Format.Day(first.Date, "fr")}** ({first.Ue})", $"first class on **{Format.Day(first.Date, "en")}** ({first.Ue})");
                    var welcome = p.Events.FirstOrDefault(e => e.Kind == "accueil");
                    if (welcome?.Date is { } w)
                    {
                        line += s.L($", précédé de la {welcome.Label?.ToLowerInvariant()} le {Format.Day(w, "fr")}", $", after the welcome day on {Format.Day(w, "en")}");
                    }
                }
                if (s.Mentions(words.PlanningEnd))
                {
                    var last = sessions[^1];
                    line += (s.Mentions(words.PlanningStart) ? " ; " : "") + s.L($"dernier cours le **{Format.Day(last.Date, "fr")}** ({last.Ue})", $"last class on **{Format.Day(last.Date, "en")}** ({last.Ue})");
                }
                parts.Add(line + ". " + HoursLine(p, s));
            }
        }
        else if (words.AsksWeekdays(s.Question))
        {
            parts.AddRange(plannings.Select(p => Weekdays(p, s, perWeek: words.AsksPerWeek(s.Question))));
        }
        else
        {
            foreach (var p in plannings)
            {
                var sessions = p.Sessions.OrderBy(x => x.Date).ToList();
                parts.Add(s.L($"{Format.Capitalize(Describe(p, s))} : {sessions.Count} séances du {Format.Day(sessions[0].Date, "fr")} au {Format.Day(sessions[^1].Date, "fr")}. {HoursLine(p, s)}",
                    $"{Format.Capitalize(Describe(p, s))}: {sessions.Count} sessions from {Format.Day(sessions[0].Date, "en")} to {Format.Day(sessions[^1].Date, "en")}. {HoursLine(p, s)}")
                    + Ambiguities(p, s));
            }
        }
        return new Found(string.Join("\n\n", parts), sources);
    }

    /// <summary>"Quand commence la formation, en septembre ou en octobre ?", "when does it start in 2022?": the start is asked.</summary>
    private bool AsksStartOrEndAmongMonths(IReadOnlyList<Understanding.DateMention> dates, Slots s) =>
        (s.Mentions(words.PlanningStart) || s.Mentions(words.PlanningEnd)) && s.Mentions(words.WhenWords)
        && dates.All(d => d.Kind is Understanding.DateKind.Month or Understanding.DateKind.Year or Understanding.DateKind.AcademicYear);

    private string UeSessions(string code, List<SessionInfo> sessions, Planning p, Slots s)
    {
        var title = sessions[0].Ue?.Title;
        var head = $"**{code}** {title} — {Describe(p, s)}";
        var today = DateOnly.FromDateTime(s.Now.DateTime);
        if (s.Mentions(words.PlanningNext))
        {
            var next = sessions.FirstOrDefault(x => x.Date >= today);
            return next is null
                ? head + s.L($" : plus de séance après le {Format.Day(today, "fr")} dans le planning {p.AcademicYear} (dernière le {Format.Day(sessions[^1].Date, "fr")}).",
                    $": no session after {Format.Day(today, "en")} in the {p.AcademicYear} timetable (last on {Format.Day(sessions[^1].Date, "en")}).")
                : head + s.L($" : prochaine séance le **{Format.Day(next.Date, "fr")}**", $": next session on **{Format.Day(next.Date, "en")}**") + AlsoPossible(next.Session, s) + ". " + HoursLine(p, s);
        }
        var remaining = s.Mentions(words.RemainingWords) && PlanningCalendar.Covers(p, today);
        if (remaining)
        {
            // "combien de séances de TRS103 il me reste ?": from the user's date on.
            var left = sessions.Where(x => x.Date >= today).ToList();
            if (left.Count == 0)
            {
                return head + s.L($" : plus aucune séance à partir du {Format.Day(today, "fr")} (la dernière était le {Format.Day(sessions[^1].Date, "fr")}).",
                    $": no session left from {Format.Day(today, "en")} (the last one was on {Format.Day(sessions[^1].Date, "en")}).");
            }
            sessions = left;
        }
        if (s.Mentions(words.PlanningStart) && !s.Mentions(words.PlanningAll))
        {
            return head + s.L($" : première séance le **{Format.Day(sessions[0].Date, "fr")}**", $": first session on **{Format.Day(sessions[0].Date, "en")}**") + AlsoPossible(sessions[0].Session, s);
        }
        if (s.Mentions(words.PlanningEnd) && !s.Mentions(words.PlanningAll))
        {
            return head + s.L($" : dernière séance le **{Format.Day(sessions[^1].Date, "fr")}**", $": last session on **{Format.Day(sessions[^1].Date, "en")}**") + AlsoPossible(sessions[^1].Session, s);
        }
        var list = string.Join(", ", sessions.Select(x => Format.ShortDay(x.Date, s.Language) + " " + x.Date.Year + AlsoPossible(x.Session, s)));
        var weekdays = sessions.Select(x => x.Date.DayOfWeek).Distinct().ToList();
        if (weekdays.Count == 1)
        {
            var day = Format.Weekday(sessions[0].Date, s.Language);
            head += s.L($" — toujours le **{day}**", $" — always on **{day}**");
        }
        var count = remaining
            ? s.L($"il reste {sessions.Count} séance{(sessions.Count > 1 ? "s" : "")} à partir du {Format.Day(today, "fr")}",
                $"{sessions.Count} session{(sessions.Count > 1 ? "s" : "")} left from {Format.Day(today, "en")}")
            : s.L($"{sessions.Count} séance{(sessions.Count > 1 ? "s" : "")}", $"{sessions.Count} session{(sessions.Count > 1 ? "s" : "")}");
        return head + s.L($" : {count} — {list}. {HoursLine(p, s)}", $": {count} — {list}. {HoursLine(p, s)}");
    }

    private string OnDates(IReadOnlyList<Planning> plannings, DateOnly from, DateOnly to, string said, Slots s)
    {
        var note = "";
        var inGrid = plannings.Any(p => PlanningCalendar.Covers(p, from) || PlanningCalendar.Covers(p, to));
        if (inGrid && from == to && Format.NamesWeekdayOnly(said, from) && Format.AsksEveryWeekday(s.Question, from))
        {
            // "combien de samedis ?", "y a-t-il cours le samedi ?": that weekday every week, not the next one.
            return OnWeekday(plannings, from, s, inGrid: true);
        }
        if (!inGrid)
        {
            var yearStart = PlanningCalendar.AcademicYearStart(plannings[0]);
            if (yearStart is null || said.Any(char.IsDigit) && YearWritten(said))
            {
                return OtherYear(plannings, s);
            }
            if (from == to && Format.NamesWeekdayOnly(said, from))
            {
                // "le samedi" in a year the documents have no grid for: which of the grid's days fall on that weekday,
                // never the same day of the month in the grid's year (another weekday).
                return OnWeekday(plannings, from, s, inGrid: false);
            }
            // A day said without its year ("le 11 novembre"): what the only planning we have says for that day.
            (from, to) = (PlanningCalendar.IntoYear(from, yearStart.Value), PlanningCalendar.IntoYear(to, yearStart.Value));
            note = OnlyGridNote(plannings, s);
        }
        // The day as a date, not as typed ("5 decembre 2022" after folding, "demain").
        said = from == to ? Format.Day(from, s.Language) : $"{Format.Day(from, s.Language)} → {Format.Day(to, s.Language)}";
        var lines = new List<string>();
        foreach (var p in plannings)
        {
            var sessions = p.Sessions.Where(x => x.Date >= from && x.Date <= to).OrderBy(x => x.Date).Take(MaxListed)
                .Select(x => (x.Date, Text: $"{Format.Day(x.Date, s.Language)}{s.Colon} {x.Ue} {kb.GetUe(x.Ue)?.Title}{AlsoPossible(x, s)}"));
            var events = p.Events.Where(e => e.Date is { } d && d >= from && d <= to)
                .Select(e => (Date: e.Date!.Value, Text: $"{Format.Day(e.Date!.Value, s.Language)}{s.Colon} {e.Label}"));
            // In date order (the text of a day starts with its weekday, so ordering the text would not be).
            var all = sessions.Concat(events).OrderBy(x => x.Date).Select(x => x.Text).ToList();
            lines.Add(all.Count == 0
                ? s.L($"{Format.Capitalize(Describe(p, s))} : pas de cours ({said}).", $"{Format.Capitalize(Describe(p, s))}: no class ({said}).")
                : $"{Format.Capitalize(Describe(p, s))} ({said}){s.Colon}\n" + Topics.Bullets(all) + "\n" + HoursLine(p, s));
        }
        return note + string.Join("\n\n", lines);
    }

    /// <summary>
    /// "Quels jours ont lieu les cours du soir ?": the grid's class days counted by weekday, and the hours; asked per week
    /// ("combien de soirs par semaine ?"), how many class days its weeks have.
    /// </summary>
    private static string Weekdays(Planning p, Slots s, bool perWeek)
    {
        var days = PlanningCalendar.ClassDates(p);
        var byWeekday = days.GroupBy(d => d.DayOfWeek).OrderBy(g => ((int)g.Key + 6) % 7)
            .Select(g => s.L($"le {Format.Weekday(g.First(), "fr")} ({g.Count()})", $"{Format.Weekday(g.First(), "en")} ({g.Count()})"));
        return s.L($"{Format.Capitalize(Describe(p, s))} : cours {string.Join(", ", byWeekday)} (nombre de jours de cours dans la grille).",
            $"{Format.Capitalize(Describe(p, s))}: classes on {string.Join(", ", byWeekday)} (class days in the grid).")
            + (perWeek && days.Count > 0 ? s.L(" Soit ", " That is ") + Format.DaysPerWeek(days, s.Language) + "." : "") + " " + HoursLine(p, s);
    }

    /// <summary>
    /// The grid's sessions on the weekday of <paramref name="day"/>: how many, from when to when, and the hours; out of the
    /// grid's year (<paramref name="inGrid"/> false), said to be the grid's.
    /// </summary>
    private string OnWeekday(IReadOnlyList<Planning> plannings, DateOnly day, Slots s, bool inGrid)
    {
        var lines = new List<string>();
        foreach (var p in plannings)
        {
            var dates = PlanningCalendar.ClassDates(p).Where(d => d.DayOfWeek == day.DayOfWeek).ToList();
            lines.Add(Format.WeekdaySessions(Describe(p, s), day, dates, s.Language) + " " + HoursLine(p, s));
        }
        // "y a-t-il cours le samedi ?": a parcours whose grid is empty may still announce Saturday hours.
        lines.AddRange(Format.SaturdayHoursOfEmptyGrids(kb.Plannings("LP110", s.Parcours, s.Modality), day, p => Describe(p, s), s.Language));
        return (inGrid ? "" : OnlyGridNote(plannings, s)) + string.Join("\n\n", lines);
    }

    /// <summary>What is said before the only grid's dates when the user's year has none.</summary>
    private static string OnlyGridNote(IReadOnlyList<Planning> plannings, Slots s) =>
        s.L($"Mes documents ne contiennent que le planning {plannings[0].AcademicYear} ; voici ce qu'il prévoit.\n",
            $"My documents only hold the {plannings[0].AcademicYear} timetable; here is what it says.\n");


    private static bool YearWritten(string text) => text.Split(' ', '/', '-', '.').Any(w => w.Length == 4 && w.All(char.IsDigit) || w.Length == 2 && w.All(char.IsDigit) && text.Count(c => c == '/') >= 2);

    private string Next(IReadOnlyList<Planning> plannings, Slots s)
    {
        var lines = new List<string>();
        foreach (var p in plannings)
        {
            var next = NextSession(p, s);
            if (next is null)
            {
                return OtherYear(plannings, s);
            }
            var after = s.AfterDay is { } day ? s.L($"après le {Format.Day(day, "fr")}, ", $"after {Format.Day(day, "en")}, ") : "";
            lines.Add(s.L($"{Format.Capitalize(Describe(p, s))} : {after}prochain cours le **{Format.Day(next.Date, "fr")}** — {next.Ue} {kb.GetUe(next.Ue)?.Title}. {HoursLine(p, s)}",
                $"{Format.Capitalize(Describe(p, s))}: {after}next class on **{Format.Day(next.Date, "en")}** — {next.Ue} {kb.GetUe(next.Ue)?.Title}. {HoursLine(p, s)}"));
        }
        return string.Join("\n", lines);
    }

    /// <summary>"prochain cours ?", or "et le suivant ?" / "et après ?" after the classes of a day.</summary>
    private bool AsksNext(Slots s) => s.Mentions(words.PlanningNext) || s.AfterDay is not null && s.Mentions(words.AfterWords);

    /// <summary>The first session from today on, or after the day a follow-up continues from.</summary>
    private static Session? NextSession(Planning p, Slots s)
    {
        var from = s.AfterDay?.AddDays(1) ?? DateOnly.FromDateTime(s.Now.DateTime);
        return p.Sessions.Where(x => x.Date >= from).OrderBy(x => x.Date).FirstOrDefault();
    }

    /// <summary>
    /// The day a planning answer was about: the one day the question named, or the first of the next classes it gave
    /// (Paris grids; a UE's own sessions are not a day of the grid). Null for any other answer.
    /// </summary>
    public DateOnly? DayAnswered(Slots s)
    {
        if (s.Utterance.Entities.Dates is [{ Kind: Understanding.DateKind.Day } day])
        {
            return day.Start;
        }
        if (s.UeCodes.Count > 0 || s.Centre == "La Réunion" || s.Programme is "CPN42" or "CP29" || !AsksNext(s))
        {
            return null;
        }
        return kb.Plannings("LP110", s.Parcours, s.Modality).Select(p => NextSession(p, s)?.Date).Min();
    }

    private static string OtherYear(IReadOnlyList<Planning> plannings, Slots s)
    {
        var years = string.Join(", ", plannings.Select(p => p.AcademicYear).Distinct());
        return s.L($"Mes documents ne contiennent que le planning {years} ; je n'ai pas les dates pour la période demandée.",
            $"My documents only hold the {years} timetable; I do not have the dates for that period.");
    }

    private static string HoursLine(Planning p, Slots s) =>
        p.Hours?.Weekdays is null ? "" :
        s.L($"Horaire : {p.Hours.Weekdays}{(p.Hours.Saturday is null ? "" : $" (samedi : {p.Hours.Saturday})")}.",
            $"Hours: {p.Hours.Weekdays}{(p.Hours.Saturday is null ? "" : $" (Saturday: {p.Hours.Saturday})")}.");

    private static string Describe(Planning p, Slots s)
    {
        var parcours = p.Parcours.Contains("insertion-culture")
            ? s.L("parcours insertion par la culture", "integration through culture track")
            : s.L("parcours insertion professionnelle", "professional integration track");
        return s.L($"{Format.Modality(p.Modality, "fr")} {p.AcademicYear} ({p.Programme}, {parcours})", $"{Format.Modality(p.Modality, "en")} {p.AcademicYear} ({p.Programme}, {parcours})");
    }

    private static string AlsoPossible(Session session, Slots s) =>
        session.AlsoPossible.Count == 0 ? "" :
        s.L($" (la grille imprimée est ambiguë : peut-être le {string.Join(" ou ", session.AlsoPossible.Select(d => Format.Day(d, "fr")))})",
            $" (the printed grid is ambiguous: possibly {string.Join(" or ", session.AlsoPossible.Select(d => Format.Day(d, "en")))})");

    private static string Ambiguities(Planning p, Slots s) =>
        p.Ambiguities.Count == 0 ? "" : s.L("\n_Note : la grille source comporte des cases ambiguës, signalées dans les dates concernées._", "\n_Note: some cells of the source grid are ambiguous; they are flagged on the dates concerned._");

}
