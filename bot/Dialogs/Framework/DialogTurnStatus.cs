namespace Cnam.Bot.Dialogs.Framework;

/// <summary>What the dialog stack did with a turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack was empty: no dialog handled the turn.</summary>
    Empty,

    /// <summary>The active dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack completed, possibly with a result.</summary>
    Complete,

    /// <summary>The dialogs on the stack were cancelled.</summary>
    Cancelled,
}
