using Cnam.Bot.Calendar;
using Cnam.Bot.Dialogs.Questions;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Model;

namespace Cnam.Bot.Dialogs.Schedules;

/// <summary>
/// Answers a <see cref="ScheduleRequest"/> from the plannings of the knowledge base, relative to the user's own
/// "now": the next classes, the class days of a period (with holidays and other non-class days), or the sessions
/// of a UE. When the user's date lies in an academic year whose planning the documents do not hold, it says so and
/// gives the contact instead of listing another year's dates as if they were theirs; a day said without its year
/// ("le 11 novembre") is read in the planning's year, clearly labelled.
/// </summary>
public sealed class ScheduleBuilder(KnowledgeBase kb, CalendarLinks links)
{
    public const int NextCount = 5;
    public const int MaxItemsPerSection = 40;

    public ScheduleView Build(ScheduleRequest request, string? modality, string? parcours, DateTimeOffset now, LearnerProfile? profile = null)
    {
        var r = request;
        var programme = r.Programme ?? profile?.Programme;
        var centre = r.Centre ?? profile?.Centre;
        var all = kb.Plannings(programme, parcours, modality, centre);
        if (all.Count == 0)
        {
            return new ScheduleView(ScheduleStatus.NoPlanning, L(r, "Planning", "Timetable"),
                L(r, "Je n'ai pas ce planning dans mes documents.", "I do not have this timetable in my documents."), [], Contacts(programme, centre), r);
        }
        var plannings = all.Where(p => p.Sessions.Count > 0).ToList();
        if (plannings.Count == 0)
        {
            var p = all[0];
            // The hours the document gives with the empty grid are still the planning's ("samedi : 10h - 16h").
            var hours = Section(p, r, []).Hours is { } h ? " " + h + "." : "";
            return new ScheduleView(ScheduleStatus.EmptyGrid, Capitalize(Describe(p, r)),
                L(r, $"La grille du planning {Describe(p, r)} est vide dans mes documents : je n'ai pas ces dates de cours et je ne veux pas les inventer.{hours}",
                    $"The grid of the {Describe(p, r)} timetable is empty in my documents: I do not have these class dates and will not make them up.{hours}"),
                [], Contacts(p.Programme, p.Centre), r);
        }

        var today = DateOnly.FromDateTime(now.DateTime);
        var userYear = Understanding.RecognizerContext.AcademicYearOf(now);
        string? replaced = null;
        if (r.UeCodes.Count > 0)
        {
            var asked = r.UeCodes;
            r = r with { UeCodes = UeAlternatives.InGrids(kb, r.UeCodes, plannings) };
            replaced = r.UeByTitle ? null : UeAlternatives.Note(asked, r.UeCodes, r.Language);
            if (!plannings.Any(p => p.Sessions.Any(x => r.UeCodes.Contains(x.Ue, StringComparer.OrdinalIgnoreCase))))
            {
                // "combien de séances reste-t-il pour CCE106 ?": its parcours has a planning whose grid is empty.
                if (UeGrids.EmptyGridOf(kb, r.UeCodes, all) is { } empty)
                {
                    var codes = string.Join(", ", r.UeCodes);
                    return new ScheduleView(ScheduleStatus.EmptyGrid, codes,
                        UeGrids.InAnEmptyGrid(codes, Describe(empty, r), r.Language)
                            + L(r, " Je ne veux pas les inventer.", " I will not make them up."),
                        [], Contacts(empty.Programme, empty.Centre), r);
                }
                // No grid holds this UE: say so, whatever the year (not "I do not have this year's timetable").
                return Sessions(r, plannings, userYear, today);
            }
        }
        var years = string.Join(", ", plannings.Select(p => p.AcademicYear).Distinct());
        var otherYear = new ScheduleView(ScheduleStatus.OtherYear, L(r, "Planning " + years, years + " timetable"),
            L(r, $"Le planning chargé dans mes documents est celui de {years} ; votre date ({Format.Day(today, "fr")}) est dans l'année {userYear}-{userYear + 1}, dont je n'ai pas le planning. Je préfère ne pas vous donner les dates d'une autre année comme si c'étaient les vôtres : demandez le planning de cette année à la coordination.",
                $"The timetable loaded in my documents is the {years} one; your date ({Format.Day(today, "en")}) is in {userYear}-{userYear + 1}, whose timetable I do not have. Please ask the programme's coordination for this year's dates."),
            [], Contacts(plannings[0].Programme, plannings[0].Centre), r);

        var view = r.Window switch
        {
            ScheduleWindow.Next => Next(r, plannings, now, userYear) ?? NoneLeft(r, plannings, today, userYear) ?? otherYear,
            ScheduleWindow.Range => Range(r, plannings, userYear, all) ?? otherYear,
            _ => Sessions(r, plannings, userYear, today),
        };
        return replaced is null ? view : view with { Summary = replaced + "\n" + view.Summary };
    }

