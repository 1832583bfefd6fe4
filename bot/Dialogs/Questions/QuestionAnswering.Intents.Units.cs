using Cnam.Bot.Understanding;

namespace Cnam.Bot.Dialogs.Questions;

// The rules on UEs and plannings: a UE pointed at or named, its credits, a day or the exams of a planning, a subject among a
// programme's UEs, a service's hours.
public sealed partial class QuestionAnswering
{
    /// <summary>"c'est quoi cette UE ?" after a question or an answer that named one: that UE's detail (not the overview
    /// nor the list "what is this UE about?" also reads as).</summary>
    private void PointedUe(Reading q)
    {
        var pointedAt = q.Context.LastUeCodes.Count > 0 ? q.Context.LastUeCodes : q.Context.NamedUeCodes;
        if (q.Slots.UeCodes.Count > 0 || pointedAt.Count == 0 || !q.Mentions(_vocabulary.PointingWords)
            || !(q.Utterance.Has(Understanding.Intents.UeDetail) || q.Utterance.Has(Understanding.Intents.UeList)))
        {
            return;
        }
        q.Slots = q.Slots with { UeCodes = pointedAt };
        q.Pointed = true;
        q.Intents.RemoveAll(i => i is Understanding.Intents.ProgrammeOverview or Understanding.Intents.UeList);
        q.First(Understanding.Intents.UeDetail);
    }

    /// <summary>"TRS103 c'est combien d'heures ?" then "et elle a lieu quand ?", or "TRS102 c'est quoi ?" then "c'est quand ?"
    /// / "combien d'heures ?": the UE of the last question (its dates, its detail, its credits, its hours; "how much does
    /// it cost?" stays the programme's fees).</summary>
    private void UeOfThePronoun(Reading q)
    {
        if (!q.Pointed && q.Slots.UeCodes.Count == 0 && q.Context.LastUeCodes.Count > 0 && !q.Slots.ProgrammeSaid
            && (q.Mentions(_vocabulary.UeBackWords) || AsksNothingElse(q))
            && (q.Utterance.Has(Understanding.Intents.PlanningDates) || q.Utterance.Has(Understanding.Intents.UeDetail) || q.Utterance.Has(Understanding.Intents.Ects)
                || q.Utterance.Has(Understanding.Intents.Hours) || q.Utterance.Has(Understanding.Intents.Duration)))
        {
            q.Slots = q.Slots with { UeCodes = q.Context.LastUeCodes };
        }
    }

    /// <summary>A bare question ("c'est quand ?", "combien d'heures ?", "il reste combien de séances ?"): a few words, no
    /// subject, no event of the year.</summary>
    private bool AsksNothingElse(Reading q) =>
        q.Slots.Words.Count <= 5 && !HasSubject(q.Utterance) && q.Said.Modality is null && q.Said.Dates.Count == 0
        && !q.Mentions(_vocabulary.PlanningStart) && !q.Mentions(_vocabulary.PlanningEnd) && !q.Mentions(_vocabulary.WelcomeWords)
        && !q.Mentions(_vocabulary.DefenceWords) && !q.Mentions(_vocabulary.HolidayWords);

    /// <summary>"TRS107 vaut combien d'ECTS ?": the UE's detail gives its credits.</summary>
    private static void CreditsOfTheUe(Reading q)
    {
        if (q.Slots.UeCodes.Count > 0 && q.Has(Understanding.Intents.Ects))
        {
            q.Replace(Understanding.Intents.Ects, Understanding.Intents.UeDetail);
        }
    }

    /// <summary>"les cours d'anglais sont-ils obligatoires ?", "ANG320 is compulsory?": whether the UE named is required is
    /// where it sits in its programmes (core, a parcours, a choice between two), its detail; not its exam nor attendance.</summary>
    private void RequiredUe(Reading q)
    {
        if (q.Slots.UeCodes.Count > 0 && q.Has(Understanding.Intents.Exams) && q.Mentions(_vocabulary.RequiredWords) && !q.Mentions(_vocabulary.ExamWords))
        {
            q.Replace(Understanding.Intents.Exams, Understanding.Intents.UeDetail);
        }
    }

    /// <summary>"les documents pour ma convention de stage": a specific topic absorbs the general one it would repeat,
    /// unless that one is asked on its own beside it (see <see cref="Subsumes"/>).</summary>
    private void SpecificAbsorbsGeneral(Reading q)
    {
        foreach (var (specific, general) in Subsumes)
        {
            if (q.Has(specific) && !AskedOnItsOwn(specific, general, q.Slots, q.Intents))
            {
                q.Intents.Remove(general);
            }
        }
    }

    /// <summary>"combien d'heures pour une UE de 6 crédits ?": the credits are the given, the hours the question.</summary>
    private void CreditsGiven(Reading q)
    {
        if (q.Said.Credits.Count > 0 && q.Has(Understanding.Intents.Hours) && q.Mentions(_vocabulary.QuantityWords))
        {
            q.Intents.Remove(Understanding.Intents.Ects);
            q.Intents.Remove(Understanding.Intents.UeList);
            q.Intents.Remove(Understanding.Intents.Duration);
        }
    }

