using Cnam.Bot.Protocol;

namespace Cnam.Bot.Dialogs.Framework.Prompts;

/// <summary>What a prompt asks and asks again; saved in the prompt's state, so it must stay plain data.</summary>
public sealed record PromptOptions
{
    /// <summary>The question.</summary>
    public Activity? Prompt { get; init; }

    /// <summary>Sent instead of <see cref="Prompt"/> after an answer that was not understood or not valid.</summary>
    public Activity? RetryPrompt { get; init; }

    /// <summary>The choices of a <see cref="ChoicePrompt"/>.</summary>
    public IReadOnlyList<Choice>? Choices { get; init; }

    public static PromptOptions FromText(string prompt, string? retryPrompt = null, IReadOnlyList<Choice>? choices = null) => new()
    {
        Prompt = MessageFactory.Text(prompt),
        RetryPrompt = retryPrompt is null ? null : MessageFactory.Text(retryPrompt),
        Choices = choices,
    };
}
