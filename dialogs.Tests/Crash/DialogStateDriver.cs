using System.Collections.Concurrent;
using Cnam.Bot.Dialogs;
using Cnam.Bot.State;
using Activity = Cnam.Bot.Protocol.Activity;

namespace Cnam.Bot.Tests.Crash;

/// <summary>
/// Dialog state on <c>/api/messages</c>: loops that each run one "Poser une question" turn per new conversation (the
/// bot answers the question prompt and, before answering, writes the conversation state with that prompt waiting).
/// After a restart each conversation must still be waiting: the probe is taken as the question, and is itself an
/// acknowledged turn that empties the state, checked after the next kill.
/// </summary>
internal sealed class DialogStateDriver(int writers) : ICrashDriver
{
    public const string ChannelId = "webchat";

    private readonly ConcurrentQueue<StateConversation> _conversations = new();

    public string Name => "conversation-state turns";

    public int Acknowledged => _conversations.Count + _conversations.Count(c => c.Emptied);

    public Task LoadAsync(CrashHttp http, CrashLedger ledger, int cycle, string run, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(() => WriterAsync(http, ledger, cycle, writer, run, stop))));

    public async Task VerifyAsync(CrashHttp http, CrashLedger ledger, int cycle, string run, bool final)
    {
        // The probe must tell a waiting prompt from a fresh conversation, or the state checks below prove nothing.
        var control = await http.SendExpectRepliesAsync(ChannelId, $"crash-{run}-control-{cycle}", $"crash-user-{run}-control", BotTexts.AskQuestion);
        if (!AsksTheQuestion(control))
        {
            ledger.Problem($"Cycle {cycle}: a fresh conversation answered {Describe(control)} to the probe, not the question prompt.");
        }
        var state = _conversations.Where(s => final ? s.Emptied : s.Cycle == cycle).ToList();
        await Parallel.ForEachAsync(state, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (s, _) => await VerifyOneAsync(http, s, ledger, cycle));
        if (final && _conversations.Any(s => !s.Emptied))
        {
            ledger.Problem($"{_conversations.Count(s => !s.Emptied)} state conversation(s) were never checked.");
        }
    }

    public async Task VerifyStoreAsync(IStateStore store, CrashLedger ledger)
    {
        foreach (var conversation in _conversations)
        {
            if (await store.ReadAsync(StateKeys.Conversation(ChannelId, conversation.ConversationId)) is null)
            {
                ledger.Lost1($"Store file: the state of conversation {conversation.ConversationId} is missing.");
            }
        }
    }

    private async Task WriterAsync(CrashHttp http, CrashLedger ledger, int cycle, int writer, string run, CancellationToken stop)
    {
        for (var n = 1; !stop.IsCancellationRequested; n++)
        {
            var conversation = new StateConversation(cycle, $"crash-{run}-c{cycle}-w{writer}-{n}", $"crash-user-{run}-{writer}");
            try
            {
                var replies = await http.SendExpectRepliesAsync(ChannelId, conversation.ConversationId, conversation.UserId, BotTexts.AskQuestion);
                if (!AsksTheQuestion(replies))
                {
                    ledger.Problem($"State conversation {conversation.ConversationId}: the first turn answered {Describe(replies)}, not the question prompt.");
                    return;
                }
                _conversations.Enqueue(conversation);
            }
            catch (Exception ex)
            {
                ledger.Failed($"cycle {cycle}, state writer {writer}: a turn", ex);
                return;
            }
        }
    }

    /// <summary>
    /// Probes a state conversation with "Poser une question": a waiting prompt takes it as the question (any answer
    /// but the prompt), a conversation with nothing waiting asks the question.
    /// </summary>
    private static async Task VerifyOneAsync(CrashHttp http, StateConversation conversation, CrashLedger ledger, int cycle)
    {
        var where = $"Cycle {cycle}, state conversation {conversation.ConversationId}";
        List<Activity> replies;
        try
        {
            replies = await http.SendExpectRepliesAsync(ChannelId, conversation.ConversationId, conversation.UserId, BotTexts.AskQuestion);
        }
        catch (Exception ex) when (ex is UnexpectedAnswerException or HttpRequestException or IOException or System.Net.Sockets.SocketException)
        {
            ledger.Problem($"{where}: the probe failed: {ex.Message}");
            return;
        }
        if (!conversation.Emptied)
        {
            if (AsksTheQuestion(replies) || replies.Count == 0)
            {
                ledger.Lost1($"{where}: the acknowledged turn left a prompt waiting, but the bot answered {Describe(replies)} as if it had never happened.");
                return;
            }
            conversation.Emptied = true;
        }
        else if (!AsksTheQuestion(replies))
        {
            ledger.Lost1($"{where}: the acknowledged probe answered the prompt, but the bot still waits for an answer ({Describe(replies)}).");
        }
    }

    private static bool AsksTheQuestion(List<Activity> replies) => replies.Any(r => r.Text == BotTexts.AskQuestionPrompt);

    private static string Describe(List<Activity> replies) =>
        replies.Count == 0 ? "nothing" : string.Join(" / ", replies.Select(r => $"\"{r.Text}\""));
}
