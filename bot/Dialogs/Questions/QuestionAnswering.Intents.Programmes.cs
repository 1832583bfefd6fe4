using Cnam.Bot.Understanding;

namespace Cnam.Bot.Dialogs.Questions;

// The rules on programmes, entry and funding: a profile's verdict, a job or place asked, a length, the ways of following,
// registering in a month, who pays.
public sealed partial class QuestionAnswering
{
    /// <summary>"mon diplôme marocain est-il reconnu en France ?", "j'ai un diplôme étranger, je peux m'inscrire ?": the person's
    /// foreign diploma against the entry requirements, not our diplomas' recognition nor a programme's presentation.</summary>
    private void ForeignDiploma(Reading q)
    {
        if (_vocabulary.SpeaksOfForeignDiploma(q.Slots.Question))
        {
            q.Intents = [Understanding.Intents.Access];
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
            // "Can I do the licence in one year in the evening?": a bare "can I do", as the French "puis-je faire", is the way
            // of asking the other topic, not the entry requirements too.
            if (q.Intents[0] != Understanding.Intents.Access && q.Utterance.Score(Understanding.Intents.Access) < BareCanI)
            {
                q.Intents.Remove(Understanding.Intents.Access);
            }
        }
    }

    /// <summary>The access score of a bare "can I do" ("can i do: 0.6"), under that of asking to join or apply.</summary>
    private const double BareCanI = 0.7;

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

    // Longer than any programme the documents describe (three years at the most, with a year to spare): an age or a career,
    // not a length of study.
    private const int MaxProgrammeMonths = 48;

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

    /// <summary>"je suis à Lyon, est-ce que je peux suivre la licence ?", "le CASP est possible en Guadeloupe ?": a place that
    /// is no centre, no profile, and nothing asked but whether one may follow it, is where and how it is taught (with the note
    /// that the documents describe no classes there), not its entry conditions.</summary>
    private void PlaceAsked(Reading q)
    {
        if (q.Place is not null && !q.Said.DescribesAProfile && q.Intents.Count > 0
            && q.Intents.All(i => i is Understanding.Intents.Access or Understanding.Intents.EligibilityStart))
        {
            q.Intents = [Understanding.Intents.ProgrammeOverview];
        }
    }

    /// <summary>"la formation a lieu où ?": where is asked, which the contacts' addresses answer, not the classes' dates ("a
    /// lieu") unless when is asked too.</summary>
    private void WhereAsked(Reading q)
    {
        if (!q.Has(Understanding.Intents.Contacts) && _vocabulary.AsksWhere(q.Slots)
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
    /// "je peux m'inscrire en février ?", "can I enrol in March?", "peut-on commencer la licence en janvier ?", "quand peut-on
    /// s'inscrire à la licence ?": when one may
    /// register or start, which the registration dates answer, not who may enter (no profile is said) nor what the
    /// programme is.
    /// </summary>
    private void RegistrationInAMonth(Reading q)
    {
        if ((q.Said.Dates is [{ Kind: Understanding.DateKind.Month }]
                && (q.Mentions(_vocabulary.RegistrationWords) || q.Mentions(_vocabulary.PlanningStart) && _vocabulary.AsksWhetherOneCan(q.Slots.Question))
                || _vocabulary.AsksWhenToRegister(q.Slots.Question))
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

    /// <summary>
    /// "faut-il un CAP pour faire le CP29 ?", "do I need a bac for the CASP?": a diploma the person does not say they hold,
    /// asked to be needed for a programme named, asks the entry (whether that diploma is needed).
    /// </summary>
    private void DiplomaNeededForAProgramme(Reading q)
    {
        if (q.Slots.ProgrammeSaid && q.Said.Diploma is { Held: false, Negated: false, Level: not null } && !q.Has(Understanding.Intents.Access)
            && (q.Mentions(_vocabulary.RequiredWords) || q.Mentions(_vocabulary.NeedWords)) && q.Utterance.Raw.Contains('?', StringComparison.Ordinal))
        {
            q.Intents = [Understanding.Intents.Access];
        }
    }

    /// <summary>
    /// "il y a combien de places en cours du jour ?", "quel est le salaire d'un conseiller en insertion ?": a subject no
    /// document covers, asked in so many words; what is said of it, not the mode or the jobs its other words look like.
    /// </summary>
    private void NotCoveredAsked(Reading q)
    {
        if (_vocabulary.NotCoveredAsked(q.Slots.Question) is { } subject)
        {
            q.NotOurs = subject.Id;
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
}
