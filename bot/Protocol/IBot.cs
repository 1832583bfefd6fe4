namespace Cnam.Bot.Protocol;

/// <summary>The bot's logic for one turn. The protocol layer knows nothing else about dialogs.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}
