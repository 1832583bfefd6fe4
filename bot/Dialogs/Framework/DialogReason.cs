namespace Cnam.Bot.Dialogs.Framework;

/// <summary>Why a dialog is being ended.</summary>
public enum DialogReason
{
    /// <summary>The dialog ended itself (or its parent ended it) normally.</summary>
    EndCalled,

    /// <summary>The dialog was replaced by another one at the same place in the stack.</summary>
    ReplaceCalled,

    /// <summary>The dialog was cancelled, typically by "annuler" or "menu".</summary>
    CancelCalled,
}
