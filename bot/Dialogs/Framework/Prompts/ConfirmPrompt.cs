using Cnam.Bot.Protocol;

namespace Cnam.Bot.Dialogs.Framework.Prompts;

/// <summary>Asks a yes/no question with "Oui" / "Non" buttons; ends with a <c>bool</c>.</summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    public const string YesTitle = "Oui";
    public const string NoTitle = "Non";

    protected override Activity Decorate(Activity message, PromptOptions options)
    {
        message.SuggestedActions ??= new SuggestedActions { Actions = [CardAction.ImBack(YesTitle), CardAction.ImBack(NoTitle)] };
        message.InputHint ??= InputHints.ExpectingInput;
        return message;
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turn.Activity.Text;
        var answer = ConfirmRecognizer.Recognize(text);
        if (answer is null && FrenchNumbers.ParseChoiceNumber(text) is { } n && n is 1 or 2)
        {
            // The buttons are numbered 1 (oui) and 2 (non) when read aloud or listed.
            answer = n == 1;
        }
        return Task.FromResult(answer is { } value
            ? PromptRecognizerResult<bool>.Success(value)
            : PromptRecognizerResult<bool>.Failed);
    }
}
