using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Knowledge.Text;
using Cnam.Bot.Protocol;
using Cnam.Bot.Understanding;

namespace Cnam.Bot.Dialogs.Meetings;

/// <summary>
/// "j'ai assisté à la réunion d'information hier, quelles sont les prochaines étapes ?", "I went to the info session last
/// week, what now?": someone who came to a meeting asks what follows it. They get their next steps, not the meetings
/// again nor a registration for another one. "je n'ai pas pu assister à la réunion" is no attendance.
/// </summary>
public sealed class AfterMeetingTopic(AfterMeetingDialog dialog, IUtteranceRecognizer recognizer) : IDialogTopic
{
    // Words that say the meeting took place for the person, folded; each is matched as whole words.
    private static readonly string[] AttendedCues =
    [
        "assiste a", "participe a", "ete a la", "ete a une", "suis alle", "suis allee", "suis venu", "suis venue", "etais a", "suivi la",
        "apres la reunion", "depuis la reunion", "attended", "went to", "been to", "was at", "came to", "after the",
    ];

    private static readonly string[] NegationCues =
        ["pas", "n ai", "jamais", "rate", "not", "didn t", "haven t", "hasn t", "never", "couldn t", "missed", "before the"];

    // Matched as whole words in the message padded with spaces: padded once here, not on every turn.
    private static readonly string[] Attended = AttendedCues.Select(c => $" {c} ").ToArray();
    private static readonly string[] Negated = NegationCues.Select(c => $" {c} ").ToArray();

    public Dialog Dialog => dialog;

    public bool TryRecognize(TurnContext turn, out object? options)
    {
        options = null;
        var folded = FrenchText.Fold(turn.Activity.Text);
        if (folded.Length == 0)
        {
            return false;
        }
        var padded = " " + folded + " ";
        bool Says(string cue) => padded.Contains(cue, StringComparison.Ordinal);
        if (!Attended.Any(Says) || Negated.Any(Says))
        {
            return false;
        }
        var u = recognizer.Recognize(turn, turn.Activity.Text);
        if (!u.Has(Intents.InformationMeeting))
        {
            return false;
        }
        options = new AfterMeetingRequest
        {
            Programme = u.Entities.Programme?.Code(),
            Centre = u.Entities.Centre?.CentreName(),
            Language = u.Language == "en" ? "en" : "fr",
        };
        return true;
    }
}
