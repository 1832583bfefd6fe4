using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Understanding;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>
/// The bot's <see cref="IQuestionAnswerer"/>: understands the question, answers it from the knowledge base with
/// the conversation's context, keeps that context, and records what it could not answer for staff.
/// </summary>
public sealed class KnowledgeQuestionAnswerer(
    IUtteranceRecognizer recognizer,
    QuestionAnswering answering,
    IUnansweredQuestions unanswered,
    QuestionMetrics metrics,
    ILogger<KnowledgeQuestionAnswerer> logger) : IQuestionAnswerer
{
    public async Task<bool> TryAnswerAsync(DialogContext dc, string question, CancellationToken cancellationToken)
    {
        var conversation = dc.State.Conversation;
        // A day or month said without a year is read inside the user's current academic year (September to August).
        var now = dc.Turn.Now;
        var utterance = recognizer.Recognize(dc.Turn, question, RecognizerContext.ForAcademicYearOf(now));
        var context = conversation.Questions ?? QuestionContext.Empty;
        if (!utterance.LanguageKnown && context.Language is { } spoken)
        {
            // "bye" or "ok" after questions in English: answered in English.
            utterance = utterance with { Language = spoken };
        }
        if (utterance.Has(Intents.PlanningDates) || utterance.Has(Intents.Hours))
        {
            // A learner's planning questions default to the planning they follow (Schedules.LearnerProfile).
            context = Schedules.LearnerProfileDefaults.Apply(context, (await dc.State.GetUserAsync(cancellationToken)).LearnerProfile);
        }
        var answer = answering.Answer(utterance, context, dc.Turn.Now);
        conversation.Questions = answer.Context with { Language = utterance.LanguageKnown ? utterance.Language : context.Language };
        conversation.LastSchedule = null;
        conversation.LastResult = null;
        metrics.Answered(answer.Status, utterance.Language);
        if (logger.IsEnabled(LogLevel.Debug))
        {
            logger.LogDebug("Question answered: status {Status}, intents {Intents}, language {Language}",
                answer.Status, string.Join(",", answer.Context.LastIntents), utterance.Language);
        }
        await dc.Turn.SendActivityAsync(AnswerRenderer.ToActivity(answer, utterance.Language), cancellationToken);
        if (answer.Status == AnswerStatus.NotFound || (answer.MissReason is not null))
        {
            // Committed with the turn's state: the user waits for the disk once.
            dc.State.Defer(unanswered.RecordAsync(utterance, answer.MissReason ?? "not-found", dc.Turn.Now, cancellationToken));
        }
        return true;
    }
}
