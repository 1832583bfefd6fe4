using System.Text.Json;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Dialogs.Framework.Prompts;

/// <summary>
/// Sends a card (in <see cref="PromptOptions.Prompt"/>) and waits for its submission: a message whose
/// <c>value</c> is an object. That covers Web Chat Action.Submit (no text, <c>channelData.postBack</c>),
/// Teams (value + <c>replyToId</c>) and <c>adaptiveCard/action</c> invokes, which the bot turns into such a
/// message. Typed text is not a submission (string data of a card arrives as text: use a choice or text prompt
/// for it) unless a validator accepts it. Ends with a <see cref="CardSubmission"/>.
/// </summary>
public sealed class AdaptiveCardPrompt(string id, PromptValidator<CardSubmission>? validator = null) : Prompt<CardSubmission>(id, validator)
{
    protected override Task<PromptRecognizerResult<CardSubmission>> OnRecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        var value = turn.Activity.Value;
        return Task.FromResult(value is { ValueKind: JsonValueKind.Object } data
            ? PromptRecognizerResult<CardSubmission>.Success(new CardSubmission(data.Clone()))
            : PromptRecognizerResult<CardSubmission>.Failed);
    }
}
