using System.Text.Json;
using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Dialogs.Framework.Prompts;
using Cnam.Bot.Knowledge.Text;

namespace Cnam.Bot.Dialogs;

/// <summary>
/// The root of every conversation. A message that arrives while nothing is in progress starts it: a command
/// ("aide", "menu"…), "Poser une question" (or the English menu's "Ask a question"), a topic dialog that recognises the message, or else a question
/// for the <see cref="IQuestionAnswerer"/>. Dialogs it starts run inside it, so the commands of
/// <see cref="CancelAndHelpDialog"/> apply to them all. It ends when its child ends: the next message starts afresh.
/// </summary>
public sealed class MainDialog : CancelAndHelpDialog
{
    public const string DialogId = nameof(MainDialog);
    public const string AskQuestionDialogId = "askQuestion";
    private const string QuestionPromptId = "askQuestion.text";

    private readonly IQuestionAnswerer _answerer;
    private readonly IReadOnlyList<IDialogTopic> _topics;

    public MainDialog(IQuestionAnswerer answerer, IEnumerable<IDialogTopic> topics) : base(DialogId)
    {
        _answerer = answerer;
        _topics = topics.ToList();
        AddDialog(new WaterfallDialog<QuestionAnswers>(AskQuestionDialogId, [QuestionStepAsync, AnswerStepAsync]));
        AddDialog(new TextPrompt(QuestionPromptId));
        foreach (var topic in _topics)
        {
            AddDialog(topic.Dialog);
        }
    }

    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext inner, object? options, CancellationToken cancellationToken)
    {
        var turn = inner.Turn;
        var text = turn.Activity.Text;
        var language = InterruptionRecognizer.Language(text);
        switch (InterruptionRecognizer.Recognize(text))
        {
            case Interruption.Help:
                await turn.SendActivityAsync(BotTexts.WithMenu(BotTexts.L(language, BotTexts.Help, BotTexts.HelpEn), language), cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Complete);
            case Interruption.Cancel:
                await turn.SendActivityAsync(BotTexts.WithMenu(BotTexts.L(language, BotTexts.NothingToCancel + " " + BotTexts.Menu,
                    BotTexts.NothingToCancelEn + " " + BotTexts.MenuEn), language), cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Complete);
            case Interruption.Restart or Interruption.Menu:
                await turn.SendActivityAsync(BotTexts.WithMenu(BotTexts.L(language, BotTexts.Menu, BotTexts.MenuEn), language), cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            // A card submitted after its dialog ended (or any message without text): nothing waits for it,
            // unless a topic owns the button (the eligibility result card's "Recommencer", the schedule card's "Semaine du…").
            if (turn.Activity.Value is { ValueKind: JsonValueKind.Object })
            {
                foreach (var topic in _topics)
                {
                    if (topic.TryRecognize(turn, out var submitted))
                    {
                        return await inner.BeginDialogAsync(topic.Dialog.Id, submitted, cancellationToken);
                    }
                }
                await turn.SendTextAsync(BotTexts.ExpiredForm, cancellationToken);
            }
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        if (FrenchText.Fold(text) == FrenchText.Fold(BotTexts.AskQuestion))
        {
            return await inner.BeginDialogAsync(AskQuestionDialogId, new QuestionAnswers(), cancellationToken);
        }
        if (FrenchText.Fold(text) == FrenchText.Fold(BotTexts.AskQuestionEn))
        {
            return await inner.BeginDialogAsync(AskQuestionDialogId, new QuestionAnswers { Language = "en" }, cancellationToken);
        }
        foreach (var topic in _topics)
        {
            if (topic.TryRecognize(inner, out var topicOptions))
            {
                return await inner.BeginDialogAsync(topic.Dialog.Id, topicOptions, cancellationToken);
            }
        }
        return await inner.BeginDialogAsync(AskQuestionDialogId, new QuestionAnswers { Question = text.Trim() }, cancellationToken);
    }

    private static Task<DialogTurnResult> QuestionStepAsync(WaterfallStepContext<QuestionAnswers> step, CancellationToken cancellationToken) =>
        step.Answers.Question is not null
            ? step.NextAsync(step.Answers.Question, cancellationToken)
            : step.PromptAsync(QuestionPromptId, PromptOptions.FromText(
                BotTexts.L(step.Answers.Language, BotTexts.AskQuestionPrompt, BotTexts.AskQuestionPromptEn),
                BotTexts.L(step.Answers.Language, BotTexts.AskQuestionRetry, BotTexts.AskQuestionRetryEn)), cancellationToken);

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext<QuestionAnswers> step, CancellationToken cancellationToken)
    {
        var question = step.Result as string ?? "";
        step.Answers = step.Answers with { Question = question };
        if (!await _answerer.TryAnswerAsync(step.Context, question, cancellationToken))
        {
            await step.Turn.SendActivityAsync(BotTexts.WithMenu(BotTexts.L(step.Answers.Language, BotTexts.NotUnderstood, BotTexts.NotUnderstoodEn),
                step.Answers.Language), cancellationToken);
        }
        return await step.EndDialogAsync(cancellationToken);
    }
}
