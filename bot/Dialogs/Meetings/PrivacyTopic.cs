using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Protocol;
using Cnam.Bot.Understanding;

namespace Cnam.Bot.Dialogs.Meetings;

/// <summary>
/// "mes données", "que savez-vous de moi ?", "what do you know about me?" (see them) and "supprimer mes données",
/// "delete my data" (erase them), answered in the language asked.
/// </summary>
public sealed class PrivacyTopic(PrivacyDialog dialog, IUtteranceRecognizer recognizer) : IDialogTopic
{
    // Above the lexicon's weak cues ("supprimer", "effacer" alone: 0.5), so "supprimer une UE" is no erasure request.
    private const double MinimumScore = 0.6;

    public Dialog Dialog => dialog;

    public bool TryRecognize(TurnContext turn, out object? options)
    {
        options = null;
        if (string.IsNullOrWhiteSpace(turn.Activity.Text))
        {
            return false;
        }
        var u = recognizer.Recognize(turn, turn.Activity.Text);
        if (u.TopIntent is not { Score: >= MinimumScore })
        {
            return false;
        }
        options = u.TopIntent!.Name switch
        {
            Intents.DeleteMyData => new PrivacyRequest { Erase = true, Language = u.Language == "en" ? "en" : "fr" },
            Intents.MyData => new PrivacyRequest { Language = u.Language == "en" ? "en" : "fr" },
            _ => null,
        };
        return options is not null;
    }
}
