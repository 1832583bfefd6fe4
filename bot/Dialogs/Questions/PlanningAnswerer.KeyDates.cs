using Cnam.Bot.Calendar;
using Cnam.Bot.Knowledge.Model;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>
/// What comes from the key dates and the hours rather than from a class grid: registration dates, La Réunion's
/// calendar, the class hours, and a number of credits in hours.
/// </summary>
public sealed partial class PlanningAnswerer
{
    /// <summary>
    /// "Quand ouvrent les inscriptions ?" outside La Réunion: the Paris documents give no registration dates, only how
    /// to get in touch (open days, information meetings); La Réunion's registration dates too when no centre was named.
    /// </summary>
    private TopicResult RegistrationDates(Slots s)
    {
        var parts = new List<string>();
        var sources = new List<Provenance?>();
        // The Paris information sheets of the programme's document (the CP29's is the titre's), or all of them.
        var sheets = kb.RegistrationInDocumentOf("Paris", s.Programme, "information");
        var paris = s.L("Mes documents ne donnent pas de dates d'inscription au Cnam Paris ; ils disent :", "My documents give no registration dates at Cnam Paris; they say:");
        var lines = new List<string>();
        foreach (var sheet in sheets)
        {
            lines.Add($"{Format.ProgrammeShort(sheet.Programme)}{s.Colon} {sheet.Items.FirstOrDefault() ?? sheet.Text}");
            sources.Add(Provenance.Of(sheet, sheet.Centre));
        }
        if (lines.Count > 0)
        {
            parts.Add(paris + "\n" + Topics.Bullets(lines));
        }
        if (!s.CentreSaid && s.Programme is not "LP110")
        {
            var dates = kb.KeyDates("La Réunion").Where(k => Knowledge.Text.FrenchText.HasAnyWord(k.Label, words.RegistrationWords)).ToList();
            if (dates.Count > 0)
            {
                // "les inscriptions pour 2027 sont ouvertes ?": the only dates given are another year's, said as such.
                var head = AcademicYears.Uncovered(s, dates.Select(d => d.ValidFor)) is { } year
                    ? s.L($"Mes documents ne donnent pas les dates d'inscription de {year}-{year + 1} ; les seules qu'ils donnent sont celles du Cnam La Réunion pour {dates[0].ValidFor}, pour information :",
                        $"My documents do not give the {year}-{year + 1} registration dates; the only ones they give are Cnam La Réunion's for {dates[0].ValidFor}, for reference:")
                    : s.L($"Cnam La Réunion ({dates[0].ValidFor}) :", $"Cnam La Réunion ({dates[0].ValidFor}):");
                parts.Add(head + "\n" + Topics.Bullets(dates.Select(d => d.Label)));
                sources.AddRange(dates.Select(d => Provenance.Of(d, "La Réunion")));
            }
        }
        return parts.Count == 0
            ? new Missing(s.L("Mes documents ne donnent pas de dates d'inscription pour cette formation.", "My documents give no registration dates for this programme."), "registration-dates")
            : new Found(string.Join("\n\n", parts), sources);
    }

