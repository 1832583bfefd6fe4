namespace Cnam.Bot.Dialogs;

/// <summary>Answers record of the "poser une question" dialog.</summary>
public sealed record QuestionAnswers
{
    public string? Question { get; init; }
}
