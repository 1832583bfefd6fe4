namespace Cnam.Bot.Dialogs.Framework;

/// <summary>The dialogs a <see cref="DialogContext"/> can start, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet Add(Dialog dialog)
    {
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already in the set.", nameof(dialog));
        }
        return this;
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);
}
