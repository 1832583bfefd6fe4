using Cnam.Bot.Dialogs.Questions;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Text;
using Cnam.Bot.Protocol;
using Cnam.Bot.Understanding;
using U = Cnam.Bot.Understanding;

namespace Cnam.Bot.Dialogs.Schedules;

/// <summary>
/// Tells a learner's schedule question ("c'est quand mon prochain cours ?", "j'ai quoi cette semaine ?", "les dates de
/// TRS102", "on a cours le 11 novembre ?", "quels cours en janvier ?") or profile change ("je suis en cours du jour
/// maintenant") from everything else, which stays with the question answerer: start and end of the year, holidays,
/// welcome day, defences, hours, and the programmes whose dates the documents do not give (CASP, CP29, La Réunion).
/// </summary>
public sealed class ScheduleRecognizer(IUtteranceRecognizer recognizer, KnowledgeBase kb, AnsweringVocabulary vocabulary)
{
    private static readonly HashSet<string> CompatibleIntents = new(Intents.Politeness, StringComparer.Ordinal)
    {
        Intents.PlanningDates, Intents.ProfileUpdate,
    };

    // How far "now" moves to see whether a date is relative to it: whole weeks, so weekdays move too.
    private const int ProbeShiftDays = 35;

    /// <summary>
    /// The schedule request of <paramref name="text"/>, or null when it is none. <paramref name="answersTheModality"/>: the
    /// message answers "cours du soir ou du jour ?", so a modality named with nothing asked ("licence, parcours culture,
    /// cours du soir") states the learner's planning without "je suis en".
    /// </summary>
    public ScheduleRequest? Recognize(TurnContext turn, string? text, bool answersTheModality = false)
    {
        var now = turn.Now;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        // The recognition the other topics share this turn: dates are read inside the user's academic year.
        var u = recognizer.Recognize(turn, text);
        var e = u.Entities;
        var folded = FrenchText.Fold(u.Normalized.Length > 0 ? u.Normalized : u.Raw);
        var words = FrenchText.Words(folded).ToHashSet(StringComparer.Ordinal);

        var programme = Slots.ProgrammeCode(e.Programme);
        if (HasNoGrid(programme, e.Centre?.CentreName()) || e.Modality is U.Modality.Distance or U.Modality.Alternance)
        {
            // No class grid in the documents for these: the question answerer says so, with the key dates it has.
            return null;
        }
        var modality = e.Modality switch { U.Modality.Day => "jour", U.Modality.Evening => "soir", _ => null };
        var parcours = e.Parcours switch
        {
            U.Parcours.InsertionProfessionnelle => "insertion-pro",
            U.Parcours.InsertionCulture => "insertion-culture",
            _ => null,
        };
        var (ueCodes, ueByTitle) = Slots.UesNamed(u, kb);
        if (ueCodes.Count > 0 && programme is null && !ueCodes.Any(c => kb.UnitsOfUe(c).Any(unit => kb.Plannings(unit.Programme.Code).Count > 0)))
        {
            // "TET003 c'est en quel semestre ?": a UE only of programmes whose dates the documents do not give (the CASP):
            // the question answerer says what they say of it, with its programme's contact.
            return null;
        }
        // "les dates de TRS102": the UE's detail is not asked, its sessions are. "Mon prochain cours en parcours culture":
        // the parcours named is the learner's, not a question about the parcours.
        var dates = e.Dates.Where(d => d.Kind is not (DateKind.Year or DateKind.AcademicYear)).ToList();
        // "le premier cours après le 11 novembre", "et après Noël ?": the next class after one day said. The day makes it a
        // schedule question, whatever "et après" reads as otherwise (what a programme leads to).
        // "après-demain" is a day, its "après" no cue.
        var afterDay = dates is [var only] && only.Start == only.End && words.Overlaps(vocabulary.AfterWords)
            && !vocabulary.AfterWords.Overlaps(only.Text.Split(' '));
        var next = words.Overlaps(vocabulary.PlanningNext);
        var personal = ScheduleWords.Contains(folded, ScheduleWords.Personal);
        // "je suis en licence cours du soir, c'est quoi mon prochain cours ?": the programme named is the learner's, and
        // "c'est quoi" asks what the next class is, not what the programme is.
        var foreign = u.ConfidentIntents.Where(i => !CompatibleIntents.Contains(i)
            && !(i == Intents.Jobs && afterDay)
            && !(i == Intents.ProgrammeOverview && (next || personal) && u.TopIntent?.Name == Intents.PlanningDates)
            && !(i == Intents.UeDetail && ueCodes.Count > 0 && u.Has(Intents.PlanningDates))
            && !(i == Intents.Parcours && parcours is not null && u.Has(Intents.PlanningDates))).ToList();
        var language = u.Language == "en" ? "en" : "fr";
        var baseRequest = new ScheduleRequest
        {
            Programme = programme ?? (parcours is not null || modality is not null ? "LP110" : null),
            Modality = modality,
            Parcours = parcours,
            Language = language,
            Personal = personal,
            Remaining = words.Overlaps(vocabulary.RemainingWords),
        };

        var whatIsOn = ScheduleWords.Contains(folded, ScheduleWords.WhatIsOn);
        // "l'anglais en cours du jour c'est quand ?": a UE named and "quand" leading is its sessions, confident or not.
        var planningTop = (u.IsConfident || ueCodes.Count > 0 && u.TopIntent?.Name == Intents.PlanningDates)
            && (u.TopIntent?.Name == Intents.PlanningDates || (ueCodes.Count > 0 || parcours is not null) && u.Has(Intents.PlanningDates));

        if ((modality is not null || parcours is not null) && ueCodes.Count == 0 && dates.Count == 0 && !next
            && foreign.All(i => i is Intents.Parcours or Intents.ProgrammeOverview) && !whatIsOn
            && (answersTheModality && modality is not null || ScheduleWords.Contains(folded, ScheduleWords.Statement))
            && !ScheduleWords.Contains(folded, ScheduleWords.Interest) && !AsksWhetherPossible(u, folded))
        {
            return baseRequest with { Window = ScheduleWindow.ProfileOnly };
        }

        if (foreign.Count > 0 || !(planningTop || afterDay || (baseRequest.Personal || whatIsOn) && (dates.Count > 0 || next)))
        {
            return null;
        }
        // "le premier cours après le 11 novembre" is the next class after that day, not the start of the year.
        if (words.Overlaps(vocabulary.PlanningStart) && !next && !afterDay || words.Overlaps(vocabulary.PlanningEnd)
            || words.Overlaps(vocabulary.WelcomeWords) || words.Overlaps(vocabulary.DefenceWords)
            || words.Overlaps(vocabulary.WorkshopWords) || words.Overlaps(vocabulary.HolidayWords) || words.Overlaps(vocabulary.ExamWords))
        {
            // Start, end, holidays, welcome day, defences, workshops: the question answerer's planning events.
            return null;
        }

        var request = baseRequest with { UeCodes = ueCodes, UeByTitle = ueByTitle };
        var context = RecognizerContext.ForAcademicYearOf(now);
        if (afterDay)
        {
            // "quand reprennent les cours après Noël ?": the next class after that day, not what that day holds.
            return request with
            {
                Window = ScheduleWindow.Next,
                After = dates[0].End,
                Said = dates[0].Text,
                Relative = IsRelative(text, now, context, dates[0]),
                YearWritten = WritesAYear(dates[0]),
            };
        }
        if (dates.Count > 0)
        {
            var first = dates[0];
            var last = dates.Count > 1 && dates[1].Start > first.End ? dates[1] : first;
            return request with
            {
                Window = ScheduleWindow.Range,
                From = first.Start,
                To = last.End,
                Said = dates.Count > 1 && !ReferenceEquals(last, first) ? $"{first.Text} → {last.Text}" : first.Text,
                Relative = IsRelative(text, now, context, first),
                YearWritten = dates.Any(WritesAYear),
            };
        }
        if (next || (request.Personal || whatIsOn) && ueCodes.Count == 0)
        {
            return request with { Window = ScheduleWindow.Next, Relative = true };
        }
        return ueCodes.Count > 0 ? request with { Window = ScheduleWindow.Ue } : null;
    }

