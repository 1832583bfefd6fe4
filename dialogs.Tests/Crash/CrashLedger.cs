using System.Collections.Concurrent;

namespace Cnam.Bot.Tests.Crash;

/// <summary>
/// A long-lived Direct Line conversation of one client: what the bot acknowledged in it (activity id → text)
/// and what the last check saw. Only its own client loop touches it during a load phase.
/// </summary>
internal sealed class DirectLineRecord(int client, string conversationId, string token, string userId)
{
    public int Client { get; } = client;
    public string ConversationId { get; } = conversationId;
    public string UserId { get; } = userId;

    /// <summary>The token to use; refreshed after each restart.</summary>
    public string Token { get; set; } = token;

    /// <summary>Every activity the channel answered 200 for, with the text sent.</summary>
    public Dictionary<string, string> Acknowledged { get; } = new(StringComparer.Ordinal);

    /// <summary>Every activity a check after a restart saw (acknowledged or not): it must stay.</summary>
    public Dictionary<string, string?> Seen { get; } = new(StringComparer.Ordinal);

    /// <summary>The conversation's watermark after the last check.</summary>
    public long Watermark { get; set; }

    public int Sent { get; set; }
}

/// <summary>A Direct Line conversation started under load (201), and the one message posted in it if acknowledged.</summary>
internal sealed record StartedConversation(int Cycle, string ConversationId, string Token, string UserId)
{
    public string? AcknowledgedId { get; set; }
    public string? AcknowledgedText { get; set; }
}

/// <summary>
/// A conversation on <c>/api/messages</c> whose one turn ("Poser une question") was acknowledged: its state then
/// holds the question prompt. <see cref="Emptied"/>: a later acknowledged turn answered that prompt.
/// </summary>
internal sealed record StateConversation(int Cycle, string ConversationId, string UserId)
{
    public bool Emptied { get; set; }
}

/// <summary>What the load phases produced and what the checks found, shared by the client loops.</summary>
internal sealed class CrashLedger
{
    private int _killIssued;
    private int _interrupted;
    private int _lost;

    public ConcurrentQueue<string> Problems { get; } = new();
    public ConcurrentQueue<StartedConversation> Started { get; } = new();

    /// <summary>Requests that got no acknowledgement because the process died under them.</summary>
    public int Interrupted => Volatile.Read(ref _interrupted);

    /// <summary>Acknowledged writes found missing or altered after a restart: the figure that must stay 0.</summary>
    public int Lost => Volatile.Read(ref _lost);

    public bool KillIssued => Volatile.Read(ref _killIssued) != 0;

    /// <summary>From now on, a failed request is the kill's doing; before, it is a problem.</summary>
    public void IssueKill() => Volatile.Write(ref _killIssued, 1);

    public void Rearm() => Volatile.Write(ref _killIssued, 0);

    public void Problem(string message) => Problems.Enqueue(message);

    /// <summary>One acknowledged write is missing or altered.</summary>
    public void Lost1(string message) => LostMany(1, message);

    public void LostMany(int count, string message)
    {
        Interlocked.Add(ref _lost, count);
        Problem("LOST: " + message);
    }

    /// <summary>
    /// Classifies a failed request of a load loop: after the kill it is an unacknowledged write in flight;
    /// a wrong answer (any status or body the bot chose to send) or a failure before the kill is a problem.
    /// </summary>
    public void Failed(string what, Exception error)
    {
        var cutOff = error is HttpRequestException or IOException or System.Net.Sockets.SocketException or OperationCanceledException;
        if (!cutOff)
        {
            Problem($"{what}: {error.GetType().Name}: {error.Message}");
        }
        else if (KillIssued)
        {
            Interlocked.Increment(ref _interrupted);
        }
        else
        {
            Problem($"{what} failed before the kill: {error.GetType().Name}: {error.Message}");
        }
    }
}
