using Cnam.Bot.Understanding;

namespace Cnam.Bot.Dialogs.Questions;

// Which topics a question asks: the intents the recogniser found, then the rules that know how people ask, in order, each
// with the question it is for.
public sealed partial class QuestionAnswering
{
    /// <summary>
    /// A question being read: what it says, what it is about (the slots, which a rule may complete), the topics chosen so
    /// far, and, when a rule finds it is about none of ours, why.
    /// </summary>
    private sealed class Reading(Utterance utterance, Slots slots, QuestionContext context, List<string> intents)
    {
        public Utterance Utterance { get; } = utterance;
        public QuestionContext Context { get; } = context;
        public Slots Slots { get; set; } = slots;
        public List<string> Intents { get; set; } = intents;
        public UtteranceEntities Said => Utterance.Entities;

        /// <summary>The question points at the UE said before ("cette UE"): it is that UE's detail.</summary>
        public bool Pointed { get; set; }

        /// <summary>The programmes the question is about when the conversation, not the question, names them ("les deux").</summary>
        public IReadOnlyList<string>? Programmes { get; set; }

        /// <summary>A place the question names that is no centre ("à Lyon"), when it names no centre; read once per question.</summary>
        public string? Place { get; init; }

        /// <summary>Set when the question is about something that is not ours; the reason of the "not found".</summary>
        public string? NotOurs { get; set; }

        public bool Has(string intent) => Intents.Contains(intent);

        public bool Mentions(IReadOnlySet<string> words) => Slots.Mentions(words);

        /// <summary>Puts the intent first, once.</summary>
        public void First(string intent) => Intents = Intents.Prepend(intent).Distinct().ToList();

        /// <summary>The intent takes the other's place, once.</summary>
        public void Replace(string from, string to)
        {
            Intents[Intents.IndexOf(from)] = to;
            Intents = Intents.Distinct().ToList();
        }
    }

    /// <summary>The rules, in the order they apply; each may read what the ones before it chose.</summary>
    private Action<Reading>[] IntentRules() =>
    [
        NotCoveredAsked, ForeignDiploma, PointedUe, UeOfThePronoun, CreditsOfTheUe, RequiredUe, SpecificAbsorbsGeneral, CreditsGiven, DayOfThePlanning, DatesOfTheExams, DatesOfTheInternship, OneUe,
        JobDefined, InternshipPay, SubjectInTheProgramme, LengthAsked, OverviewBesideAQuestion, EligibilityBesideAQuestion, RouteForAProfile, VerdictFirst, ParcoursAsSubject, VolumeOfTheProgramme,
        ServiceHours, WhereAsked, PlaceAsked, WaysOfFollowing, RegistrationInAMonth, FunderRefunds, FundingNamed, NewSubjectOfTheLastQuestion, DiplomaEnoughForAProgramme, DiplomaNeededForAProgramme, DiplomaNotOurs, FundingAlone, LastQuestionAgain,
        UeAlone, ProfileAlone, CentresAlone, TheTwoOfTheConversation,
    ];

    /// <summary>
    /// The topics the question asks, best first: the recogniser's intents close enough to the best one (the others are
    /// echoes of a shared word, "combien"), rewritten by the rules. Empty when none is ours.
    /// </summary>
    private Reading Read(Utterance utterance, Slots s, QuestionContext context)
    {
        var floor = Math.Max(IntentClassifier.ConfidenceThreshold, utterance.Confidence * RelativeIntentFloor);
        var intents = utterance.Intents.Where(i => i.Score >= floor).Select(i => i.Name).Where(_byIntent.ContainsKey).Distinct().ToList();
        var reading = new Reading(utterance, s, context, intents) { Place = s.CentreSaid ? null : _vocabulary.PlaceNamed(s.Question) };
        foreach (var rule in _intentRules)
        {
            rule(reading);
            if (reading.NotOurs is not null)
            {
                break;
            }
        }
        return reading;
    }

