using Cnam.Bot.Protocol;

namespace Cnam.Bot.Dialogs.Framework.Prompts;

/// <summary>Asks for free text; any non-blank text is recognised (trimmed).</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turn.Activity.Text?.Trim();
        return Task.FromResult(string.IsNullOrEmpty(text)
            ? PromptRecognizerResult<string>.Failed
            : PromptRecognizerResult<string>.Success(text));
    }
}
