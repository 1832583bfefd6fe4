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

    /// <summary>Carries out a command while a dialog of this component is in progress.</summary>
    protected virtual async Task<DialogTurnResult> InterruptAsync(DialogContext inner, Interruption interruption, CancellationToken cancellationToken)
    {
        var turn = inner.Turn;
        switch (interruption)
        {
            case Interruption.Help:
                await turn.SendActivityAsync(BotTexts.WithMenu(BotTexts.Help), cancellationToken);
                await inner.RepromptDialogAsync(cancellationToken);
                return DialogTurnResult.Waiting;
            case Interruption.Restart when inner.Stack.Count > 0:
                // The top-level dialog is the bottom of this component's stack; its answers are dropped.
                var topLevel = inner.Stack[0].Id;
                await inner.CancelAllDialogsAsync(cancellationToken);
                await turn.SendTextAsync(BotTexts.Restarting, cancellationToken);
                return await inner.BeginDialogAsync(topLevel, null, cancellationToken);
            case Interruption.Cancel:
                await inner.CancelAllDialogsAsync(cancellationToken);
                await turn.SendActivityAsync(BotTexts.WithMenu(BotTexts.Cancelled + " " + BotTexts.Menu), cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Cancelled);
            default:
                await inner.CancelAllDialogsAsync(cancellationToken);
                await turn.SendActivityAsync(BotTexts.WithMenu(BotTexts.Menu), cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Cancelled);
        }
    }
}
