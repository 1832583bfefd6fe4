using System.Text.Json;
using Cnam.Bot.Cards;
using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Dialogs.Framework.Prompts;
using Cnam.Bot.Knowledge.Text;
using Cnam.Bot.Protocol;
using Cnam.Bot.Understanding;

namespace Cnam.Bot.Dialogs.Eligibility;

/// <summary>
/// Starts the questionnaire: "je voudrais savoir si je peux m'inscrire", the menu's "Suis-je éligible ?", a profile
/// with "je peux faire la licence ?" (its answers pre-filled), a personal fee simulation ("combien je paierai en soir
/// sur 2 ans avec mon employeur ?"), and the result card's buttons. A plain fee question ("combien coûte la licence
/// en cours du soir ?") stays with the question answerer.
/// In English, the questionnaire runs in English and starts on a plain request ("Am I eligible?", "Check my eligibility",
/// "Can you check whether I can enrol?", "Am I eligible for the licence?") or a personal fee simulation ("How much would
/// I pay for the licence?"). A message that already gives a profile ("I have a BTS, can I enrol in the licence?", "I have
/// a high school diploma") stays with the question answerer, whose English answer gives each programme's verdict at once;
/// one that asks which programme to choose ("I have a bac pro and 8 years as a youth worker, which programme would suit
/// me?") starts the questionnaire, which recommends one.
/// </summary>
public sealed class EligibilityTopic(EligibilityDialog dialog, IUtteranceRecognizer recognizer) : IDialogTopic
{
    // A tariff question becomes a simulation only when the applicant asks what they themselves will pay.
    private static readonly string[] SimulationCues =
    [
        "je paierai", "je paierais", "je payerai", "je payerais", "je vais payer", "je devrai payer", "je devrais payer",
        "je vais devoir payer", "me coutera", "me couterait", "me reviendra", "me reviendrait", "simuler", "simulation",
        "estimer mes frais", "calculer mes frais", "mon reste a charge", "combien je vais", "combien j aurai a payer",
        "would i pay", "will i pay", "i would pay", "i will pay", "i ll pay", "i d pay", "would i have to pay", "will i have to pay",
        "would it cost me", "will it cost me", "would cost me", "will cost me", "simulate", "estimate my fees", "calculate my fees",
    ];

    // An English request to check the applicant's own case, which the intents read as an access question ("Can you check
    // whether I can enrol?"): the questionnaire is that check.
    private static readonly string[] CheckCues =
    [
        "check whether i can", "check if i can", "check whether i am", "check if i am", "check whether i m", "check if i m",
        "check my eligibility", "verify whether i can", "verify if i can", "find out whether i can", "find out if i can",
        "see whether i can", "see if i can", "know if i can", "know whether i can", "know if i am", "know if i m", "know whether i am",
        "tell me if i can", "tell me whether i can", "wondering if i can", "wondering whether i can", "wonder if i can",
    ];

    // How far the access intent may outscore eligibility when the applicant describes their own profile.
    private const double ProfileMargin = 0.25;

    // Below this, an access or eligibility score comes from the profile's words alone ("j'ai", a diploma), not a question.
    private const double ProfileOnlyMaximum = 0.6;

    public Dialog Dialog => dialog;

    public bool TryRecognize(DialogContext dc, out object? options)
    {
        if (dc.State.Conversation.LastResult is { } answered && EligibilityUnderstanding.AsksOnlyWhy(dc.Turn.Activity.Text))
        {
            options = new EligibilityStart(null, null, Why: answered);
            return true;
        }
        return TryRecognize(dc.Turn, out options);
    }