    private ScheduleView? Next(ScheduleRequest r, List<Planning> plannings, DateTimeOffset now, int userYear)
    {
        var today = DateOnly.FromDateTime(now.DateTime);
        var time = TimeOnly.FromDateTime(now.DateTime);
        var sections = new List<PlanningSection>();
        var after = r.After;
        string? yearNote = null;
        IEnumerable<Planning> followed = OfTheUsersYear(plannings, today, userYear);
        if (after is { } day && !r.Relative && !r.YearWritten && !plannings.Any(p => PlanningCalendar.Covers(p, day))
            && plannings.Count > 0 && PlanningCalendar.AcademicYearStart(plannings[0]) is { } start)
        {
            // "après Noël" in a year the documents have no grid for: after that day in the only grid we have, labelled so.
            after = PlanningCalendar.IntoYear(day, start);
            followed = plannings.Where(p => PlanningCalendar.Covers(p, after.Value));
            yearNote = L(r, $"Mes documents ne contiennent que le planning {plannings[0].AcademicYear} ; voici ce qu'il prévoit (ce ne sont pas forcément les dates de votre année).",
                $"My documents only hold the {plannings[0].AcademicYear} timetable; here is what it says (they may not be this year's dates).");
        }
        else if (after is { } said && plannings.Any(p => PlanningCalendar.Covers(p, said)))
        {
            followed = plannings.Where(p => PlanningCalendar.Covers(p, said));
        }
        foreach (var p in followed)
        {
            var upcoming = ClassesAsked(p, r)
                .Where(d => after is { } since
                    ? d.Session.Date > since
                    : d.Session.Date > today || d.Session.Date == today && SessionHours.Of(p, today) is { } h && h.Start > time)
                .Take(NextCount)
                .Select(d => Item(r, d.Session))
                .ToList();
            if (upcoming.Count > 0)
            {
                sections.Add(Section(p, r, upcoming));
            }
        }
        if (sections.Count == 0)
        {
            return null;
        }
        var lines = sections.Select(s =>
        {
            var first = s.Items[0];
            var hours = SessionHours.Of(s.Planning, first.Date) is { } h ? $", {Clock(h.Start)} - {Clock(h.End)}" : "";
            return after is { } since
                ? L(r, $"{Capitalize(s.Title)} : après le {Format.Day(since, "fr")}, cours suivant le **{Format.Day(first.Date, "fr")}**{hours} — {first.Ue} {first.Label}.",
                    $"{Capitalize(s.Title)}: after {Format.Day(since, "en")}, the next class is on **{Format.Day(first.Date, "en")}**{hours} — {first.Ue} {first.Label}.")
                : L(r, $"{Capitalize(s.Title)} : prochain cours le **{Format.Day(first.Date, "fr")}**{hours} — {first.Ue} {first.Label}.",
                    $"{Capitalize(s.Title)}: next class on **{Format.Day(first.Date, "en")}**{hours} — {first.Ue} {first.Label}.");
        });
        var heading = L(r, r.Personal ? "Mes prochains cours" : "Prochains cours", r.Personal ? "My next classes" : "Next classes");
        var nextWeek = PlanningCalendar.MondayOf(sections.Min(s => s.Items[0].Date));
        return new ScheduleView(ScheduleStatus.Listed, heading, string.Join("\n", lines), sections, [], r, yearNote, NextWeek: nextWeek);
    }

