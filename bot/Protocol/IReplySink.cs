namespace Cnam.Bot.Protocol;

/// <summary>
/// Where the replies of a turn go: buffered for <c>expectReplies</c>, posted to the Bot Connector,
/// or appended to a built-in Direct Line conversation.
/// </summary>
public interface IReplySink
{
    /// <summary>Delivers one activity and returns the id the channel gave it (may be empty).</summary>
    Task<string> SendAsync(Activity activity, CancellationToken cancellationToken);
}

/// <summary>Keeps the replies in memory: <c>deliveryMode: expectReplies</c> returns them in the HTTP body (A3113).</summary>
public sealed class BufferedReplySink : IReplySink
{
    private readonly List<Activity> _activities = [];

    public IReadOnlyList<Activity> Activities
    {
        get { lock (_activities) { return _activities.ToArray(); } }
    }

    public Task<string> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        lock (_activities)
        {
            _activities.Add(activity);
        }
        return Task.FromResult(string.Empty);
    }
}
