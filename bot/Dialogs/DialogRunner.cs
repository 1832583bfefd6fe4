using System.Text.Json;
using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Dialogs;

/// <summary>Runs one turn of a dialog stack: continue the dialog in progress, or begin the root dialog.</summary>
public sealed class DialogRunner
{
    private readonly DialogSet _dialogs = new();
    private readonly string _rootId;

    public DialogRunner(Dialog root)
    {
        _dialogs.Add(root);
        _rootId = root.Id;
    }

    public async Task<DialogTurnResult> RunAsync(TurnContext turn, TurnState state, CancellationToken cancellationToken)
    {
        var dc = new DialogContext(_dialogs, turn, state.Conversation.Dialogs, state);
        DialogTurnResult result;
        try
        {
            result = await dc.ContinueDialogAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is UnknownDialogException or JsonException)
        {
            // A stack saved by another version of the bot cannot be resumed: start the conversation afresh
            // rather than failing every turn of it.
            state.Conversation.Dialogs = new DialogState();
            dc = new DialogContext(_dialogs, turn, state.Conversation.Dialogs, state);
            result = DialogTurnResult.Empty;
        }
        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(_rootId, null, cancellationToken)
            : result;
    }
}