    /// <summary>
    /// The documents give no class grid for the programme or centre named (the CASP, the CP29, La Réunion): their dates
    /// are the question answerer's, which says what it has. Nothing named is the licence's grid.
    /// </summary>
    public bool HasNoGrid(string? programme, string? centre) =>
        (programme is not null || centre is not null) && kb.Plannings(programme, centre: centre).Count == 0;

    // A date is relative when it moves with "now" ("demain", "cette semaine", "lundi"); "le 11 novembre" or "en janvier",
    // read in the same academic year, do not.
    private bool IsRelative(string text, DateTimeOffset now, RecognizerContext context, DateMention mention)
    {
        var moved = recognizer.Recognize(text, now.AddDays(ProbeShiftDays), context).Entities.Dates
            .FirstOrDefault(d => d.Kind == mention.Kind && d.Text == mention.Text);
        return moved is not null && moved.Start != mention.Start;
    }

    /// <summary>The date as written names its year ("le 12 décembre 2022", "12/12/2022"), so it is not read in another.</summary>
    private static bool WritesAYear(DateMention date) =>
        date.Text.Split(' ', '/', '-', '.').Any(w => w.Length == 4 && w.All(char.IsDigit));

    /// <summary>
    /// "je suis en congé parental, puis-je suivre les cours du soir ?": whether one may follow a mode is asked, by a prospect;
    /// no classes the person follows are said.
    /// </summary>
    private bool AsksWhetherPossible(Utterance u, string folded) => u.Raw.Contains('?', StringComparison.Ordinal) && vocabulary.AsksWhetherOneCan(folded);
}
