namespace Cnam.Bot.Dialogs;

/// <summary>
/// A top-level dialog that gives a command its own meaning while it runs: in the eligibility questionnaire
/// "retour" takes the last answer back instead of showing the menu. <see cref="CancelAndHelpDialog"/> asks it first.
/// </summary>
public interface IInterruptionOverride
{
    /// <summary>True when the dialog handles <paramref name="text"/> itself although it reads as <paramref name="interruption"/>.</summary>
    bool Overrides(Interruption interruption, string? text);
}
