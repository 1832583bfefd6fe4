using Cnam.Bot.Calendar;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Model;
using Cnam.Bot.Knowledge.Queries;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>
/// Class days and hours: which UE on a date, first/last/all sessions of a UE, start and end of the courses,
/// holidays, welcome day, defences, the next class after the user's own "now", and the weekly hours.
/// Dates come from the plannings (LP110 Paris) and the key dates (La Réunion).
/// </summary>
public sealed class PlanningAnswerer(KnowledgeBase kb, AnsweringVocabulary words) : ITopicAnswerer
{
    private const int MaxListed = 40;

    private readonly StatementRanker _ranker = new(words);

    public IReadOnlyCollection<string> Intents { get; } = [Understanding.Intents.PlanningDates, Understanding.Intents.Hours];

    public TopicResult? Answer(string intent, Slots s)
    {
        if (intent == Understanding.Intents.Hours)
        {
            return s.Utterance.Entities.Credits.Count > 0 && s.Mentions(words.QuantityWords) && CreditVolume(s) is { } volume ? volume : Hours(s);
        }
        if (s.Centre == "La Réunion")
        {
            return Reunion(s);
        }
        if (s.Mentions(words.RegistrationWords) && s.UeCodes.Count == 0)
        {
            return RegistrationDates(s);
        }
        if (s.Programme is "CPN42" or "CP29")
        {
            var hours = Hours(s);
            return new Missing(s.L("Le planning détaillé (dates des cours) de cette formation à Paris n'est pas dans mes documents.",
                "The detailed timetable of this programme in Paris is not in my documents.")
                + (hours is Found f ? "\n" + f.Section.Text : ""), "planning-casp-paris");
        }
        var plannings = kb.Plannings("LP110", s.Parcours, s.Modality);
        if (plannings.Count == 0)
        {
            return new Missing(s.L("Je n'ai pas ce planning dans mes documents.", "I do not have this timetable in my documents."), "planning-none");
        }
        var empty = plannings.Where(p => p.Sessions.Count == 0).ToList();
        var usable = plannings.Where(p => p.Sessions.Count > 0).ToList();
        if (usable.Count == 0)
        {
            var reason = string.Join(" ", empty.SelectMany(p => p.Ambiguities).Select(a => a.What).Distinct().Take(1));
            return new Missing(s.L($"Le planning des cours de ce parcours ({Describe(empty[0], s)}) n'est pas dans mes documents : la grille publiée est vide. {reason}",
                $"The timetable of this track ({Describe(empty[0], s)}) is not in my documents: the published grid is empty."), "planning-empty");
        }
        if (s.Parcours is null && s.Modality is null)
        {
            // Without a parcours or modality, the culture parcours' empty grid would only add noise.
            plannings = usable;
        }
        return Dated(usable, s);
    }

