namespace Cnam.Bot.Protocol;

/// <summary>
/// Runs turns: one at a time per conversation, different conversations concurrently; sends a typing
/// indicator when a turn runs longer than <see cref="TypingDelay"/> (A6000: at most one per 3 s).
/// Every channel (Bot Connector, built-in Direct Line, tests) enters the bot through here.
/// </summary>
public sealed class BotAdapter(IBot bot, ILogger<BotAdapter> logger, TimeProvider? clock = null)
{
    private readonly KeyedLock _gates = new();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>How long a turn may run before the user is shown that the bot is typing.</summary>
    public TimeSpan TypingDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Interval between typing indicators while a long turn goes on (A6001).</summary>
    public TimeSpan TypingInterval { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Processes one inbound activity. Returns the invoke response for <c>invoke</c> activities
    /// (501 when the bot did not answer it), otherwise null.
    /// </summary>
    public async Task<InvokeResponse?> ProcessActivityAsync(Activity activity, IReplySink sink, CancellationToken cancellationToken)
    {
        var key = (activity.ChannelId ?? "") + "\n" + (activity.Conversation?.Id ?? "");
        using (await _gates.AcquireAsync(key, cancellationToken))
        {
            var turn = new TurnContext(activity, sink, _clock);
            var wantsTyping = activity.Type == ActivityTypes.Message && sink is not BufferedReplySink;
            using var typingCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var typing = wantsTyping ? SendTypingWhileBusyAsync(turn, typingCts.Token) : Task.CompletedTask;
            try
            {
                await bot.OnTurnAsync(turn, cancellationToken);
            }
            finally
            {
                await typingCts.CancelAsync();
                await typing;
            }
            if (activity.Type == ActivityTypes.Invoke)
            {
                return turn.InvokeResponse ?? new InvokeResponse(StatusCodes.Status501NotImplemented);
            }
            return null;
        }
    }

    private async Task SendTypingWhileBusyAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(TypingDelay, _clock, cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
                await Task.Delay(TypingInterval, _clock, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The turn finished: stop typing.
        }
        catch (Exception ex)
        {
            // A failed typing indicator must never fail the turn itself.
            logger.LogDebug(ex, "Typing indicator could not be sent");
        }
    }
}
