namespace Cnam.Bot.Dialogs.Framework;

/// <summary>The saved stack names a dialog that is not registered (it was renamed or removed since the conversation began).</summary>
public sealed class UnknownDialogException(string dialogId)
    : InvalidOperationException($"The stack holds a dialog '{dialogId}' that is not registered.")
{
    public string DialogId { get; } = dialogId;
}