    private TopicResult Dated(IReadOnlyList<Planning> plannings, Slots s)
    {
        var sources = plannings.Select(p => Provenance.Of(p, p.Centre)).ToList();
        var dates = s.Utterance.Entities.Dates;
        var parts = new List<string>();

        if (s.UeCodes.Count > 0)
        {
            foreach (var p in plannings)
            {
                foreach (var code in UeAlternatives.InGrids(kb, s.UeCodes, [p]))
                {
                    var sessions = kb.Sessions(new SessionQuery(Programme: p.Programme, Parcours: p.Parcours.FirstOrDefault(), Modality: p.Modality, Ue: code))
                        .Where(x => x.Planning.Id == p.Id).ToList();
                    if (sessions.Count > 0)
                    {
                        parts.Add(UeSessions(code, sessions, p, s));
                    }
                }
            }
            if (parts.Count == 0)
            {
                return new Missing(s.L($"Je ne trouve pas de séance de {string.Join(", ", s.UeCodes)} dans les plannings de mes documents.",
                    $"I find no session of {string.Join(", ", s.UeCodes)} in the timetables of my documents."), "planning-ue");
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
        else if (s.Mentions(words.PlanningNext))
        {
            parts.Add(Next(plannings, s));
        }
        else if (s.Mentions(words.PlanningStart) || s.Mentions(words.PlanningEnd))
        {
            foreach (var p in plannings)
            {
                var sessions = p.Sessions.OrderBy(x => x.Date).ToList();
                var line = $"{Format.Capitalize(Describe(p, s))} : ";
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
            parts.AddRange(plannings.Select(p => Weekdays(p, s)));
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
                + $" : {e.Label}{(e.Note is null ? "" : $" ({e.Note})")}").ToList();
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
            yield return $"{Format.Capitalize(Describe(p, s))} :\n" + Topics.Bullets(lines);
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

    private string OnDates(IReadOnlyList<Planning> plannings, DateOnly from, DateOnly to, string said, Slots s)
    {
        var note = "";
        if (!plannings.Any(p => PlanningCalendar.Covers(p, from) || PlanningCalendar.Covers(p, to)))
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
                return OnWeekday(plannings, from, s);
            }
            // A day said without its year ("le 11 novembre"): what the only planning we have says for that day.
            (from, to) = (PlanningCalendar.IntoYear(from, yearStart.Value), PlanningCalendar.IntoYear(to, yearStart.Value));
            note = s.L($"Mes documents ne contiennent que le planning {plannings[0].AcademicYear} ; voici ce qu'il prévoit.\n",
                $"My documents only hold the {plannings[0].AcademicYear} timetable; here is what it says.\n");
        }
        // The day as a date, not as typed ("5 decembre 2022" after folding, "demain").
        said = from == to ? Format.Day(from, s.Language) : $"{Format.Day(from, s.Language)} → {Format.Day(to, s.Language)}";
        var lines = new List<string>();
        foreach (var p in plannings)
        {
            var sessions = p.Sessions.Where(x => x.Date >= from && x.Date <= to).OrderBy(x => x.Date).Take(MaxListed)
                .Select(x => (x.Date, Text: $"{Format.Day(x.Date, s.Language)} : {x.Ue} {kb.GetUe(x.Ue)?.Title}{AlsoPossible(x, s)}"));
            var events = p.Events.Where(e => e.Date is { } d && d >= from && d <= to)
                .Select(e => (Date: e.Date!.Value, Text: $"{Format.Day(e.Date!.Value, s.Language)} : {e.Label}"));
            // In date order (the text of a day starts with its weekday, so ordering the text would not be).
            var all = sessions.Concat(events).OrderBy(x => x.Date).Select(x => x.Text).ToList();
            lines.Add(all.Count == 0
                ? s.L($"{Format.Capitalize(Describe(p, s))} : pas de cours ({said}).", $"{Format.Capitalize(Describe(p, s))}: no class ({said}).")
                : $"{Format.Capitalize(Describe(p, s))} ({said}) :\n" + Topics.Bullets(all) + "\n" + HoursLine(p, s));
        }
        return note + string.Join("\n\n", lines);
    }

    /// <summary>"Quels jours ont lieu les cours du soir ?": the grid's class days counted by weekday, and the hours.</summary>
    private static string Weekdays(Planning p, Slots s)
    {
        var days = PlanningCalendar.ClassDays([p]).Select(d => d.Session.Date).Distinct().ToList();
        var byWeekday = days.GroupBy(d => d.DayOfWeek).OrderBy(g => ((int)g.Key + 6) % 7)
            .Select(g => s.L($"le {Format.Weekday(g.First(), "fr")} ({g.Count()})", $"{Format.Weekday(g.First(), "en")} ({g.Count()})"));
        return s.L($"{Format.Capitalize(Describe(p, s))} : cours {string.Join(", ", byWeekday)} (nombre de jours de cours dans la grille). {HoursLine(p, s)}",
            $"{Format.Capitalize(Describe(p, s))}: classes on {string.Join(", ", byWeekday)} (class days in the grid). {HoursLine(p, s)}");
    }

    /// <summary>The grid's sessions on the weekday of <paramref name="day"/>: how many, from when to when, and the hours.</summary>
    private static string OnWeekday(IReadOnlyList<Planning> plannings, DateOnly day, Slots s)
    {
        var lines = new List<string>();
        foreach (var p in plannings)
        {
            var dates = PlanningCalendar.ClassDays([p]).Select(d => d.Session.Date).Where(d => d.DayOfWeek == day.DayOfWeek).ToList();
            lines.Add(Format.WeekdaySessions(Describe(p, s), day, dates, s.Language) + " " + HoursLine(p, s));
        }
        return s.L($"Mes documents ne contiennent que le planning {plannings[0].AcademicYear} ; voici ce qu'il prévoit.\n",
            $"My documents only hold the {plannings[0].AcademicYear} timetable; here is what it says.\n") + string.Join("\n\n", lines);
    }


    private static bool YearWritten(string text) => text.Split(' ', '/', '-', '.').Any(w => w.Length == 4 && w.All(char.IsDigit) || w.Length == 2 && w.All(char.IsDigit) && text.Count(c => c == '/') >= 2);

    private string Next(IReadOnlyList<Planning> plannings, Slots s)
    {
        var today = DateOnly.FromDateTime(s.Now.DateTime);
        var lines = new List<string>();
        foreach (var p in plannings)
        {
            var next = p.Sessions.Where(x => x.Date >= today).OrderBy(x => x.Date).FirstOrDefault();
            if (next is null)
            {
                return OtherYear(plannings, s);
            }
            lines.Add(s.L($"{Format.Capitalize(Describe(p, s))} : prochain cours le **{Format.Day(next.Date, "fr")}** — {next.Ue} {kb.GetUe(next.Ue)?.Title}. {HoursLine(p, s)}",
                $"{Format.Capitalize(Describe(p, s))}: next class on **{Format.Day(next.Date, "en")}** — {next.Ue} {kb.GetUe(next.Ue)?.Title}. {HoursLine(p, s)}"));
        }
        return string.Join("\n", lines);
    }

    private static string OtherYear(IReadOnlyList<Planning> plannings, Slots s)
    {
        var years = string.Join(", ", plannings.Select(p => p.AcademicYear).Distinct());
        return s.L($"Mes documents ne contiennent que le planning {years} ; je n'ai pas les dates pour la période demandée.",
            $"My documents only hold the {years} timetable; I do not have the dates for that period.");
    }

    /// <summary>
    /// "Quand ouvrent les inscriptions ?" outside La Réunion: the Paris documents give no registration dates, only how
    /// to get in touch (open days, information meetings); La Réunion's registration dates too when no centre was named.
    /// </summary>
    private TopicResult RegistrationDates(Slots s)
    {
        var parts = new List<string>();
        var sources = new List<Provenance?>();
        // The Paris information sheets of the programme (the CP29's is the titre's, whose first UE it is), or all of them.
        var sheets = kb.Registration("Paris", s.Programme == "CP29" ? "CPN42" : s.Programme, "information");
        var paris = s.L("Mes documents ne donnent pas de dates d'inscription au Cnam Paris ; ils disent :", "My documents give no registration dates at Cnam Paris; they say:");
        var lines = new List<string>();
        foreach (var sheet in sheets)
        {
            lines.Add($"{Format.ProgrammeShort(sheet.Programme)} : {sheet.Items.FirstOrDefault() ?? sheet.Text}");
            sources.Add(Provenance.Of(sheet, sheet.Centre));
        }
        if (lines.Count > 0)
        {
            parts.Add(paris + "\n" + Topics.Bullets(lines));
        }
        if (!s.CentreSaid && s.Programme is not "LP110")
        {
            var dates = kb.KeyDates("La Réunion").Where(k => Knowledge.Text.FrenchText.Words(k.Label).Any(words.RegistrationWords.Contains)).ToList();
            if (dates.Count > 0)
            {
                parts.Add(s.L($"Cnam La Réunion ({dates[0].ValidFor}) :", $"Cnam La Réunion ({dates[0].ValidFor}):") + "\n" + Topics.Bullets(dates.Select(d => d.Label)));
                sources.AddRange(dates.Select(d => Provenance.Of(d, "La Réunion")));
            }
        }
        return parts.Count == 0
            ? new Missing(s.L("Mes documents ne donnent pas de dates d'inscription pour cette formation.", "My documents give no registration dates for this programme."), "registration-dates")
            : new Found(string.Join("\n\n", parts), sources);
    }

    private TopicResult Reunion(Slots s)
    {
        var keyDates = kb.KeyDates("La Réunion");
        var schedule = kb.Programmes(s.Programme ?? "CPN42", "La Réunion").FirstOrDefault();
        // "le second semestre": that semester's dates and the year-long ones, not the other semester's.
        var semester = words.Semester(s.Question);
        var statements = keyDates.Where(k => semester is null || k.Semester is null || k.Semester == semester)
            .Select(k => new Statement($"{k.Label}", Provenance.Of(k, "La Réunion"))).ToList();
        var picked = _ranker.Rank(s.Question, statements, top: 4, fallback: statements.Count);
        var text = s.L($"Calendrier prévisionnel {keyDates.FirstOrDefault()?.ValidFor}, Cnam La Réunion :", $"Provisional calendar {keyDates.FirstOrDefault()?.ValidFor}, Cnam La Réunion:")
            + "\n" + Topics.Bullets(picked.Select(p => p.Text));
        var weekly = schedule?.Modalities.FirstOrDefault(m => m.Id == "soir");
        if (weekly is not null)
        {
            text += "\n" + s.L($"Les cours ont lieu {weekly.Schedule}.", $"Classes take place {weekly.Schedule} (du lundi au vendredi = Monday to Friday).");
        }
        return new Found(text, picked.Select(p => p.Source).Append(Provenance.Of(schedule, "La Réunion")));
    }

    /// <summary>"combien d'heures pour une UE de 6 crédits": the documents' credits-to-hours correspondence.</summary>
    private Found? CreditVolume(Slots s)
    {
        var table = kb.CreditHours();
        var asked = table.Where(c => s.Utterance.Entities.Credits.Contains(c.Credits)).ToList();
        if (table.Count == 0)
        {
            return null;
        }
        var lines = (asked.Count > 0 ? asked : table).Select(c => s.L($"{c.Credits} crédits = **{c.Hours} h** de cours", $"{c.Credits} credits = **{c.Hours} h** of classes"));
        var note = asked.Count > 0 ? "" : "\n" + s.L("Mes documents ne donnent la correspondance que pour ces valeurs.", "My documents give the correspondence for these values only.");
        return new Found(s.L("Volume horaire d'une UE selon ses crédits :", "Class hours of a UE by its credits:") + "\n" + Topics.Bullets(lines) + note,
            table.Select(c => Provenance.Of(c)));
    }

    private TopicResult Hours(Slots s)
    {
        var programme = s.Programme ?? "LP110";
        var programmes = kb.Programmes(programme, s.Centre);
        var lines = new List<string>();
        var sources = new List<Provenance?>();
        foreach (var p in programmes)
        {
            foreach (var m in p.Modalities.Where(m => m.Schedule is not null && (s.Modality is null || m.Id == s.Modality)))
            {
                lines.Add($"{m.Label} ({Format.ProgrammeShort(p.Code)}, {p.Centre}) : {m.Schedule}");
                sources.Add(Provenance.Of(p, p.Centre));
            }
        }
        if (lines.Count == 0)
        {
            return new Missing(s.L("Les horaires de cette formation ne sont pas dans mes documents.", "The class hours of this programme are not in my documents."), "hours");
        }
        return new Found(s.L("Horaires des cours :", "Class hours:") + "\n" + Topics.Bullets(lines.Distinct()), sources);
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
