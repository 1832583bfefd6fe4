using Cnam.Bot.Dialogs.Framework.Prompts;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Dialogs.Framework;

/// <summary>What a waterfall step sees: the previous step's result and the dialog's typed answers record.</summary>
public sealed class WaterfallStepContext<TAnswers> where TAnswers : class, new()
{
    private readonly WaterfallDialog<TAnswers> _waterfall;
    private readonly DialogInstance _instance;
    private bool _handedOff;

    internal WaterfallStepContext(WaterfallDialog<TAnswers> waterfall, DialogContext context, DialogInstance instance, int index, object? result, TAnswers answers)
    {
        _waterfall = waterfall;
        Context = context;
        _instance = instance;
        Index = index;
        Result = result;
        Answers = answers;
    }

    public DialogContext Context { get; }

    public TurnContext Turn => Context.Turn;

    /// <summary>Zero-based position of this step.</summary>
    public int Index { get; }

    /// <summary>
    /// What the previous step produced: a prompt's value (<c>string</c>, <c>bool</c>, <c>decimal</c>,
    /// <c>FoundChoice</c>, <c>CardSubmission</c>), a child dialog's result, or what <see cref="NextAsync"/> passed.
    /// </summary>
    public object? Result { get; }

    /// <summary>The dialog's answers so far; saved with the stack between turns.</summary>
    public TAnswers Answers { get; set; }

    internal bool HandedOff => _handedOff;

    /// <summary>Skips to the next step now (the answer is already known), passing it <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        HandOff();
        return _waterfall.RunStepAsync(Context, _instance, Index + 1, result, Answers, cancellationToken);
    }

    /// <summary>Starts a prompt; its value is the next step's <see cref="Result"/>.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        Save();
        return Context.PromptAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Starts a child dialog; its result is the next step's <see cref="Result"/>.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        Save();
        return Context.BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Ends the waterfall with its answers record as result.</summary>
    public Task<DialogTurnResult> EndDialogAsync(CancellationToken cancellationToken = default)
    {
        HandOff();
        return Context.EndDialogAsync(Answers, cancellationToken);
    }

    /// <summary>Writes the answers into the stack before control leaves the step (a child may finish within this turn).</summary>
    internal void Save() => _waterfall.SaveState(_instance, Index, Answers);

    private void HandOff()
    {
        _handedOff = true;
        Save();
    }
}