    private ScheduleView? Range(ScheduleRequest r, List<Planning> plannings, int userYear, IReadOnlyList<Planning> all)
    {
        var from = r.From!.Value;
        var to = r.To ?? from;
        string? yearNote = null;
        var said = r.Said;
        if (!plannings.Any(p => PlanningCalendar.Covers(p, from) || PlanningCalendar.Covers(p, to)))
        {
            if (from == to && !r.YearWritten && said is not null && Format.NamesWeekdayOnly(said, from))
            {
                // "le samedi" in a year the documents have no grid for: the grid's sessions on that weekday, never the
                // same day of the month in the grid's year (another weekday).
                return OnWeekday(r, plannings, from, all);
            }
            if (r.Relative || r.YearWritten || PlanningCalendar.AcademicYearStart(plannings[0]) is not { } start)
            {
                return null;
            }
            // A day or month said without its year: what the only planning we have says for it, labelled as such.
            (from, to) = (PlanningCalendar.IntoYear(from, start), PlanningCalendar.IntoYear(to, start));
            yearNote = L(r, $"Mes documents ne contiennent que le planning {plannings[0].AcademicYear} ; voici ce qu'il prévoit pour ces dates (ce ne sont pas forcément celles de votre année).",
                $"My documents only hold the {plannings[0].AcademicYear} timetable; here is what it says for these dates (they may not be this year's).");
            said = null;
        }
        var period = from == to ? Format.Day(from, r.Language) : $"{Format.Day(from, r.Language)} → {Format.Day(to, r.Language)}";
        var sections = new List<PlanningSection>();
        foreach (var p in plannings)
        {
            var items = p.Sessions.Where(s => s.Date >= from && s.Date <= to && !PlanningCalendar.IsHoliday(p, s.Date)
                    && (r.UeCodes.Count == 0 || r.UeCodes.Contains(s.Ue, StringComparer.OrdinalIgnoreCase)))
                .Select(s => Item(r, s))
                .Concat(r.UeCodes.Count > 0 ? [] : p.Events.Where(e => e.Date is { } d && d >= from && d <= to).Select(e => new ScheduleItem(e.Date!.Value, null, e.Label ?? e.Kind, false, e.Note)))
                .Concat(r.UeCodes.Count > 0 ? [] : p.Events.Where(e => e.From is { } f && e.To is { } t && f <= to && t >= from)
                    .Select(e => new ScheduleItem(e.From!.Value < from ? from : e.From.Value, null, $"{e.Label} ({Format.Day(e.From.Value, r.Language)} → {Format.Day(e.To!.Value, r.Language)})", false, e.Note)))
                .OrderBy(i => i.Date).ThenBy(i => i.IsClass ? 1 : 0)
                .ToList();
            sections.Add(Section(p, r, items));
        }
        // The words said name the period ("cette semaine", "next week"); a day is its date, as the documents write it (a
        // month typed in lower case in English, "24 december", is no heading).
        var named = from == to ? period : said ?? period;
        var heading = L(r, $"{(r.Personal ? "Mes cours" : "Cours")} — {named}", $"{(r.Personal ? "My classes" : "Classes")} — {named}");
        var lines = sections.Zip(plannings, (s, p) =>
        {
            var classes = s.Items.Where(i => i.IsClass).ToList();
            var off = s.Items.Where(i => !i.IsClass).Select(i => from == to ? i.Label : $"{Format.ShortDay(i.Date, r.Language)} : {i.Label}").ToList();
            // A few days are listed in the text too; a longer list is the card's.
            var listed = classes.Count <= 6
                ? string.Join(", ", classes.Select(i => $"{Format.ShortDay(i.Date, r.Language)} {i.Ue} {i.Label}"))
                : L(r, $"du {Format.ShortDay(classes[0].Date, "fr")} au {Format.ShortDay(classes[^1].Date, "fr")}", $"from {Format.ShortDay(classes[0].Date, "en")} to {Format.ShortDay(classes[^1].Date, "en")}");
            var ues = string.Join(", ", r.UeCodes);
            var text = classes.Count == 0 && ues.Length > 0
                ? L(r, $"{Capitalize(s.Title)} : pas de séance de {ues} ({period})", $"{Capitalize(s.Title)}: no {ues} session ({period})")
                : classes.Count == 0
                ? L(r, $"{Capitalize(s.Title)} : pas de cours ({period})", $"{Capitalize(s.Title)}: no class ({period})")
                : L(r, $"{Capitalize(s.Title)} : {classes.Count} jour{(classes.Count > 1 ? "s" : "")} de cours ({period}) — {listed}",
                    $"{Capitalize(s.Title)}: {classes.Count} class day{(classes.Count > 1 ? "s" : "")} ({period}) — {listed}");
            if (classes.Count == 0 && NextSession(p, r, to) is { } next)
            {
                // "et cette semaine j'ai quoi ?" in a week without classes: when they resume.
                text += ues.Length > 0
                    ? L(r, $" ; prochaine séance le {Format.Day(next.Date, "fr")}", $"; next session on {Format.Day(next.Date, "en")}")
                    : L(r, $" ; prochain cours le {Format.Day(next.Date, "fr")} ({next.Ue})", $"; next class on {Format.Day(next.Date, "en")} ({next.Ue})");
            }
            return (off.Count == 0 ? text : text + " — " + string.Join(" ; ", off)) + ".";
        });
        var week = to.DayNumber - from.DayNumber <= 7 ? PlanningCalendar.MondayOf(from).AddDays(7) : (DateOnly?)null;
        return new ScheduleView(ScheduleStatus.Listed, heading, string.Join("\n", lines), sections, [], r, yearNote, week);
    }

