using Cnam.Bot.Dialogs.Framework;

namespace Cnam.Bot.Dialogs;

/// <summary>
/// Handles the <see cref="Interruption"/> commands once, before the message reaches the dialog that waits
/// for an answer. <see cref="MainDialog"/> derives from it and holds every other dialog, so the commands
/// work everywhere without each dialog repeating them.
/// </summary>
public abstract class CancelAndHelpDialog(string id) : ComponentDialog(id)
{
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext inner, CancellationToken cancellationToken)
    {
        var interruption = InterruptionRecognizer.Recognize(inner.Turn.Activity.Text);
        if (interruption != Interruption.None && inner.Stack.Count > 0
            && inner.FindDialog(inner.Stack[0].Id) is IInterruptionOverride own && own.Overrides(interruption, inner.Turn.Activity.Text))
        {
            interruption = Interruption.None;
        }
        return interruption == Interruption.None
            ? await base.OnContinueDialogAsync(inner, cancellationToken)
            : await InterruptAsync(inner, interruption, cancellationToken);
    }

    /// <summary>
    /// Carries out a command while a dialog of this component is in progress, in English when the command is an English
    /// word ("cancel", "help") or the dialog in progress speaks English (<see cref="ISpeaksLanguage"/>).
    /// </summary>
    protected virtual async Task<DialogTurnResult> InterruptAsync(DialogContext inner, Interruption interruption, CancellationToken cancellationToken)
    {
        var turn = inner.Turn;
        var speaker = inner.Stack.Count > 0 ? inner.FindDialog(inner.Stack[0].Id) as ISpeaksLanguage : null;
        var language = InterruptionRecognizer.Language(turn.Activity.Text) ?? speaker?.LanguageOf(inner.Stack[0]);
        switch (interruption)
        {
            case Interruption.Help:
                await turn.SendActivityAsync(BotTexts.WithMenu(BotTexts.L(language, BotTexts.Help, BotTexts.HelpEn), language), cancellationToken);
                await inner.RepromptDialogAsync(cancellationToken);
                return DialogTurnResult.Waiting;
            case Interruption.Restart when inner.Stack.Count > 0:
                // The top-level dialog is the bottom of this component's stack; its answers are dropped (its language is kept).
                var topLevel = inner.Stack[0].Id;
                await inner.CancelAllDialogsAsync(cancellationToken);
                await turn.SendTextAsync(BotTexts.L(language, BotTexts.Restarting, BotTexts.RestartingEn), cancellationToken);
                return await inner.BeginDialogAsync(topLevel, speaker?.StartOptions(language), cancellationToken);
            case Interruption.Cancel:
                await inner.CancelAllDialogsAsync(cancellationToken);
                await turn.SendActivityAsync(BotTexts.WithMenu(BotTexts.L(language, BotTexts.Cancelled + " " + BotTexts.Menu, BotTexts.CancelledEn + " " + BotTexts.MenuEn), language), cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Cancelled);
            default:
                await inner.CancelAllDialogsAsync(cancellationToken);
                await turn.SendActivityAsync(BotTexts.WithMenu(BotTexts.L(language, BotTexts.Menu, BotTexts.MenuEn), language), cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Cancelled);
        }
    }
}
