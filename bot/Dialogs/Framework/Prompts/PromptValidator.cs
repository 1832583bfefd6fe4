using Cnam.Bot.Protocol;

namespace Cnam.Bot.Dialogs.Framework.Prompts;

/// <summary>
/// Decides whether an answer is acceptable (an age in range, a non-empty e-mail…). Runs even when the
/// prompt did not recognise anything, so it can accept other answers. It may send its own explanation;
/// otherwise the prompt sends its retry prompt.
/// </summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> prompt, CancellationToken cancellationToken);

/// <summary>The answer being validated.</summary>
public sealed record PromptValidatorContext<T>(TurnContext Turn, PromptRecognizerResult<T> Recognized, PromptOptions Options, int AttemptCount);
