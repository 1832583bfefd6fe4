namespace Cnam.Bot.Dialogs.Framework;

/// <summary>
/// The outcome of running the stack for one turn. <see cref="Result"/> is the answers record (or prompt
/// value) of a dialog that completed; read it with a type pattern (<c>Result is EligibilityAnswers a</c>).
/// </summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    /// <summary>The active dialog waits for the user's next message.</summary>
    public static readonly DialogTurnResult Waiting = new(DialogTurnStatus.Waiting);

    /// <summary>There was nothing on the stack.</summary>
    public static readonly DialogTurnResult Empty = new(DialogTurnStatus.Empty);
}
