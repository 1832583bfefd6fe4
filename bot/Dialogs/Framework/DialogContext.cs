using Cnam.Bot.Dialogs;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Dialogs.Framework;

/// <summary>
/// A dialog stack being run for one turn: start, continue, end, replace or cancel dialogs. A component
/// dialog runs its children in an inner context whose <see cref="Parent"/> is the outer one.
/// </summary>
public sealed class DialogContext(DialogSet dialogs, TurnContext turn, DialogState stack, TurnState state, DialogContext? parent = null)
{
    /// <summary>The dialogs this context can start (its parents' dialogs too).</summary>
    public DialogSet Dialogs { get; } = dialogs;

    public TurnContext Turn { get; } = turn;

    /// <summary>Conversation and user state of this turn.</summary>
    public TurnState State { get; } = state;

    public DialogContext? Parent { get; } = parent;

    public IReadOnlyList<DialogInstance> Stack => stack.Stack;

    /// <summary>The innermost dialog of this context, or null when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => stack.Stack.Count > 0 ? stack.Stack[^1] : null;

    /// <summary>Pushes the dialog <paramref name="dialogId"/> and starts it with <paramref name="options"/>.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId) ?? throw new InvalidOperationException($"No dialog '{dialogId}' in this context.");
        stack.Stack.Add(new DialogInstance { Id = dialogId });
        return dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Starts a prompt: <see cref="BeginDialogAsync"/> with typed options.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, Prompts.PromptOptions options, CancellationToken cancellationToken = default) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Hands the inbound activity to the active dialog; <see cref="DialogTurnResult.Empty"/> when there is none.</summary>
    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        var active = ActiveDialog;
        return active is null
            ? Task.FromResult(DialogTurnResult.Empty)
            : Resolve(active).ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>
    /// Ends the active dialog and resumes the one below it with <paramref name="result"/>; when the stack
    /// becomes empty the turn result is <see cref="DialogTurnStatus.Complete"/> with that result.
    /// </summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.EndCalled, cancellationToken);
        var parentInstance = ActiveDialog;
        return parentInstance is null
            ? new DialogTurnResult(DialogTurnStatus.Complete, result)
            : await Resolve(parentInstance).ResumeDialogAsync(this, result, cancellationToken);
    }

    /// <summary>Ends the active dialog and starts another one in its place (its parent is not resumed).</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Cancels every dialog of this context, innermost first.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is null)
        {
            return DialogTurnResult.Empty;
        }
        while (ActiveDialog is not null)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken);
        }
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to repeat its last question.</summary>
    public Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        var active = ActiveDialog;
        return active is null ? Task.CompletedTask : Resolve(active).RepromptDialogAsync(this, active, cancellationToken);
    }

    /// <summary>Finds a dialog in this context's set, then in its parents'.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    private Dialog Resolve(DialogInstance instance) =>
        FindDialog(instance.Id) ?? throw new UnknownDialogException(instance.Id);

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var active = ActiveDialog;
        if (active is null)
        {
            return;
        }
        stack.Stack.RemoveAt(stack.Stack.Count - 1);
        var dialog = FindDialog(active.Id);
        if (dialog is not null)
        {
            await dialog.EndDialogAsync(this, active, reason, cancellationToken);
        }
    }
}
