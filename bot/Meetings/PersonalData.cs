using System.Text.Json;
using Cnam.Bot.Dialogs;
using Cnam.Bot.DirectLine;
using Cnam.Bot.State;

namespace Cnam.Bot.Meetings;

/// <summary>Who a person is for the bot: a user id on a channel, and the conversation they write from.</summary>
public sealed record PersonKey(string ChannelId, string UserId, string? ConversationId = null);

/// <summary>What the bot keeps about a person ("mes données").</summary>
public sealed record PersonalDataReport(
    IReadOnlyList<MeetingRegistration> Registrations,
    bool HasUserState,
    bool HasLearnerProfile,
    int Conversations,
    bool HasTranscript);

/// <summary>What an erasure removed.</summary>
public sealed record ErasureReport(int Registrations, int Conversations, int Transcripts, bool UserState)
{
    public int Total => Registrations + Conversations + Transcripts + (UserState ? 1 : 0);
}

/// <summary>
/// Finds and erases everything the bot keeps about a person, from the store keys that hold it:
/// <c>user/{channel}/{user}</c> (profile), per conversation <c>conv/{channel}/{conv}</c> (dialog state),
/// <c>ref/{channel}/{conv}</c> (conversation reference) and, for the built-in Direct Line, the transcript
/// <c>dl/{conv}/meta</c> and <c>dl/{conv}/a/*</c>; and their registrations in <c>meetings/{id}</c> (with any other
/// registration under the same e-mail). The person's conversations are those whose stored reference names them,
/// the one they write from, and those they registered from. Unanswered-question statistics are kept: they are
/// scrubbed and tied to nobody.
/// </summary>
public sealed class PersonalDataEraser(IStateStore store, MeetingStore meetings)
{
    public async Task<PersonalDataReport> ReportAsync(PersonKey person, CancellationToken cancellationToken)
    {
        var registrations = await RegistrationsOfAsync(person, cancellationToken);
        var conversations = await ConversationsOfAsync(person, registrations, cancellationToken);
        var user = await store.ReadAsync(StateKeys.User(person.ChannelId, person.UserId), cancellationToken);
        var profile = user is not null && JsonSerializer.Deserialize<UserData>(user.Json, StateJson.Options)?.LearnerProfile is not null;
        var transcript = false;
        foreach (var conversation in conversations.Where(_ => person.ChannelId == DirectLineChannel.ChannelId))
        {
            transcript |= await store.ReadAsync(DirectLineConversationStore.MetaKey(conversation), cancellationToken) is not null;
        }
        return new PersonalDataReport(registrations, user is not null, profile, conversations.Count, transcript);
    }

    /// <summary>
    /// Erases everything about <paramref name="person"/>. <paramref name="currentActivityId"/>: the message asking for
    /// the erasure, on the built-in Direct Line; that conversation stays open with only what the bot answered after
    /// it (the confirmation), so the visitor's page sees the answer instead of a vanished conversation.
    /// </summary>
    public async Task<ErasureReport> EraseAsync(PersonKey person, CancellationToken cancellationToken, string? currentActivityId = null)
    {
        var registrations = await RegistrationsOfAsync(person, cancellationToken);
        var conversations = await ConversationsOfAsync(person, registrations, cancellationToken);

        var removed = 0;
        var emails = registrations.Select(r => r.Email).ToList();
        foreach (var meetingId in registrations.Select(r => r.MeetingId).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            await meetings.UpdateAsync(meetingId, doc =>
            {
                var count = doc.Registrations.RemoveAll(r => IsOf(r, person) || emails.Any(e => MeetingStore.SameEmail(e, r.Email)));
                removed += count;
                return count > 0;
            }, cancellationToken);
        }

        var transcripts = 0;
        foreach (var conversation in conversations)
        {
            await store.DeleteAsync(StateKeys.Conversation(person.ChannelId, conversation), cancellationToken);
            await store.DeleteAsync(ConversationReferences.Key(person.ChannelId, conversation), cancellationToken);
            if (person.ChannelId != DirectLineChannel.ChannelId)
            {
                continue;
            }
            if (conversation == person.ConversationId && DirectLineConversationStore.SequenceOf(conversation, currentActivityId) is { } asked)
            {
                var history = new DirectLineConversationStore(store, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
                transcripts += await history.EraseHistoryAsync(conversation, asked, cancellationToken) ? 1 : 0;
            }
            else if (await store.DeleteByPrefixAsync($"dl/{conversation}/", cancellationToken) > 0)
            {
                transcripts++;
            }
        }
        var userKey = StateKeys.User(person.ChannelId, person.UserId);
        var hadUser = await store.ReadAsync(userKey, cancellationToken) is not null;
        await store.DeleteAsync(userKey, cancellationToken);
        return new ErasureReport(removed, conversations.Count, transcripts, hadUser);
    }

    private async Task<List<MeetingRegistration>> RegistrationsOfAsync(PersonKey person, CancellationToken cancellationToken) =>
        (await meetings.AllAsync(cancellationToken)).Values.SelectMany(r => r).Where(r => IsOf(r, person)).ToList();

    private async Task<HashSet<string>> ConversationsOfAsync(PersonKey person, IEnumerable<MeetingRegistration> registrations, CancellationToken cancellationToken)
    {
        var conversations = new HashSet<string>(StringComparer.Ordinal);
        if (person.ConversationId is not null)
        {
            conversations.Add(person.ConversationId);
        }
        conversations.UnionWith(registrations.Select(r => r.ConversationId));
        foreach (var item in await store.ListAsync($"{ConversationReferences.KeyPrefix}{person.ChannelId}/", cancellationToken))
        {
            var stored = JsonSerializer.Deserialize<StoredConversationReference>(item.Json, StateJson.Options);
            if (stored?.Reference.User?.Id == person.UserId && stored.Reference.Conversation?.Id is { } id)
            {
                conversations.Add(id);
            }
        }
        return conversations;
    }

    private static bool IsOf(MeetingRegistration r, PersonKey person) =>
        r.ChannelId == person.ChannelId && r.UserId == person.UserId;
}