    /// <summary>
    /// "c'est quand le prochain AST118 ?" once its last session is past, in the year the grid covers: no class left (of the
    /// UEs asked) after today (or after the day said, "et le suivant ?" after the last one), and the last one; not "I do not
    /// have this year's timetable". Null when no grid of the user's year (or of the day said) had one.
    /// </summary>
    private ScheduleView? NoneLeft(ScheduleRequest r, List<Planning> plannings, DateOnly today, int userYear)
    {
        var since = r.After ?? today;
        var sections = new List<PlanningSection>();
        var lines = new List<string>();
        var what = r.UeCodes.Count == 0 ? "" : " " + string.Join(", ", r.UeCodes);
        foreach (var p in r.After is null ? OfTheUsersYear(plannings, today, userYear) : plannings.Where(p => PlanningCalendar.Covers(p, since)))
        {
            if (ClassesAsked(p, r).Select(d => d.Session).LastOrDefault(x => x.Date <= since) is not { } last)
            {
                continue;
            }
            var item = Item(r, last);
            var section = Section(p, r, [item]);
            sections.Add(section);
            lines.Add(last.Date == since
                ? L(r, $"{Capitalize(section.Title)} : le **{Format.Day(last.Date, "fr")}** était le dernier cours{what} du planning — {item.Ue} {item.Label}.",
                    $"{Capitalize(section.Title)}: **{Format.Day(last.Date, "en")}** was the timetable's last{what} class — {item.Ue} {item.Label}.")
                : L(r, $"{Capitalize(section.Title)} : plus de cours{what} au planning après le {Format.Day(since, "fr")} ; le dernier était le **{Format.Day(last.Date, "fr")}** — {item.Ue} {item.Label}.",
                    $"{Capitalize(section.Title)}: no{what} class left in the timetable after {Format.Day(since, "en")}; the last one was on **{Format.Day(last.Date, "en")}** — {item.Ue} {item.Label}."));
        }
        return lines.Count == 0 ? null
            : new ScheduleView(ScheduleStatus.Listed, L(r, r.Personal ? "Mes derniers cours" : "Derniers cours", r.Personal ? "My last classes" : "Last classes"),
                string.Join("\n", lines), sections, Contacts(plannings[0].Programme, plannings[0].Centre), r);
    }

    /// <summary>The plannings of the user's academic year, or covering their today: those their "next class" is read in.</summary>
    private static IEnumerable<Planning> OfTheUsersYear(List<Planning> plannings, DateOnly today, int userYear) =>
        plannings.Where(p => PlanningCalendar.AcademicYearStart(p) == userYear || PlanningCalendar.Covers(p, today));

    /// <summary>The class days of <paramref name="p"/> (holidays removed), of the UEs asked if any, in date order.</summary>
    private static IEnumerable<(Planning Planning, Session Session)> ClassesAsked(Planning p, ScheduleRequest r) =>
        PlanningCalendar.ClassDays([p], r.UeCodes.Count == 1 ? r.UeCodes[0] : null)
            .Where(d => r.UeCodes.Count == 0 || r.UeCodes.Contains(d.Session.Ue, StringComparer.OrdinalIgnoreCase));

    /// <summary>The first class of <paramref name="p"/> after <paramref name="day"/> (of the UEs asked, if any).</summary>
    private static Session? NextSession(Planning p, ScheduleRequest r, DateOnly day) =>
        ClassesAsked(p, r).Select(d => d.Session).FirstOrDefault(s => s.Date > day);

