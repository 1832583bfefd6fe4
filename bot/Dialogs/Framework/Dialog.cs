namespace Cnam.Bot.Dialogs.Framework;

/// <summary>
/// A unit of conversation that can span several turns. Dialogs are stateless singletons: what they
/// remember between turns lives in their <see cref="DialogInstance"/> on the stack.
/// </summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    /// <summary>
    /// Starts the dialog; its instance is already on top of <paramref name="dc"/>'s stack.
    /// <paramref name="options"/> is the answers record (or <c>PromptOptions</c>) the caller passed.
    /// </summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>The user sent something while this dialog was active. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A child this dialog started ended with <paramref name="result"/>. By default the dialog ends with it.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, object? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks its last question again (after "aide", for instance). <paramref name="dc"/> holds the instance.</summary>
    public virtual Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Called when the instance leaves the stack, whatever the reason.</summary>
    public virtual Task EndDialogAsync(DialogContext dc, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
