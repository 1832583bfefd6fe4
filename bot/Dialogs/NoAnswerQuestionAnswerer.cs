using Cnam.Bot.Dialogs.Framework;

namespace Cnam.Bot.Dialogs;

/// <summary>The default <see cref="IQuestionAnswerer"/> until question answering is registered: it never has an answer.</summary>
public sealed class NoAnswerQuestionAnswerer : IQuestionAnswerer
{
    public Task<bool> TryAnswerAsync(DialogContext dc, string question, CancellationToken cancellationToken) => Task.FromResult(false);
}
