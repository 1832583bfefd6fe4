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

    /// <summary>Neither text nor an answer button: an attachment, or another card's button.</summary>
    public bool IsEmpty => !IsButton && Text is null;
}

/// <summary>
/// Waits for any answer to a questionnaire question, typed or clicked (a card submission whose data is
/// <c>{"action": "eligibility/answer", "slot", "value"}</c>); the dialog's next step reads it, so an answer that
/// fills another question, a question of the applicant, "retour", or a message with nothing to read (an attachment,
/// another card's button) are all handled there. The dialog sends the question itself, so the prompt has none to
/// send again: every message is a reply.
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
        return Task.FromResult(PromptRecognizerResult<EligibilityReply>.Success(
            new EligibilityReply(string.IsNullOrEmpty(text) ? null : text, null, null)));
    }
}
