namespace Cnam.Bot.Dialogs.Framework.Prompts;

/// <summary>What a prompt understood in the user's answer.</summary>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value)
{
    public static PromptRecognizerResult<T> Failed { get; } = new(false, default);

    public static PromptRecognizerResult<T> Success(T value) => new(true, value);
}
