using System.Text.Json;
using Cnam.Bot.Cards;
using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Dialogs.Framework.Prompts;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Dialogs.Eligibility;

/// <summary>What the applicant sent back: typed text, or the slot and value of a question card's button.</summary>
public sealed record EligibilityReply(string? Text, string? Slot, string? Value)
{
    public bool IsButton => Slot is not null && Value is not null;
}

/// <summary>
/// Waits for any answer to a questionnaire question, typed or clicked (a card submission whose data is
/// <c>{"action": "eligibility/answer", "slot", "value"}</c>); the dialog's next step reads it, so an answer that
/// fills another question, a question of the applicant or "retour" are all handled there.
/// </summary>
public sealed class EligibilityReplyPrompt(string id) : Prompt<EligibilityReply>(id)
{
    protected override Task<PromptRecognizerResult<EligibilityReply>> OnRecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Value is { ValueKind: JsonValueKind.Object } data
            && new CardSubmission(data).GetString(AdaptiveCards.ActionKey) == EligibilityQuestionCard.AnswerAction)
        {
            var submission = new CardSubmission(data);
            return Task.FromResult(PromptRecognizerResult<EligibilityReply>.Success(
                new EligibilityReply(null, submission.GetString("slot"), submission.GetString("value"))));
        }
        var text = activity.Text?.Trim();
        return Task.FromResult(string.IsNullOrEmpty(text)
            ? PromptRecognizerResult<EligibilityReply>.Failed
            : PromptRecognizerResult<EligibilityReply>.Success(new EligibilityReply(text, null, null)));
    }
}