    private TopicResult Reunion(Slots s)
    {
        if (s.UeCodes.Count > 0 && UeSemesterAtReunion(s) is { } placed)
        {
            // "TET099 c'est quel semestre à la Réunion ?": its semester and when that semester's classes run.
            return placed;
        }
        var keyDates = kb.KeyDates("La Réunion");
        var schedule = kb.Programmes(s.Programme ?? "CPN42", "La Réunion").FirstOrDefault();
        // "le second semestre": that semester's dates and the year-long ones, not the other semester's.
        var semester = words.Semester(s.Question);
        var statements = keyDates.Where(k => semester is null || k.Semester is null || k.Semester == semester)
            .Select(k => new Statement($"{k.Label}", Provenance.Of(k, "La Réunion"))).ToList();
        var picked = _ranker.Rank(s.Question, statements, top: 4, fallback: statements.Count);
        var validFor = keyDates.FirstOrDefault()?.ValidFor;
        var text = (AcademicYears.Uncovered(s, keyDates.Select(k => k.ValidFor)) is { } year
                ? s.L($"Mes documents ne donnent pas le calendrier {year}-{year + 1} du Cnam La Réunion ; le seul qu'ils donnent est le calendrier prévisionnel {validFor}, pour information :",
                    $"My documents do not give Cnam La Réunion's {year}-{year + 1} calendar; the only one they give is the provisional calendar {validFor}, for reference:")
                : s.L($"Calendrier prévisionnel {validFor}, Cnam La Réunion :", $"Provisional calendar {validFor}, Cnam La Réunion:"))
            + "\n" + Topics.Bullets(picked.Select(p => p.Text));
        var weekly = schedule?.Modalities.FirstOrDefault(m => m.Id == "soir");
        if (weekly is not null && words.AsksWeekdays(s.Question))
        {
            // "quels jours ont lieu les cours ?", "combien de fois par semaine ?": the week's classes are what is asked.
            return new Found(s.L($"Au Cnam La Réunion, les cours ont lieu {weekly.Schedule}.", $"At Cnam La Réunion, classes take place {weekly.Schedule} (du lundi au vendredi = Monday to Friday)."),
                [Provenance.Of(schedule, "La Réunion")]);
        }
        if (weekly is not null)
        {
            text += "\n" + s.L($"Les cours ont lieu {weekly.Schedule}.", $"Classes take place {weekly.Schedule} (du lundi au vendredi = Monday to Friday).");
        }
        var sources = picked.Select(p => p.Source).Append(Provenance.Of(schedule, "La Réunion")).ToList();
        if (AsksForClasses(s))
        {
            // "quels cours cette semaine ?", "mon prochain cours ?": no grid says which UE on which day at La Réunion.
            var desk = contacts.General(s with { Centre = "La Réunion", CentreSaid = true }).FirstOrDefault();
            var ask = desk is null ? "" : s.L($" Pour votre emploi du temps : {desk.Name} ({string.Join(", ", new[] { desk.Phone, desk.Email }.OfType<string>())}).",
                $" For your timetable: {desk.Name} ({string.Join(", ", new[] { desk.Phone, desk.Email }.OfType<string>())}).");
            sources.Add(Provenance.Of(desk, "La Réunion"));
            text = s.L("Mes documents ne donnent pas le détail des cours du Cnam La Réunion (quelle UE, quel jour) : seulement leurs jours et horaires et le calendrier de l'année ci-dessous.",
                "My documents do not give the detail of Cnam La Réunion's classes (which UE on which day): only their days and hours and the year's calendar below.") + ask + "\n\n" + text;
        }
        return new Found(text, sources);
    }

    /// <summary>
    /// "TET099 a lieu quand ?": no grid dates the CASP's or the CP29's UEs, but La Réunion's documents place each in a
    /// semester: that semester, with when its classes start and end. Null when no programme of La Réunion lists the UE
    /// with a semester.
    /// </summary>
    private Found? UeSemesterAtReunion(Slots s)
    {
        var placed = kb.Programmes(null, "La Réunion")
            .SelectMany(p => p.Units.Where(u => u.IsPlacedInTheYear() && s.UeCodes.Contains(u.Code, StringComparer.OrdinalIgnoreCase))
                .Select(u => (Programme: p, Unit: u)))
            // The semester's number, none for a year-long UE.
            .GroupBy(x => (x.Unit.Code, Semester: x.Unit.SemesterNumber()))
            .ToList();
        if (placed.Count == 0)
        {
            return null;
        }
        var keyDates = kb.KeyDates("La Réunion");
        var lines = new List<string>();
        var sources = new List<Provenance?>();
        // The start and the end of a semester's classes; a year-long UE ("annuel") runs from the first's start to the second's end.
        bool Bound(KeyDate k, string semester, IReadOnlySet<string> edge) => k.Semester == semester && k.Label is { } label
            && Knowledge.Text.FrenchText.Words(label) is var said && said.Contains("cours") && said.Any(edge.Contains);
        foreach (var ue in placed)
        {
            var half = ue.Key.Semester;
            var yearLong = half is null;
            var bounds = keyDates.Where(k => half is null
                ? Bound(k, "1", words.PlanningStart) || Bound(k, "2", words.PlanningEnd)
                : Bound(k, half, words.PlanningStart) || Bound(k, half, words.PlanningEnd)).ToList();
            var programmes = string.Join(", ", ue.Select(x => Format.ProgrammeShort(x.Programme.Code)).Distinct());
            var when = yearLong ? s.L("sur toute l'année", "over the whole year") : s.L($"semestre {half}", $"semester {half}");
            lines.Add(s.L($"**{ue.Key.Code}** {kb.GetUe(ue.Key.Code)?.Title} : {when} au Cnam La Réunion ({programmes})",
                    $"**{ue.Key.Code}** {kb.GetUe(ue.Key.Code)?.Title}: {when} at Cnam La Réunion ({programmes})")
                + (bounds.Count == 0 ? "." : s.L($" — en {bounds[0].ValidFor} : ", $" — in {bounds[0].ValidFor}: ") + string.Join(" ; ", bounds.Select(k => k.Label)) + "."));
            sources.AddRange(ue.Select(x => Provenance.Of(x.Programme, "La Réunion")).Concat(bounds.Select(k => Provenance.Of(k, "La Réunion"))));
        }
        return new Found(string.Join("\n", lines) + "\n" + s.L("Mes documents ne donnent pas les dates de ses séances.", "My documents do not date its sessions."), sources);
    }

