using Cnam.Bot.Dialogs.Framework;

namespace Cnam.Bot.Dialogs;

/// <summary>
/// Answers a free-text question from the knowledge base. <see cref="MainDialog"/> calls it for any message
/// that no topic dialog claimed. Register an implementation to replace <see cref="NoAnswerQuestionAnswerer"/>.
/// </summary>
public interface IQuestionAnswerer
{
    /// <summary>
    /// Sends the answer to <paramref name="question"/> through <c>dc.Turn</c> and returns true, or returns false
    /// without sending anything when it has no answer (the main dialog then says it did not understand).
    /// <paramref name="dc"/> also gives the user's "now" (<c>dc.Turn.Now</c>) and state (<c>dc.State</c>).
    /// </summary>
    Task<bool> TryAnswerAsync(DialogContext dc, string question, CancellationToken cancellationToken);
}
