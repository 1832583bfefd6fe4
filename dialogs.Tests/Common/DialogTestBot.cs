using Cnam.Bot.Dialogs;
using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Protocol;
using Cnam.Bot.State;

namespace Cnam.Bot.Tests.Common;

/// <summary>
/// A bot that runs any root dialog the way <see cref="CnamBot"/> runs <see cref="MainDialog"/> (state read
/// from and written to the store each turn), and reports the root's results: for engine tests.
/// </summary>
public sealed class DialogTestBot(Dialog root, IStateStore? store = null) : IBot
{
    private readonly DialogRunner _runner = new(root);

    public IStateStore Store { get; } = store ?? new InMemoryStateStore();

    /// <summary>The result of the last message turn.</summary>
    public DialogTurnResult? LastResult { get; private set; }

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type != ActivityTypes.Message)
        {
            return;
        }
        var state = await TurnState.LoadAsync(Store, turn.Activity, cancellationToken);
        LastResult = await _runner.RunAsync(turn, state, cancellationToken);
        await state.SaveAsync(cancellationToken);
    }
}
