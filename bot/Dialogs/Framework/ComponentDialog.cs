namespace Cnam.Bot.Dialogs.Framework;

/// <summary>
/// A dialog made of other dialogs: it runs them on an inner stack saved in its own instance state, and
/// ends (with the inner result) when that stack empties.
/// </summary>
public abstract class ComponentDialog(string id) : Dialog(id)
{
    private readonly DialogSet _dialogs = new();

    /// <summary>The child started by the default <see cref="OnBeginDialogAsync"/>.</summary>
    public string? InitialDialogId { get; protected set; }

    protected DialogSet Dialogs => _dialogs;

    /// <summary>Adds a child; the first one added becomes <see cref="InitialDialogId"/> unless it is set.</summary>
    protected void AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
    }

    public sealed override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
        RunInnerAsync(dc, inner => OnBeginDialogAsync(inner, options, cancellationToken), cancellationToken);

    public sealed override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        RunInnerAsync(dc, inner => OnContinueDialogAsync(inner, cancellationToken), cancellationToken);

    /// <summary>Something this component started on the outer stack ended: ask the inner dialog's question again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        await RepromptDialogAsync(dc, dc.ActiveDialog!, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        InnerContext(dc, instance).RepromptDialogAsync(cancellationToken);

    /// <summary>Cancelling a component cancels its children, so they can clean up.</summary>
    public override async Task EndDialogAsync(DialogContext dc, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        if (reason == DialogReason.CancelCalled)
        {
            await InnerContext(dc, instance).CancelAllDialogsAsync(cancellationToken);
        }
    }

    /// <summary>Starts the component; by default begins <see cref="InitialDialogId"/> with the options.</summary>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext inner, object? options, CancellationToken cancellationToken) =>
        inner.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"{Id} has no dialog to start."), options, cancellationToken);

    /// <summary>Hands a message to the inner stack; override to intercept it first (see CancelAndHelpDialog).</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext inner, CancellationToken cancellationToken) =>
        inner.ContinueDialogAsync(cancellationToken);

    private async Task<DialogTurnResult> RunInnerAsync(DialogContext outer, Func<DialogContext, Task<DialogTurnResult>> run, CancellationToken cancellationToken)
    {
        var instance = outer.ActiveDialog!;
        var stack = instance.GetState<DialogState>();
        var result = await run(new DialogContext(_dialogs, outer.Turn, stack, outer.State, outer));
        instance.SetState(stack);
        // Waiting inner dialog: the component waits too. Anything else (complete, cancelled, nothing to run) ends it.
        return result.Status == DialogTurnStatus.Waiting
            ? DialogTurnResult.Waiting
            : await outer.EndDialogAsync(result.Result, cancellationToken);
    }

    private DialogContext InnerContext(DialogContext outer, DialogInstance instance) =>
        new(_dialogs, outer.Turn, instance.GetState<DialogState>(), outer.State, outer);
}
