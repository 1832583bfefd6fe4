using Cnam.Bot.Dialogs;
using Cnam.Bot.Dialogs.Framework;

namespace Cnam.Bot.Tests.Dialogs.Fakes;

/// <summary>Answers questions containing "tarif" and records every question it was asked.</summary>
public sealed class FakeQuestionAnswerer : IQuestionAnswerer
{
    public const string Answer = "Réponse de test sur les tarifs.";

    public List<string> Questions { get; } = [];

    public async Task<bool> TryAnswerAsync(DialogContext dc, string question, CancellationToken cancellationToken)
    {
        Questions.Add(question);
        if (!question.Contains("tarif", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        await dc.Turn.SendTextAsync(Answer, cancellationToken);
        return true;
    }
}