    /// <summary>
    /// The classes of a day, a week or the next one ("quels cours cette semaine ?", "mon prochain cours ?"), not a key date
    /// (exams, holidays, the semester's start) nor a UE's dates.
    /// </summary>
    private bool AsksForClasses(Slots s) =>
        s.UeCodes.Count == 0 && !s.Mentions(words.ExamNameWords) && !s.Mentions(words.HolidayWords) && !s.Mentions(words.BreakWords)
        && !s.Mentions(words.PlanningStart) && !s.Mentions(words.PlanningEnd) && !s.Mentions(words.RegistrationWords)
        && (AsksNext(s) || s.Utterance.Entities.Dates.Any(d => d.Kind is Understanding.DateKind.Day or Understanding.DateKind.Week or Understanding.DateKind.Range));

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
        // No programme asked: every programme of the centre asked (or of both), the same hours of the titre and its
        // certificate on one line.
        var programmes = kb.Programmes(s.Programme, s.Centre);
        var hoursOf = programmes
            .SelectMany(p => p.Modalities.Where(m => m.Schedule is not null && (s.Modality is null || m.Id == s.Modality)).Select(m => (Programme: p, Modality: m)))
            .GroupBy(pm => (pm.Modality.Label, Hours: Format.HoursBeyondName(pm.Modality), pm.Programme.Centre))
            .ToList();
        var lines = new List<string>();
        var sources = new List<Provenance?>();
        foreach (var same in hoursOf)
        {
            var (label, beyond, centre) = same.Key;
            var hours = beyond is null ? "" : $"{s.Colon} {beyond}";
            var names = string.Join(", ", same.Select(pm => Format.ProgrammeShort(pm.Programme.Code, s.Language)).Distinct());
            lines.Add($"{label} ({names}, {centre}){hours}");
            sources.AddRange(same.Select(pm => Provenance.Of(pm.Programme, centre)));
        }
        if (lines.Count == 0)
        {
            return new Missing(s.L("Les horaires de cette formation ne sont pas dans mes documents.", "The class hours of this programme are not in my documents."), "hours");
        }
        var text = s.L("Horaires des cours :", "Class hours:") + "\n" + Topics.Bullets(lines.Distinct());
        if (words.AsksPerWeek(s.Question) && (s.Programme ?? "LP110") == "LP110" && s.Centre is null or "Paris")
        {
            // "combien d'heures par semaine en cours du soir ?": the hours of a day above; how many days a week, the
            // licence's grids (the only ones the documents give).
            var grids = kb.Plannings("LP110", s.Parcours, s.Modality).Where(p => p.Sessions.Count > 0).ToList();
            if (grids.Count > 0)
            {
                var weeks = grids.Select(p => $"{Format.Capitalize(Describe(p, s))}{s.Colon} {Format.Capitalize(Format.DaysPerWeek(PlanningCalendar.ClassDates(p), s.Language))}.");
                text += "\n\n" + s.L("Jours de cours par semaine (plannings de la licence) :", "Class days a week (the licence's timetables):") + "\n" + Topics.Bullets(weeks.ToList());
                sources.AddRange(grids.Select(p => Provenance.Of(p, p.Centre)));
            }
        }
        return new Found(text, sources);
    }
}
