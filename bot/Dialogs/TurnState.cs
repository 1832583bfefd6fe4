using Cnam.Bot.Protocol;
using Cnam.Bot.State;

namespace Cnam.Bot.Dialogs;

/// <summary>
/// The state documents of one turn: the conversation's, read at the start, and the user's, read on first
/// use. <see cref="SaveAsync"/> writes each changed document once, with the etag it was read with, so a
/// concurrent change surfaces as a <see cref="ConcurrencyException"/> instead of a lost update. The turn's writes
/// (both documents and the records given to <see cref="Defer"/>) are issued together, so that the store commits
/// them in one transaction and the turn waits for the disk once.
/// </summary>
public sealed class TurnState
{
    private readonly IStateStore _store;
    private readonly StateEntry<ConversationData> _conversation;
    private readonly string? _userKey;
    private StateEntry<UserData>? _user;
    private List<Task>? _deferred;

    private TurnState(IStateStore store, StateEntry<ConversationData> conversation, string? userKey)
    {
        _store = store;
        _conversation = conversation;
        _userKey = userKey;
    }

    public ConversationData Conversation => _conversation.Value;

    /// <summary>Reads the conversation's document for <paramref name="activity"/>.</summary>
    public static async Task<TurnState> LoadAsync(IStateStore store, Activity activity, CancellationToken cancellationToken)
    {
        var channelId = activity.ChannelId ?? "unknown";
        var conversationKey = StateKeys.Conversation(channelId, activity.Conversation?.Id ?? "unknown");
        var userKey = string.IsNullOrEmpty(activity.From?.Id) ? null : StateKeys.User(channelId, activity.From.Id);
        var conversation = await StateEntry<ConversationData>.LoadAsync(store, conversationKey, cancellationToken);
        return new TurnState(store, conversation, userKey);
    }

    /// <summary>The user's document, read on first call; a user without id gets a document that is never saved.</summary>
    public async Task<UserData> GetUserAsync(CancellationToken cancellationToken = default)
    {
        if (_userKey is null)
        {
            return new UserData();
        }
        _user ??= await StateEntry<UserData>.LoadAsync(_store, _userKey, cancellationToken);
        return _user.Value;
    }

    /// <summary>
    /// A write of this turn that nothing in the turn reads back (e.g. a statistic): started now, awaited with the
    /// state in <see cref="SaveAsync"/>. It must handle its own failures.
    /// </summary>
    public void Defer(Task write) => (_deferred ??= []).Add(write);

    /// <summary>
    /// Writes what changed this turn and waits for the deferred writes. Throws <see cref="ConcurrencyException"/> on a
    /// concurrent change of the conversation's or the user's document; the other of the two may be written then (each
    /// is its own document, checked against its own etag).
    /// </summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        var conversation = _conversation.SaveAsync(_store, cancellationToken);
        var user = _user?.SaveAsync(_store, cancellationToken);
        try
        {
            if (_deferred is not null)
            {
                await Task.WhenAll(_deferred);
            }
        }
        finally
        {
            if (user is not null)
            {
                await Task.WhenAll(conversation, user);
            }
            else
            {
                await conversation;
            }
        }
    }
}
