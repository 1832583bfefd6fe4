namespace Cnam.Bot.Dialogs;

/// <summary>Answers record of the "poser une question" dialog.</summary>
public sealed record QuestionAnswers
{
    public string? Question { get; init; }

    /// <summary>"en" when started from the English menu ("Ask a question"): the prompt is in English. Null: French.</summary>
    public string? Language { get; init; }
}
