using Cnam.Bot.Protocol;

namespace Cnam.Bot.Dialogs.Framework.Prompts;

/// <summary>
/// Asks one question and waits until the answer is recognised (and valid), re-asking with the retry prompt
/// otherwise; ends with the typed value <typeparamref name="T"/>. Options must be <see cref="PromptOptions"/>.
/// </summary>
public abstract class Prompt<T>(string id, PromptValidator<T>? validator = null) : Dialog(id)
{
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentException($"Prompt '{Id}' must be started with PromptOptions.", nameof(options));
        }
        dc.ActiveDialog!.SetState(new PromptState { Options = promptOptions });
        await OnPromptAsync(dc.Turn, promptOptions, isRetry: false, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Turn.Activity.Type != ActivityTypes.Message)
        {
            return DialogTurnResult.Waiting;
        }
        var instance = dc.ActiveDialog!;
        var state = instance.GetState<PromptState>();
        state.Attempts++;
        var recognized = await OnRecognizeAsync(dc.Turn, state.Options, cancellationToken);
        var valid = validator is null
            ? recognized.Succeeded
            : await validator(new PromptValidatorContext<T>(dc.Turn, recognized, state.Options, state.Attempts), cancellationToken);
        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }
        instance.SetState(state);
        // A validator that explained the problem itself has answered already.
        if (!dc.Turn.Responded)
        {
            await OnPromptAsync(dc.Turn, state.Options, isRetry: true, cancellationToken);
        }
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        OnPromptAsync(dc.Turn, instance.GetState<PromptState>().Options, isRetry: false, cancellationToken);

    /// <summary>Sends the question (or the retry prompt, falling back on the question).</summary>
    protected virtual Task OnPromptAsync(TurnContext turn, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var message = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        return message is null ? Task.CompletedTask : turn.SendActivityAsync(Decorate(MessageFactory.Copy(message), options), cancellationToken);
    }

    /// <summary>Adds what this kind of prompt shows with its question (buttons, for instance).</summary>
    protected virtual Activity Decorate(Activity message, PromptOptions options) => message;

    /// <summary>Understands the inbound message.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken);

    private sealed class PromptState
    {
        public PromptOptions Options { get; set; } = new();
        public int Attempts { get; set; }
    }
}
