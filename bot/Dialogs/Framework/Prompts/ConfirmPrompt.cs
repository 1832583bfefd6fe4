using Cnam.Bot.Protocol;

namespace Cnam.Bot.Dialogs.Framework.Prompts;

/// <summary>Asks a yes/no question with "Oui" / "Non" buttons; ends with a <c>bool</c>.</summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    public const string YesTitle = "Oui";
    public const string NoTitle = "Non";
    public const string YesTitleEn = "Yes";
    public const string NoTitleEn = "No";

    /// <summary>
    /// The options of a yes/no question in <paramref name="language"/>: "Yes" / "No" buttons in English ("Oui" / "Non"
    /// otherwise). Either language's yes and no are understood.
    /// </summary>
    public static PromptOptions Options(string prompt, string retryPrompt, string language)
    {
        var options = PromptOptions.FromText(prompt, retryPrompt);
        if (language == "en")
        {
            options.Prompt!.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(YesTitleEn), CardAction.ImBack(NoTitleEn)] };
            options.RetryPrompt!.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(YesTitleEn), CardAction.ImBack(NoTitleEn)] };
        }
        return options;
    }

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