    /// <summary>The grid's class days on the weekday of <paramref name="day"/>: how many, from when to when, in the card.</summary>
    /// <remarks>"le samedi" also reads the plannings' hours, which may announce Saturday classes that the grid does not place
    /// ("18h15 - 21h15 (samedi : cours en journée)"), including the hours of a planning whose grid is empty (<paramref name="all"/>).</remarks>
    private ScheduleView OnWeekday(ScheduleRequest r, List<Planning> plannings, DateOnly day, IReadOnlyList<Planning> all)
    {
        var (fr, en) = (Format.Weekday(day, "fr"), Format.Weekday(day, "en"));
        var sections = new List<PlanningSection>();
        var lines = new List<string>();
        foreach (var p in plannings)
        {
            var items = PlanningCalendar.ClassDays([p]).Select(d => d.Session)
                .Where(s => s.Date.DayOfWeek == day.DayOfWeek && (r.UeCodes.Count == 0 || r.UeCodes.Contains(s.Ue, StringComparer.OrdinalIgnoreCase)))
                .Select(s => Item(r, s)).ToList();
            var section = Section(p, r, items);
            sections.Add(section);
            lines.Add(Format.WeekdaySessions(section.Title, day, items.ConvertAll(i => i.Date), r.Language) + Format.SaturdayHours(null, p, day, items.Count, r.Language));
        }
        lines.AddRange(Format.SaturdayHoursOfEmptyGrids(all, day, p => Describe(p, r), r.Language));
        var years = string.Join(", ", plannings.Select(p => p.AcademicYear).Distinct());
        var note = L(r, $"Mes documents ne contiennent que le planning {years} ; voici ce qu'il prévoit le {fr} (ce ne sont pas forcément les dates de votre année).",
            $"My documents only hold the {years} timetable; here is what it has on {en}s (they may not be this year's dates).");
        var heading = L(r, $"{(r.Personal ? "Mes cours" : "Cours")} du {fr}", $"{(r.Personal ? "My classes" : "Classes")} on {en}s");
        return new ScheduleView(ScheduleStatus.Listed, heading, string.Join("\n", lines), sections,
            Contacts(plannings[0].Programme, plannings[0].Centre), r, note);
    }

    private ScheduleView Sessions(ScheduleRequest r, List<Planning> plannings, int userYear, DateOnly today)
    {
        var sections = new List<PlanningSection>();
        // "combien de séances il me reste ?": from the user's date on, when the grid is the user's year's.
        var remaining = r.Remaining && plannings.Any(p => PlanningCalendar.AcademicYearStart(p) == userYear);
        var past = new List<ScheduleItem>();
        foreach (var p in plannings)
        {
            var all = PlanningCalendar.ClassDays([p])
                .Where(d => r.UeCodes.Contains(d.Session.Ue, StringComparer.OrdinalIgnoreCase))
                .Select(d => Item(r, d.Session)).ToList();
            var items = remaining ? all.Where(i => i.Date >= today).ToList() : all;
            past.AddRange(all.Except(items));
            if (items.Count > 0)
            {
                sections.Add(Section(p, r, items, r.UeCodes.Count == 1 ? r.UeCodes[0] : null));
            }
        }
        var codes = string.Join(", ", r.UeCodes);
        if (sections.Count == 0 && remaining && past.Count > 0)
        {
            var last = past.Max(i => i.Date);
            return new ScheduleView(ScheduleStatus.Listed, codes,
                L(r, $"Il ne vous reste aucune séance de {codes} : la dernière était le {Format.Day(last, "fr")}.",
                    $"You have no session of {codes} left: the last one was on {Format.Day(last, "en")}."), [], [], r);
        }
        if (sections.Count == 0)
        {
            return new ScheduleView(ScheduleStatus.NoPlanning, codes,
                L(r, $"Je ne trouve pas de séance de {codes} dans les plannings de mes documents.", $"I find no session of {codes} in the timetables of my documents."),
                [], Questions.ContactAnswerer.OfUes(kb, r.UeCodes) is { Count: > 0 } own ? own.Take(1).ToList() : Contacts(plannings[0].Programme, plannings[0].Centre), r);
        }
        var title = r.UeCodes.Count == 1 ? kb.GetUe(r.UeCodes[0])?.Title : null;
        var heading = $"{codes}{(title is null ? "" : " " + title)}";
        var lines = sections.Select(s =>
        {
            var weekdays = s.Items.Select(i => i.Date.DayOfWeek).Distinct().Count() == 1
                ? L(r, $", toujours le {Format.Weekday(s.Items[0].Date, "fr")}", $", always on {Format.Weekday(s.Items[0].Date, "en")}") : "";
            var n = s.Items.Count;
            var count = remaining
                ? L(r, $"il vous reste {n} séance{(n > 1 ? "s" : "")}", $"{n} session{(n > 1 ? "s" : "")} left")
                : L(r, $"{n} séance{(n > 1 ? "s" : "")}", $"{n} session{(n > 1 ? "s" : "")}");
            return L(r, $"{Capitalize(s.Title)} : {count}{weekdays}, du {Format.Day(s.Items[0].Date, "fr")} au {Format.Day(s.Items[^1].Date, "fr")}.",
                $"{Capitalize(s.Title)}: {count}{weekdays}, from {Format.Day(s.Items[0].Date, "en")} to {Format.Day(s.Items[^1].Date, "en")}.");
        });
        var note = plannings.All(p => PlanningCalendar.AcademicYearStart(p) != userYear)
            ? L(r, $"Ces dates sont celles du planning {string.Join(", ", plannings.Select(p => p.AcademicYear).Distinct())}, le seul de mes documents ; je n'ai pas celui de {userYear}-{userYear + 1}.",
                $"These dates are from the {string.Join(", ", plannings.Select(p => p.AcademicYear).Distinct())} timetable, the only one in my documents; I do not have the {userYear}-{userYear + 1} one.")
            : null;
        return new ScheduleView(ScheduleStatus.Listed, heading, string.Join("\n", lines), sections,
            note is null ? [] : Contacts(plannings[0].Programme, plannings[0].Centre), r, note);
    }