    /// <summary>"quelle UE le 14 mars ?", "c'est quoi l'UE de jeudi ?": the planning of that day, not the programme's UE.</summary>
    private static void DayOfThePlanning(Reading q)
    {
        if (q.Said.Dates.Count > 0 && q.Slots.UeCodes.Count == 0
            && q.Intents.Remove(Understanding.Intents.UeList) | q.Intents.Remove(Understanding.Intents.UeDetail))
        {
            q.First(Understanding.Intents.PlanningDates);
        }
    }

    /// <summary>"quand ont lieu les examens à La Réunion ?", "When are the exams?": the exam weeks are what is asked, so they
    /// come before how the exams are organised. "quand est l'examen de TRS103 ?": the UE's exam is asked, not the dates of
    /// its classes nor its presentation.</summary>
    private void DatesOfTheExams(Reading q)
    {
        if (!q.Has(Understanding.Intents.Exams) || !q.Mentions(_vocabulary.WhenWords))
        {
            return;
        }
        if (q.Slots.UeCodes.Count > 0 && q.Mentions(_vocabulary.ExamNameWords) && !q.Mentions(_vocabulary.ClassWords))
        {
            q.Intents.Remove(Understanding.Intents.PlanningDates);
            q.Intents.Remove(Understanding.Intents.UeDetail);
            q.First(Understanding.Intents.Exams);
        }
        else if (q.Has(Understanding.Intents.PlanningDates))
        {
            q.First(Understanding.Intents.PlanningDates);
        }
    }

    /// <summary>"les dates de la période de stage en cours du jour ?": the internship's dates are asked, which its answer says
    /// no document gives, before the classes of the grid.</summary>
    private void DatesOfTheInternship(Reading q)
    {
        if (q.Has(Understanding.Intents.Internship) && q.Has(Understanding.Intents.PlanningDates) && q.Slots.UeCodes.Count == 0
            && q.Said.Dates.Count == 0 && q.Mentions(_vocabulary.WhenWords))
        {
            q.First(Understanding.Intents.Internship);
        }
    }

    /// <summary>A question about one UE is not a request for the whole list, nor for a programme's presentation when no
    /// programme is named, and "how many hours" or "how long" is its volume; "combien d'heures d'anglais dans la licence ?":
    /// the programme places the UE, whose volume is asked.</summary>
    private void OneUe(Reading q)
    {
        if (q.Slots.UeCodes.Count == 0)
        {
            return;
        }
        q.Intents.Remove(Understanding.Intents.UeList);
        if (!q.Slots.ProgrammeSaid && q.Intents.Remove(Understanding.Intents.ProgrammeOverview))
        {
            // "Can I choose between ANG200 and ANG320?": the UEs named are the subject, not a programme's presentation.
            q.First(Understanding.Intents.UeDetail);
        }
        var quantity = q.Mentions(_vocabulary.QuantityWords);
        if (!q.Slots.ProgrammeSaid || quantity)
        {
            q.Intents.Remove(Understanding.Intents.Duration);
        }
        if (quantity)
        {
            q.Intents.Remove(Understanding.Intents.Hours);
        }
    }

    /// <summary>"y a-t-il de l'anglais dans la licence ?", "is there English in the licence?": a programme named and nothing
    /// asked but what it contains, with a word of its UEs' titles, is that subject among its UEs, not its presentation.</summary>
    /// <remarks>"est-ce qu'il y a de l'anglais ?" with nothing else understood: the UEs on that subject (of the programme
    /// of the conversation, else of every programme), when some title has the word.</remarks>
    private void SubjectInTheProgramme(Reading q)
    {
        if (q.Slots.UeCodes.Count > 0 || !_vocabulary.AsksWhatItContains(q.Slots.Question))
        {
            return;
        }
        if (q.Intents is [Understanding.Intents.ProgrammeOverview] && q.Slots.ProgrammeSaid && _ues.OnTheSubject(q.Slots) is not null)
        {
            q.Replace(Understanding.Intents.ProgrammeOverview, Understanding.Intents.UeList);
        }
        else if (q.Intents.Count == 0 && !q.Utterance.IsOutOfScope && _ues.TitlesSpeakOf(q.Slots))
        {
            q.Intents = [Understanding.Intents.UeList];
        }
    }

    /// <summary>"horaires d'ouverture de l'accueil" are a service's hours, not class hours; "the opening hours of evening
    /// classes" are the classes'.</summary>
    private void ServiceHours(Reading q)
    {
        if (q.Has(Understanding.Intents.Hours) && q.Mentions(_vocabulary.ContactHoursWords) && q.Said.Modality is null)
        {
            q.Replace(Understanding.Intents.Hours, Understanding.Intents.Contacts);
        }
    }
}