    public bool TryRecognize(TurnContext turn, out object? options)
    {
        options = null;
        var activity = turn.Activity;
        if (activity.Value is { ValueKind: JsonValueKind.Object } value)
        {
            var action = new CardSubmission(value).GetString(AdaptiveCards.ActionKey);
            if (action == EligibilityResultCard.RestartAction)
            {
                // An English card's "Start again" starts the questions again in English.
                var language = new CardSubmission(value).GetString("language") == "en" ? "en" : null;
                options = new EligibilityStart(new EligibilityAnswers { Language = language }, null);
                return true;
            }
            if (action is EligibilityResultCard.PlanningAction or EligibilityResultCard.MeetingAction or EligibilityResultCard.ContactAction)
            {
                // A forged submission that does not fit the button's data still gets that button's answer, without its details.
                var followUp = new CardSubmission(value.Clone()).As<EligibilityFollowUp>() ?? new EligibilityFollowUp(action, null, null, null);
                options = new EligibilityStart(null, followUp);
                return true;
            }
            return false;
        }
        if (string.IsNullOrWhiteSpace(activity.Text))
        {
            return false;
        }
        var u = recognizer.Recognize(turn, activity.Text);
        if (u.IsOutOfScope)
        {
            return false;
        }
        var english = u.Language == LanguageDetector.English;
        if (StartsEligibilityIn(u))
        {
            var answers = EligibilityUnderstanding.Apply(new EligibilityAnswers { Language = english ? "en" : null }, u, null);
            // "suis-je éligible au CASP ou à la licence ?": which of them is open, the recommendation's question.
            options = new EligibilityStart(TwoProgrammes(u) ? answers with { Programme = null, Parcours = null, ProgrammeUnknown = true } : answers, null,
                OnTheSubject: true);
            return true;
        }
        if (StartsSimulation(u))
        {
            options = new EligibilityStart(EligibilityUnderstanding.Apply(
                new EligibilityAnswers { Mode = EligibilityMode.Fees, Language = english ? "en" : null }, u, null), null, OnTheSubject: true);
            return true;
        }
        if (english && !AsksAdviceForProfile(u))
        {
            // A profile given in English gets the question answerer's verdict for each programme (see the summary); one
            // that asks which programme to choose gets the questionnaire's recommendation, as in French.
            return false;
        }
        if (DescribesProfileOnly(u) || AsksAdviceForProfile(u))
        {
            options = new EligibilityStart(EligibilityUnderstanding.Apply(new EligibilityAnswers { Language = english ? "en" : null }, u, null), null,
                FromProfile: true);
            return true;
        }
        return false;
    }

    /// <summary>"Avec un DEAES, je peux faire quoi ?", "J'ai un master, quelle formation ?": a profile and which programme to choose.</summary>
    public static bool AsksAdviceForProfile(Utterance u) =>
        u.Entities.Programme is null && u.Entities.DescribesAProfile && EligibilityUnderstanding.AsksAdvice(u);

    /// <summary>
    /// Looser than <see cref="UtteranceEntities.DescribesAProfile"/>: any diploma level or experience named ("niveau terminale, 2 ans de vendeuse"),
    /// enough when the eligibility intent nearly leads.
    /// </summary>
    private static bool MentionsProfile(Utterance u) =>
        u.Entities.Diplomas.Any(d => d.Held || d.Negated || d.Level is not null) || u.Entities.Experience is not null;

    /// <summary>
    /// The message tells who the person is and asks nothing else: "j'ai un BTS", "10 ans dans l'insertion", "bonjour,
    /// bac pro et 3 ans comme animatrice", "je n'ai aucun diplôme et je travaille depuis 20 ans en mission locale" (the word
    /// "diplôme" alone is a weak cue of the award conditions, which "ça suffit ?" asks). A prospect who says this wants to
    /// know what it opens to them. A profile with a question of its own ("je n'ai pas le bac, c'est combien ?") stays with
    /// the question answerer.
    /// </summary>
    public static bool DescribesProfileOnly(Utterance u) =>
        u.Entities.DescribesAProfile && !AsksUnderACondition(u) && u.ConfidentIntents.All(i => Intents.Politeness.Contains(i)
            || i is Intents.Access or Intents.EligibilityStart && u.Score(i) < ProfileOnlyMaximum
            || i is Intents.DiplomaConditions && u.Score(i) < ProfileOnlyMaximum && !u.Raw.Contains('?', StringComparison.Ordinal));

    /// <summary>
    /// "je dois le faire si je travaille déjà dans l'insertion ?": a question asked for the person's case, about what the
    /// conversation was on, not a profile given to be assessed.
    /// </summary>
    private static bool AsksUnderACondition(Utterance u) =>
        u.Raw.Contains('?', StringComparison.Ordinal) && FrenchText.HasAnyWord(u.Raw, ConditionWords);

    private static readonly HashSet<string> ConditionWords = new(StringComparer.Ordinal) { "si", "if" };

    /// <summary>The eligibility score of a bare "je peux" ("je peux suivre…", 0.55), under that of asking to enrol or to be checked.</summary>
    private const double WeakCheck = 0.6;

