namespace Cnam.Bot.Protocol;

/// <summary>One inbound activity, the way to answer it, and what the turn produced.</summary>
public sealed class TurnContext
{
    private readonly IReplySink _sink;
    private int _sent;
    private Dictionary<object, object>? _items;

    public TurnContext(Activity activity, IReplySink sink, TimeProvider? clock = null)
    {
        Activity = activity;
        _sink = sink;
        Clock = clock ?? TimeProvider.System;
    }

    /// <summary>The inbound activity.</summary>
    public Activity Activity { get; }

    /// <summary>The server clock, replaceable in tests.</summary>
    public TimeProvider Clock { get; }

    /// <summary>
    /// The user's "now": the activity's <c>localTimestamp</c>, else its <c>timestamp</c>, else the server clock.
    /// Relative dates ("mon prochain cours") are computed from it.
    /// </summary>
    public DateTimeOffset Now => Activity.LocalTimestamp ?? Activity.Timestamp ?? Clock.GetUtcNow();

    /// <summary>
    /// Values the parts of the bot share for this turn only (the Bot Framework's <c>TurnState</c>), each under a key
    /// its owner chooses; gone with the turn.
    /// </summary>
    public IDictionary<object, object> Items => _items ??= [];

    /// <summary>Set by the bot to answer an <c>invoke</c>; an unanswered invoke gets 501.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>True once the bot has sent at least one activity this turn.</summary>
    public bool Responded => Volatile.Read(ref _sent) > 0;

    /// <summary>
    /// Sends an activity in this conversation. Routing fields the bot left empty are filled from the
    /// inbound activity (from = inbound recipient, recipient = inbound from, same conversation, replyToId).
    /// </summary>
    public Task<string> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var template = Activity.CreateReply();
        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId ??= template.ChannelId;
        activity.Conversation ??= template.Conversation;
        activity.From ??= template.From;
        activity.Recipient ??= template.Recipient;
        activity.ReplyToId ??= template.ReplyToId;
        activity.Locale ??= template.Locale;
        if (activity.Type == ActivityTypes.Message)
        {
            Interlocked.Increment(ref _sent);
        }
        return _sink.SendAsync(activity, cancellationToken);
    }

    /// <summary>Sends a plain text message.</summary>
    public Task<string> SendTextAsync(string text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = text }, cancellationToken);
}
