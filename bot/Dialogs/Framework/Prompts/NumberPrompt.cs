using Cnam.Bot.Protocol;

namespace Cnam.Bot.Dialogs.Framework.Prompts;

/// <summary>Asks for a number, in digits or French words ("vingt-cinq ans"); ends with a <c>decimal</c>.</summary>
public sealed class NumberPrompt(string id, PromptValidator<decimal>? validator = null) : Prompt<decimal>(id, validator)
{
    protected override Task<PromptRecognizerResult<decimal>> OnRecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(FrenchNumbers.TryParse(turn.Activity.Text, out var value)
            ? PromptRecognizerResult<decimal>.Success(value)
            : PromptRecognizerResult<decimal>.Failed);
}
