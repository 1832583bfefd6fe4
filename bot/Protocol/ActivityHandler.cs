namespace Cnam.Bot.Protocol;

/// <summary>
/// Routes a turn on its activity type, in one place, with an "unknown" branch
/// (shape of botbuilder-dotnet ActivityHandler.OnTurnAsync). Unknown types are ignored (A2014).
/// </summary>
public abstract class ActivityHandler : IBot
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    public virtual Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken) =>
        turn.Activity.Type switch
        {
            ActivityTypes.Message => OnMessageAsync(turn, cancellationToken),
            ActivityTypes.ConversationUpdate => OnConversationUpdateAsync(turn, cancellationToken),
            ActivityTypes.Invoke => OnInvokeAsync(turn, cancellationToken),
            ActivityTypes.InstallationUpdate => OnInstallationUpdateAsync(turn, cancellationToken),
            ActivityTypes.Event => OnEventAsync(turn, cancellationToken),
            ActivityTypes.EndOfConversation => OnEndOfConversationAsync(turn, cancellationToken),
            ActivityTypes.Typing => Task.CompletedTask,
            _ => OnUnrecognizedActivityTypeAsync(turn, cancellationToken),
        };

    protected virtual Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Calls <see cref="OnMembersAddedAsync"/> with the members that are not the bot itself.</summary>
    protected virtual Task OnConversationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var botId = turn.Activity.Recipient?.Id;
        var added = turn.Activity.MembersAdded?.Where(m => m.Id != botId).ToList();
        return added is { Count: > 0 } ? OnMembersAddedAsync(added, turn, cancellationToken) : Task.CompletedTask;
    }

    protected virtual Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, TurnContext turn, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Dispatches <c>adaptiveCard/action</c>; any other invoke is answered 501.</summary>
    protected virtual async Task OnInvokeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Name == AdaptiveCardActionInvoke)
        {
            turn.InvokeResponse = await OnAdaptiveCardActionAsync(turn, cancellationToken);
            return;
        }
        turn.InvokeResponse = new InvokeResponse(StatusCodes.Status501NotImplemented);
    }

    protected virtual Task<InvokeResponse> OnAdaptiveCardActionAsync(TurnContext turn, CancellationToken cancellationToken) =>
        Task.FromResult(new InvokeResponse(StatusCodes.Status501NotImplemented));

    /// <summary>Teams install: <c>add</c>/<c>add-upgrade</c> and <c>remove</c>/<c>remove-upgrade</c>.</summary>
    protected virtual Task OnInstallationUpdateAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnEventAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnEndOfConversationAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnUnrecognizedActivityTypeAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;
}