    private PlanningSection Section(Planning p, ScheduleRequest r, List<ScheduleItem> items, string? ue = null)
    {
        var hours = p.Hours?.Weekdays is null ? null
            : L(r, $"Horaire : {p.Hours.Weekdays}{(p.Hours.Saturday is null ? "" : $" (samedi : {p.Hours.Saturday})")}",
                $"Hours: {p.Hours.Weekdays}{(p.Hours.Saturday is null ? "" : $" (Saturday: {p.Hours.Saturday})")}");
        var url = p.Modality is null ? null : links.For(p.Programme, ParcoursId(p), p.Modality, ue);
        return new PlanningSection(p, Describe(p, r), hours, items.Take(MaxItemsPerSection).ToList(), url, items.Count > MaxItemsPerSection);
    }

    private ScheduleItem Item(ScheduleRequest r, Session s) =>
        new(s.Date, s.Ue, kb.GetUe(s.Ue)?.Title ?? s.Ue, true,
            s.AlsoPossible.Count == 0 ? s.Note
                : L(r, $"grille ambiguë : peut-être le {string.Join(" ou ", s.AlsoPossible.Select(d => Format.Day(d, "fr")))}",
                    $"unclear grid: maybe on {string.Join(" or ", s.AlsoPossible.Select(d => Format.Day(d, "en")))}"));

    private IReadOnlyList<Contact> Contacts(string? programme, string? centre) =>
        kb.Contacts("informations", programme, centre).Where(c => c.Email is not null || c.Phone is not null).Take(1).ToList();

    /// <summary>The parcours id that names a planning in a calendar link (the one that is not the common core).</summary>
    public static string ParcoursId(Planning p) => p.Parcours.FirstOrDefault(x => x != "tronc-commun") ?? p.Parcours.FirstOrDefault() ?? "tous";

    public static string Describe(Planning p, ScheduleRequest r) =>
        r.Language == "en"
            ? $"{Format.Modality(p.Modality, "en")} {p.AcademicYear} ({p.Programme}, {ParcoursEnglish(p)})"
            : $"{Format.Modality(p.Modality, "fr")} {p.AcademicYear} ({p.Programme}, {PlanningCalendar.ParcoursLabel(p)})";

    /// <summary>The planning's parcours in English: "professional integration track".</summary>
    public static string ParcoursEnglish(Planning p) =>
        p.Parcours.Contains("insertion-culture") ? "integration through culture track" : "professional integration track";

    internal static string L(ScheduleRequest r, string french, string english) => r.Language == "en" ? english : french;

    private static string Capitalize(string text) => Format.Capitalize(text);

    private static string Clock(TimeOnly t) => t.Minute == 0 ? $"{t.Hour}h" : $"{t.Hour}h{t.Minute:D2}";

}