    /// <summary>The eligibility intent leads, or nearly leads an access question that describes the applicant's own profile.</summary>
    public static bool StartsEligibility(Utterance u)
    {
        if (!u.Has(Intents.EligibilityStart))
        {
            return false;
        }
        if (u.Entities.Modality is Modality.Alternance or Modality.Distance && !u.Entities.DescribesAProfile)
        {
            // "je peux faire la licence en alternance ?" asks how the programme may be followed, not whether one may enter.
            return false;
        }
        if (u.Entities.Domain.Modalities.Count > 0 && !u.Entities.DescribesAProfile && !MentionsProfile(u)
            && (u.Score(Intents.EligibilityStart) < WeakCheck || Questions.AnsweringVocabulary.Default.SpeaksOfWorking(u.Raw)))
        {
            // "je peux faire la licence le soir ?", "je travaille la journée, je peux suivre les cours du soir ?": only a "je
            // peux" to go on, and a mode named: how the programme may be followed ("Oui" with the mode), not a check; nor
            // "je travaille, puis-je faire la licence en cours du soir ?", whose job is what the mode must fit beside.
            return false;
        }
        if (Questions.AnsweringVocabulary.Default.AsksFree(u.Raw))
        {
            // "je suis au RSA, je peux faire le CP29 gratuitement ?" asks what it costs (the documents never say free).
            return false;
        }
        if (u.Entities.Centre is null && Questions.AnsweringVocabulary.Default.PlaceNamed(u.Raw) is not null)
        {
            // "je suis à Lyon, je peux suivre la licence ?" asks where it is taught; with a profile ("en Guadeloupe, avec un
            // BTS"), the answerer's verdict for each centre comes with it.
            return false;
        }
        if (u.TopIntent!.Name == Intents.EligibilityStart)
        {
            return true;
        }
        if (!MentionsProfile(u))
        {
            return false;
        }
        // "Niveau terminale, 2 ans de vendeuse, je voudrais faire le CP29": a person describing themselves and a wish
        // asks whether they can enter, even when a word of the profile ("niveau", "diplôme") looks like a topic.
        return u.TopIntent.Name is Intents.Access or Intents.Level or Intents.DiplomaConditions or Intents.ProgrammeOverview or Intents.Audience
            && u.Score(u.TopIntent.Name) - u.Score(Intents.EligibilityStart) <= ProfileMargin;
    }

    /// <summary>The questionnaire starts on this message: <see cref="StartsEligibility"/> in French, <see cref="StartsEligibilityInEnglish"/> in English.</summary>
    public static bool StartsEligibilityIn(Utterance u) =>
        // A diploma obtained abroad: the questionnaire would ask its French level, which the person cannot tell.
        !AsksWhenToRegister(u) && !OneAfterTheOther(u) && !Questions.AnsweringVocabulary.Default.SpeaksOfForeignDiploma(u.Raw)
        && (u.Language == LanguageDetector.English ? StartsEligibilityInEnglish(u) : StartsEligibility(u));

    // Between two programmes, one taken after the other.
    private static readonly string[] SequenceWords = ["puis", "ensuite", "apres", "then", "after", "afterwards", "followed"];

    /// <summary>
    /// "je peux faire le CASP puis la licence ?": two programmes one after the other ask how they fit together, which the
    /// question answerer says; the questionnaire checks one programme for one person.
    /// </summary>
    private static bool OneAfterTheOther(Utterance u) =>
        TwoProgrammes(u) && FrenchText.Fold(u.Raw).Split(' ').Any(w => SequenceWords.Contains(w));

    private static bool TwoProgrammes(Utterance u) =>
        u.Entities.Domain.Programmes.Distinct().Count() > 1 && !MentionsProfile(u) && !u.Entities.DescribesAProfile;

    /// <summary>"Can I enrol in March?", "je peux m'inscrire en février ?", "When can I enrol in the CASP?": when, which the
    /// registration dates answer.</summary>
    private static bool AsksWhenToRegister(Utterance u) =>
        (u.Entities.Dates is [{ Kind: DateKind.Month }] || Questions.AnsweringVocabulary.Default.AsksWhenToRegister(u.Raw)) && !MentionsProfile(u);

    /// <summary>
    /// An English request to check the applicant's eligibility, with no profile in it: the eligibility intent leads as in
    /// French, or a check of the applicant's own case is asked (<see cref="CheckCues"/>).
    /// </summary>
    public static bool StartsEligibilityInEnglish(Utterance u)
    {
        if (MentionsProfile(u) || u.Entities.DescribesAProfile)
        {
            return false;
        }
        var folded = " " + FrenchText.Fold(u.Raw) + " ";
        return StartsEligibility(u) || CheckCues.Any(c => folded.Contains(" " + c + " ", StringComparison.Ordinal));
    }

    /// <summary>A tariff question about what the applicant will pay.</summary>
    public static bool StartsSimulation(Utterance u)
    {
        if (u.TopIntent?.Name != Intents.Tariffs || !u.IsConfident)
        {
            return false;
        }
        if (u.Entities.UeCodes.Count > 0 || u.Entities.Credits.Count > 0 || u.Entities.Hours.Count > 0)
        {
            // "combien me coûterait TET003 ?" prices one UE (or so many credits or hours): the question answerer
            // computes it; the simulation prices a whole programme.
            return false;
        }
        if (u.Entities.Programme is not null && u.Entities.Modality is not null && u.Entities.Funding is not null)
        {
            // "combien je vais payer la licence en cours du soir avec le CPF ?" names every fee line it needs: the fees
            // themselves answer it at once, where the simulation would ask questions first.
            return false;
        }
        var folded = " " + FrenchText.Fold(u.Raw) + " ";
        return SimulationCues.Any(c => folded.Contains(" " + c + " ", StringComparison.Ordinal));
    }
}
