using System.Collections.Concurrent;
using Cnam.Bot.DirectLine;
using Cnam.Bot.Protocol;
using Cnam.Bot.State;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cnam.Bot.Tests.DirectLine;

/// <summary>
/// A bot for channel tests: welcomes added users, echoes messages, throws on "fail", and on "log?" reports whether
/// the activity it is answering was already stored (durable before the turn).
/// </summary>
public sealed class DirectLineTestBot(IStateStore store) : ActivityHandler
{
    public ConcurrentQueue<Activity> Received { get; } = new();

    public override Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        Received.Enqueue(turn.Activity);
        return base.OnTurnAsync(turn, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, TurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var member in membersAdded)
        {
            await turn.SendTextAsync($"welcome {member.Id}", cancellationToken);
        }
    }

    protected override async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        switch (turn.Activity.Text)
        {
            case "fail":
                throw new InvalidOperationException("The test bot was asked to fail.");
            case "log?":
                var conversationId = turn.Activity.Conversation!.Id!;
                var sequence = turn.Activity.Id!.Split('|')[1];
                // Read back from the store itself (a fresh reader, as another instance would be), not from memory.
                var log = new DirectLineConversationStore(store, TimeProvider.System, NullLogger.Instance);
                var stored = await log.ReadAfterAsync(conversationId, long.Parse(sequence) - 1, 1, cancellationToken);
                var found = stored is { Activities: [{ } activity] } && activity.Id == turn.Activity.Id;
                await turn.SendTextAsync(found ? "stored" : "not stored", cancellationToken);
                break;
            default:
                await turn.SendTextAsync($"echo: {turn.Activity.Text}", cancellationToken);
                break;
        }
    }

    /// <summary>Channel name the tests expect on activities to the bot.</summary>
    public const string ChannelId = DirectLineChannel.ChannelId;
}
