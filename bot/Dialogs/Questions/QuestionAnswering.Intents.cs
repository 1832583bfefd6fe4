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

    // Longer than any programme the documents describe (three years at the most, with a year to spare): an age or a career,
    // not a length of study.
    private const int MaxProgrammeMonths = 48;

    /// <summary>The rules, in the order they apply; each may read what the ones before it chose.</summary>
    private Action<Reading>[] IntentRules() =>
    [
        ForeignDiploma, PointedUe, UeOfThePronoun, CreditsOfTheUe, SpecificAbsorbsGeneral, CreditsGiven, DayOfThePlanning, DatesOfTheExams, OneUe,
        JobDefined, InternshipPay, SubjectInTheProgramme, LengthAsked, OverviewBesideAQuestion, EligibilityBesideAQuestion, RouteForAProfile, VerdictFirst, ParcoursAsSubject, VolumeOfTheProgramme,
        ServiceHours, WhereAsked, PlaceAsked, WaysOfFollowing, RegistrationInAMonth, FunderRefunds, FundingNamed, NewSubjectOfTheLastQuestion, DiplomaEnoughForAProgramme, DiplomaNotOurs, FundingAlone, LastQuestionAgain,
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
        var reading = new Reading(utterance, s, context, intents);
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

    /// <summary>"mon diplôme marocain est-il reconnu en France ?", "j'ai un diplôme étranger, je peux m'inscrire ?": the person's
    /// foreign diploma against the entry requirements, not our diplomas' recognition nor a programme's presentation.</summary>
    private void ForeignDiploma(Reading q)
    {
        if (_vocabulary.SpeaksOfForeignDiploma(q.Slots.Question))
        {
            q.Intents = [Understanding.Intents.Access];
        }
    }

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
    /// come before how the exams are organised.</summary>
    private void DatesOfTheExams(Reading q)
    {
        if (q.Has(Understanding.Intents.Exams) && q.Has(Understanding.Intents.PlanningDates) && q.Mentions(_vocabulary.WhenWords))
        {
            q.First(Understanding.Intents.PlanningDates);
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

    /// <summary>"What is the VAPP?" is about the VAPP, not about every programme; "qu'est-ce que j'ai jeudi ?" about
    /// Thursday, not about the programme the conversation was on.</summary>
    private static void OverviewBesideAQuestion(Reading q)
    {
        if (q.Intents.Count > 1 && !q.Slots.ProgrammeSaid)
        {
            q.Intents.Remove(Understanding.Intents.ProgrammeOverview);
        }
    }

    /// <summary>"je peux faire une partie de la formation et la finir plus tard ?": with no profile given, "je peux faire"
    /// beside another question asks how, not who may enter.</summary>
    private static void EligibilityBesideAQuestion(Reading q)
    {
        if (q.Intents.Count > 1 && q.Intents[0] != Understanding.Intents.EligibilityStart && q.Said.Diploma is null && q.Said.Experience is null)
        {
            q.Intents.Remove(Understanding.Intents.EligibilityStart);
        }
    }

    /// <summary>"sans diplôme mais 12 ans d'animateur, je peux avoir la licence par la VAPP ?": with a profile given,
    /// whether that route is open to this person comes first, then what the route is.</summary>
    private static void RouteForAProfile(Reading q)
    {
        if (q.Has(Understanding.Intents.ValidationRoutes) && q.Slots.ProgrammeSaid
            && (q.Said.Diploma is { Held: true } || q.Said.Experience is not null))
        {
            q.Intents.Remove(Understanding.Intents.Access);
            q.Intents.Insert(0, Understanding.Intents.Access);
        }
    }

    /// <summary>"I'm a job seeker with a bac and 5 years as a receptionist: which programme can I do and how much would it
    /// cost?": with a profile given, whether the person may enter comes before what it costs; asked about the internship,
    /// the profile is for its verdict.</summary>
    private static void VerdictFirst(Reading q)
    {
        if (q.Said.DescribesAProfile && q.Intents.FirstOrDefault() == Understanding.Intents.Internship)
        {
            // "je travaille dans une association d'insertion, mon travail compte comme stage ?": the profile says whether the
            // internship is required, which is asked; not whether the person may enter.
            q.Intents.RemoveAll(i => i is Understanding.Intents.Access or Understanding.Intents.EligibilityStart);
            return;
        }
        if (q.Said.DescribesAProfile && q.Intents.Count > 1
            && q.Intents.FirstOrDefault(i => i is Understanding.Intents.EligibilityStart or Understanding.Intents.Access) is { } verdict)
        {
            q.Intents.Remove(verdict);
            q.Intents.Insert(0, verdict);
        }
    }

    /// <summary>"planning complet du parcours culture", "combien coûte le parcours culture ?": the parcours named is the
    /// subject of another question, not a question about the parcours. "le parcours culture c'est quoi ?" is one: the
    /// parcours, not the licence's overview.</summary>
    private static void ParcoursAsSubject(Reading q)
    {
        if (q.Intents.Count > 1 && q.Said.Parcours is not null)
        {
            q.Intents.Remove(q.Intents.All(i => i is Understanding.Intents.Parcours or Understanding.Intents.ProgrammeOverview)
                ? Understanding.Intents.ProgrammeOverview : Understanding.Intents.Parcours);
        }
        else if (q.Said.Parcours is null && q.Said.UeCodes.Count > 0 && q.Has(Understanding.Intents.Parcours))
        {
            // "l'UE TRS107 est dans quel parcours ?": the UE's detail says where it belongs.
            q.Replace(Understanding.Intents.Parcours, Understanding.Intents.UeDetail);
        }
    }

    /// <summary>"combien d'heures de cours au total pour le CASP ?", "How many hours of teaching in the CASP?": its volume
    /// (the length answer gives it, with the modes and their times), not only the class times.</summary>
    private void VolumeOfTheProgramme(Reading q)
    {
        if (q.Has(Understanding.Intents.Hours) && q.Slots.ProgrammeSaid && q.Slots.UeCodes.Count == 0 && q.Said.Credits.Count == 0
            && q.Mentions(_vocabulary.QuantityWords) && q.Mentions(_vocabulary.HourWords))
        {
            q.Replace(Understanding.Intents.Hours, Understanding.Intents.Duration);
        }
    }

    /// <summary>"le stage de la licence est-il rémunéré ?": pay reads as out of scope (a salary), but pay said with a word of
    /// the internship is the internship's, whose documents do not say it (the internship answer says so).</summary>
    private void InternshipPay(Reading q)
    {
        if (q.Intents.Count == 0 && q.Utterance.Score(Understanding.Intents.Internship) >= InternshipWordScore && q.Mentions(_vocabulary.InternshipPayWords))
        {
            q.Intents = [Understanding.Intents.Internship];
        }
    }

    // The internship score a word of the internship alone gives ("stage"), however much else the question says.
    private const double InternshipWordScore = 0.3;

    /// <summary>"c'est quoi un coordonnateur de projets d'insertion ?", "que fait une chargée d'insertion ?": no programme
    /// named, and the words asked the meaning of are a job a programme lists (or names itself by): that programme's jobs,
    /// the one asked first, not the catalogue or the UEs whose titles share a word.</summary>
    private void JobDefined(Reading q)
    {
        if (!q.Slots.ProgrammeSaid && q.Slots.UeCodes.Count == 0
            && q.Intents.All(i => i is Understanding.Intents.ProgrammeOverview or Understanding.Intents.Audience or Understanding.Intents.Jobs
                or Understanding.Intents.UeList or Understanding.Intents.UeDetail or Understanding.Intents.Level)
            && _programmes.ProgrammeOfDefinedJob(q.Slots) is { } code)
        {
            q.Slots = q.Slots with { Programme = code, Centre = q.Slots.CentreSaid ? q.Slots.Centre : null };
            q.Intents = [Understanding.Intents.Jobs];
        }
    }

    /// <summary>"y a-t-il de l'anglais dans la licence ?", "is there English in the licence?": a programme named and nothing
    /// asked but what it contains, with a word of its UEs' titles, is that subject among its UEs, not its presentation.</summary>
    private void SubjectInTheProgramme(Reading q)
    {
        if (q.Intents is [Understanding.Intents.ProgrammeOverview] && q.Slots.ProgrammeSaid && q.Slots.UeCodes.Count == 0
            && _vocabulary.AsksWhatItContains(q.Slots.Question) && _ues.OnTheSubject(q.Slots) is not null)
        {
            q.Replace(Understanding.Intents.ProgrammeOverview, Understanding.Intents.UeList);
        }
    }

    /// <summary>"Can I do the CASP in 6 months?", "on peut faire la formation en 6 mois ?": a length said, no experience, and
    /// nothing asked but whether one may do it is the programme's length, not its entry. Not an age ("j'ai 50 ans, c'est
    /// trop tard ?"): no programme lasts years on end.</summary>
    private void LengthAsked(Reading q)
    {
        if (q.Said.Durations is [{ Months: <= MaxProgrammeMonths }] && q.Said.Experience is null && !q.Said.DescribesAProfile
            && !q.Mentions(_vocabulary.AgeWords) && q.Intents.Count > 0
            && q.Intents.All(i => i is Understanding.Intents.Access or Understanding.Intents.ProgrammeOverview or Understanding.Intents.EligibilityStart))
        {
            q.Intents = [Understanding.Intents.Duration];
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

    /// <summary>"je suis à Lyon, est-ce que je peux suivre la licence ?", "le CASP est possible en Guadeloupe ?": a place that
    /// is no centre, no profile, and nothing asked but whether one may follow it, is where and how it is taught (with the note
    /// that the documents describe no classes there), not its entry conditions.</summary>
    private void PlaceAsked(Reading q)
    {
        if (!q.Slots.CentreSaid && !q.Said.DescribesAProfile && _vocabulary.PlaceNamed(q.Slots.Question) is not null && q.Intents.Count > 0
            && q.Intents.All(i => i is Understanding.Intents.Access or Understanding.Intents.EligibilityStart))
        {
            q.Intents = [Understanding.Intents.ProgrammeOverview];
        }
    }

    /// <summary>"la formation a lieu où ?": where is asked, which the contacts' addresses answer, not the classes' dates ("a
    /// lieu") unless when is asked too.</summary>
    private void WhereAsked(Reading q)
    {
        if (!q.Has(Understanding.Intents.Contacts) && _vocabulary.AsksWhere(q.Slots.Question)
            && q.Intents.All(i => i is Understanding.Intents.PlanningDates or Understanding.Intents.ProgrammeOverview))
        {
            q.Intents = q.Mentions(_vocabulary.WhenWords) ? [Understanding.Intents.Contacts, Understanding.Intents.PlanningDates] : [Understanding.Intents.Contacts];
        }
    }

    /// <summary>"la formation est accessible à distance ?", "le CASP est-il accessible en alternance ?", "je peux faire la
    /// licence en alternance ?": a question about the ways of following the programmes, not about who may enter.</summary>
    private void WaysOfFollowing(Reading q)
    {
        if (q.Said.Modality is not null && q.Context.LastIntents.Count == 0 && q.Slots.UeCodes.Count == 0
            && !q.Mentions(_vocabulary.AdmissionWords)
            && (q.Intents.All(i => i == Understanding.Intents.ProgrammeOverview)
                || q.Intents is [Understanding.Intents.Access or Understanding.Intents.EligibilityStart]
                    && q.Said.Diploma is null && q.Said.Experience is null))
        {
            q.Intents = [Understanding.Intents.Duration];
        }
    }

    /// <summary>
    /// "je peux m'inscrire en février ?", "can I enrol in March?", "peut-on commencer la licence en janvier ?": when one may
    /// register or start, which the registration dates answer, not who may enter (no profile is said) nor what the
    /// programme is.
    /// </summary>
    private void RegistrationInAMonth(Reading q)
    {
        if (q.Said.Dates is [{ Kind: Understanding.DateKind.Month }]
            && (q.Mentions(_vocabulary.RegistrationWords) || q.Mentions(_vocabulary.PlanningStart) && _vocabulary.AsksWhetherOneCan(q.Slots.Question))
            && q.Said.Diploma is null && q.Said.Experience is null
            && q.Intents.Count > 0 && q.Intents.All(i => i is Understanding.Intents.Access or Understanding.Intents.EligibilityStart
                or Understanding.Intents.PlanningDates or Understanding.Intents.ProgrammeOverview))
        {
            q.Intents = [Understanding.Intents.PlanningDates];
        }
    }

    /// <summary>
    /// "la formation est-elle remboursée par Pôle emploi ?", "le CPF rembourse la licence ?": a funder that refunds is a
    /// funder that pays, which the fees answer; a refund is a withdrawal's only with a word of cancelling.
    /// </summary>
    private void FunderRefunds(Reading q)
    {
        if (q.Intents.Contains(Understanding.Intents.Withdrawal) && q.Said.Funding is not (null or Understanding.Funding.Individual)
            && !q.Mentions(_vocabulary.CancelWords))
        {
            q.Replace(Understanding.Intents.Withdrawal, Understanding.Intents.Tariffs);
        }
    }

    /// <summary>"c'est quoi le DIF ?", "What is the CPF?": the documents name a funding only in the fees, which is where
    /// it is found, not in the list of programmes.</summary>
    private static void FundingNamed(Reading q)
    {
        if (q.Said.Funding is not null && !q.Slots.ProgrammeSaid && q.Context.LastIntents.Count == 0 && q.Intents.Count > 0
            && q.Intents.All(i => i is Understanding.Intents.ProgrammeOverview or Understanding.Intents.UeDetail))
        {
            q.Intents = [Understanding.Intents.Tariffs];
        }
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

    /// <summary>
    /// "est-ce que le DEAES permet de faire la licence ?", "un CAP suffit pour le CP29 ?": a diploma of the person's kind
    /// said to be enough for a programme named asks the entry, whatever else its words look like (the overview, the jobs).
    /// </summary>
    private void DiplomaEnoughForAProgramme(Reading q)
    {
        if (q.Slots.ProgrammeSaid && _vocabulary.AsksIfDiplomaIsEnough(q.Slots) && !q.Has(Understanding.Intents.Access))
        {
            q.Intents = [Understanding.Intents.Access];
        }
    }

    /// <summary>"combien coûte le DEES ?": a diploma that is not one of ours.</summary>
    private static void DiplomaNotOurs(Reading q)
    {
        if (!q.Slots.ProgrammeSaid && q.Said.Diploma is { Held: false, Negated: false } other && other.Level is not null
            && q.Intents.Count > 0 && q.Intents.All(i => i is Understanding.Intents.Tariffs or Understanding.Intents.ProgrammeOverview
                or Understanding.Intents.Duration or Understanding.Intents.Jobs or Understanding.Intents.PlanningDates))
        {
            q.NotOurs = "programme-unknown";
        }
    }

    /// <summary>
    /// "je suis demandeur d'emploi", "c'est mon employeur qui paie" and nothing else, after a question about something
    /// other than the fees (the entry, the dates): who pays changes the fees, so they are what is answered, for the
    /// conversation's programme and centre. After a fee question, the rule below asks it again with that funding.
    /// </summary>
    private static void FundingAlone(Reading q)
    {
        if (q.Intents.Count == 0 && q.Said.Funding is not null && !q.Utterance.IsOutOfScope && !q.Context.LastIntents.Contains(Understanding.Intents.Tariffs)
            && q.Said.Programme is null && q.Said.Centre is null && q.Said.Modality is null && q.Said.Parcours is null
            && q.Slots.UeCodes.Count == 0 && q.Said.Diploma is null && q.Said.Experience is null)
        {
            q.Intents = [Understanding.Intents.Tariffs];
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
            q.Intents = [Understanding.Intents.ProgrammeOverview];
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
