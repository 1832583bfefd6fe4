using System.Text;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Dialogs.Framework.Prompts;

/// <summary>
/// Asks to pick one of <see cref="PromptOptions.Choices"/>, shown as suggested actions (and also as a
/// numbered list when there are more than <see cref="MaxButtonsShown"/>, since Teams shows only three
/// buttons). Recognises a choice by number, title, synonym or close spelling; ends with a <see cref="FoundChoice"/>.
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    public const int MaxButtonsShown = 3;

    protected override Activity Decorate(Activity message, PromptOptions options)
    {
        var choices = options.Choices ?? [];
        if (choices.Count == 0)
        {
            return message;
        }
        message.SuggestedActions ??= new SuggestedActions { Actions = choices.Select(c => CardAction.ImBack(c.DisplayTitle)).ToList() };
        message.InputHint ??= InputHints.ExpectingInput;
        if (choices.Count > MaxButtonsShown)
        {
            var list = new StringBuilder(message.Text);
            for (var i = 0; i < choices.Count; i++)
            {
                list.Append('\n').Append(i + 1).Append(". ").Append(choices[i].DisplayTitle);
            }
            message.Text = list.ToString();
        }
        return message;
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        var found = ChoiceRecognizer.Recognize(turn.Activity.Text, options.Choices ?? []);
        return Task.FromResult(found is null
            ? PromptRecognizerResult<FoundChoice>.Failed
            : PromptRecognizerResult<FoundChoice>.Success(found));
    }
}
