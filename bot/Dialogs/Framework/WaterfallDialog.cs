namespace Cnam.Bot.Dialogs.Framework;

/// <summary>
/// A fixed sequence of steps sharing a typed answers record <typeparamref name="TAnswers"/>: passed in as
/// the dialog's options (answers already known let their steps skip themselves with <c>NextAsync</c>) and
/// returned as its result when the last step is done.
/// </summary>
public class WaterfallDialog<TAnswers>(string id, IEnumerable<WaterfallStep<TAnswers>> steps) : Dialog(id)
    where TAnswers : class, new()
{
    private readonly WaterfallStep<TAnswers>[] _steps = steps.ToArray();

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var answers = options as TAnswers ?? new TAnswers();
        return RunStepAsync(dc, dc.ActiveDialog!, 0, null, answers, cancellationToken);
    }

    /// <summary>A message arrived while no child was waiting: the current step gets it as its result.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        ResumeDialogAsync(dc, dc.Turn.Activity.Text, cancellationToken);

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var state = instance.GetState<WaterfallState>();
        return RunStepAsync(dc, instance, state.Step + 1, result, state.Answers ?? new TAnswers(), cancellationToken);
    }

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, DialogInstance instance, int index, object? result, TAnswers answers, CancellationToken cancellationToken)
    {
        if (index >= _steps.Length)
        {
            return await dc.EndDialogAsync(answers, cancellationToken);
        }
        SaveState(instance, index, answers);
        var step = new WaterfallStepContext<TAnswers>(this, dc, instance, index, result, answers);
        var turnResult = await _steps[index](step, cancellationToken);
        // Keep answers the step set before ending its turn (a prompt it started saved them already).
        if (!step.HandedOff && instance.GetState<WaterfallState>().Step == index)
        {
            step.Save();
        }
        return turnResult;
    }

    /// <summary>The answers saved in <paramref name="instance"/>, an instance of this dialog on a stack.</summary>
    public TAnswers AnswersOf(DialogInstance instance) => instance.GetState<WaterfallState>().Answers ?? new TAnswers();

    internal void SaveState(DialogInstance instance, int index, TAnswers answers) =>
        instance.SetState(new WaterfallState { Step = index, Answers = answers });

    private sealed class WaterfallState
    {
        public int Step { get; set; }
        public TAnswers? Answers { get; set; }
    }
}