    /// <summary>
    /// "le CASP" after "de quelle formation parlez-vous ?", or "et pour le CP29 ?" / "et TRS102 ?" / "et pour 6 crédits ?" /
    /// "et celles du parcours culture ?" after a question: the new subject takes the last question (a bare name only looks
    /// like an overview request, a number of credits like a credits question, a parcours like a question about the parcours).
    /// </summary>
    private void NewSubjectOfTheLastQuestion(Reading q)
    {
        var last = q.Context.LastIntents;
        // "et c'est quand la rentrée ?" asks the dates; a date alone ("et pour le 12 janvier ?") only looks like it.
        var asksWhen = q.Mentions(_vocabulary.WhenWords) || q.Mentions(_vocabulary.PlanningNouns);
        // "et combien de crédits ?" asks the credits, even once the UE's credits are read as its detail.
        if (last.Count > 0 && IsFollowUp(q.Utterance, q.Slots) && !q.Mentions(_vocabulary.ComparisonWords)
            && !(q.Utterance.Has(Understanding.Intents.Ects) && q.Said.Credits.Count == 0)
            && (q.Context.AwaitingClarification || StartsAsFollowUp(q.Slots))
            && q.Intents.All(i => i is Understanding.Intents.ProgrammeOverview or Understanding.Intents.UeDetail
                || (i == Understanding.Intents.PlanningDates && !asksWhen)
                || (i == Understanding.Intents.Ects && q.Said.Credits.Count > 0)
                || (i == Understanding.Intents.Parcours && q.Said.Parcours is not null)))
        {
            q.Intents = last.Concat(q.Intents.Where(last.Contains)).Distinct().ToList();
            if (q.Slots.ProgrammeSaid && q.Slots.Programme != q.Context.Programme)
            {
                q.Slots = q.Slots.WithFrameOf(q.Context);
            }
        }
    }

    /// <summary>"et à La Réunion ?", "et en cours du soir ?": nothing asked but a new subject, the last question again.</summary>
    private static void LastQuestionAgain(Reading q)
    {
        if (q.Intents.Count == 0 && q.Context.LastIntents.Count > 0 && IsFollowUp(q.Utterance, q.Slots))
        {
            q.Intents = q.Context.LastIntents.ToList();
        }
    }

    /// <summary>
    /// "la différence entre les deux ?", "lesquelles sont en commun ?", "lequel est le moins cher ?" after questions on the
    /// CASP then the CP29: no programme named, the two of the conversation are meant, compared (a difference), their UE
    /// (what they share) or each one's answer.
    /// </summary>
    private void TheTwoOfTheConversation(Reading q)
    {
        // "la différence entre les deux parcours / modes / centres ?" is about those, not the two programmes.
        if (q.Said.Programme is not null || q.Said.UeCodes.Count > 0 || q.Context.Programme is not { } current
            || q.Utterance.Has(Understanding.Intents.Parcours) || q.Said.Parcours is not null
            || q.Said.Domain.Modalities.Count > 0 || q.Said.Domain.Centres.Count > 0
            || q.Slots.PreviousProgramme is not { } previous || previous == current
            || !(q.Mentions(_vocabulary.BothWords) || q.Mentions(_vocabulary.ComparisonWords)))
        {
            return;
        }
        if (q.Intents.Count == 0)
        {
            q.Intents = [q.Mentions(_vocabulary.ComparisonWords) ? Understanding.Intents.ProgrammeOverview
                : q.Context.LastIntents.Contains(Understanding.Intents.UeList) || q.Mentions(_vocabulary.UnitWords) || q.Mentions(_vocabulary.CommonCoreWords)
                    ? Understanding.Intents.UeList : Understanding.Intents.ProgrammeOverview];
        }
        q.Programmes = [previous, current];
    }

    /// <summary>"TRS102 ?": a UE and nothing asked is its detail.</summary>
    private static void UeAlone(Reading q)
    {
        if (q.Intents.Count == 0 && q.Slots.UeCodes.Count > 0)
        {
            q.Intents = [Understanding.Intents.UeDetail];
        }
    }

    /// <summary>"c'est mieux à Paris ou à la Réunion ?": two centres and nothing asked compare what each one teaches; "le cnam
    /// de la réunion" alone, what that centre teaches.</summary>
    private static void CentresAlone(Reading q)
    {
        if (q.Intents.Count == 0 && !q.Slots.ProgrammeSaid && q.Said.Domain.CentresNamed().Count > 0 && q.Slots.UeCodes.Count == 0
            && !q.Said.DescribesAProfile && q.Said.Funding is null && q.Said.Modality is null && q.Said.Dates.Count == 0)
        {
            // "y a-t-il des cours à Saint-Pierre ?": a town of La Réunion with no site in the documents asks where the
            // classes are (the sites they give), not what La Réunion teaches.
            q.Intents = [q.Said.Domain.Centres.TownWithoutSite() ? Understanding.Intents.Contacts : Understanding.Intents.ProgrammeOverview];
        }
    }

    /// <summary>"I have a high school diploma", "2 years as a receptionist": a profile and nothing asked (in French the
    /// questionnaire takes it) asks what it opens: the entry verdict for the programme of the conversation, or each.</summary>
    private static void ProfileAlone(Reading q)
    {
        if (q.Intents.Count == 0 && q.Said.DescribesAProfile)
        {
            q.Intents = [Understanding.Intents.Access];
        }
    }
}
