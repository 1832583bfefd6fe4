using Cnam.Bot.Dialogs;
using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Knowledge.Text;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Tests.Dialogs.Fakes;

/// <summary>Starts <see cref="RegistrationDialog"/> on "inscription"; "inscription à Paris" pre-fills the site.</summary>
public sealed class RegistrationTopic : IDialogTopic
{
    public Dialog Dialog { get; } = new RegistrationDialog();

    public bool TryRecognize(TurnContext turn, out object? options)
    {
        var words = FrenchText.Words(turn.Activity.Text);
        options = null;
        if (!words.Contains("inscription"))
        {
            return false;
        }
        options = new RegistrationAnswers { Site = words.Contains("paris") ? "paris" : null };
        return true;
    }
}
