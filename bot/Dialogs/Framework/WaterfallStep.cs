namespace Cnam.Bot.Dialogs.Framework;

/// <summary>One step of a <see cref="WaterfallDialog{TAnswers}"/>, named <c>XxxStepAsync</c>.</summary>
public delegate Task<DialogTurnResult> WaterfallStep<TAnswers>(WaterfallStepContext<TAnswers> step, CancellationToken cancellationToken)
    where TAnswers : class, new();
