using System.Text.Json;
using Cnam.Bot.Cards;
using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Dialogs.Framework.Prompts;
using Cnam.Bot.Knowledge.Text;
using Cnam.Bot.Protocol;
using Cnam.Bot.Understanding;

namespace Cnam.Bot.Dialogs.Meetings;

/// <summary>
/// Starts the registration when someone wants to attend a meeting: "je veux m'inscrire à une réunion d'information",
/// the menu's "Réunion d'information" (or the English menu's "Information meeting"), the eligibility result card's
/// "Réunion d'information" button (with its programme and centre), and in English ("How do I sign up for the info
/// session?": the registration then runs in English). A question about meetings ("c'est quoi la réunion d'information ?")
/// stays with the question answerer and its documents.
/// </summary>
public sealed class MeetingTopic(MeetingRegistrationDialog dialog, IUtteranceRecognizer recognizer) : IDialogTopic
{
    // Words of a wish to come, not of a question about the meeting.
    private static readonly string[] RegistrationCues =
    [
        "inscrire", "inscris", "inscrit", "inscription", "participer", "assister", "reserver", "venir", "m y rendre",
        "une place", "register", "sign up", "sign me up", "enrol", "enroll", "book", "attend", "join",
    ];

    // Whether the meeting is required ("il faut passer par la réunion d'information pour s'inscrire ?") is a question
    // about it, which the question answerer takes, not a wish to register.
    private static readonly string[] RequiredCues =
    [
        "obligatoire", "obligatoires", "faut il", "il faut", "necessaire", "indispensable", "imperatif", "mandatory", "compulsory",
        "required", "do i have to", "must i", "do i need to", "is it necessary",
    ];

    private static readonly string[] MenuEntries = [FrenchText.Fold(BotTexts.InformationMeeting), FrenchText.Fold(BotTexts.InformationMeetingEn)];

    public Dialog Dialog => dialog;

    public bool TryRecognize(TurnContext turn, out object? options)
    {
        options = null;
        var activity = turn.Activity;
        if (activity.Value is { ValueKind: JsonValueKind.Object } value)
        {
            var submission = new CardSubmission(value);
            if (submission.GetString(AdaptiveCards.ActionKey) != EligibilityResultCard.MeetingAction)
            {
                return false;
            }
            options = new MeetingAnswers
            {
                Programme = submission.GetString("programme"),
                Centre = submission.GetString("centre"),
                Language = submission.GetString("language") == "en" ? "en" : "fr",
            };
            return true;
        }
        var folded = FrenchText.Fold(activity.Text);
        if (folded.Length == 0)
        {
            return false;
        }
        if (MenuEntries.Contains(folded))
        {
            // The English menu's button registers in English.
            options = new MeetingAnswers { Language = folded == FrenchText.Fold(BotTexts.InformationMeetingEn) ? "en" : "fr" };
            return true;
        }
        var u = recognizer.Recognize(turn, activity.Text);
        var padded = " " + folded + " ";
        if (!u.Has(Intents.InformationMeeting) || !RegistrationCues.Any(c => padded.Contains(" " + c, StringComparison.Ordinal))
            || RequiredCues.Any(c => padded.Contains(" " + c + " ", StringComparison.Ordinal)))
        {
            return false;
        }
        options = new MeetingAnswers
        {
            Programme = u.Entities.Programme?.Code(),
            Centre = u.Entities.Centre?.CentreName(),
            Language = u.Language == "en" ? "en" : "fr",
        };
        return true;
    }
}
