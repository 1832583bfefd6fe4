using System.Text.Json;
using Cnam.Bot.Dialogs;
using Cnam.Bot.DirectLine;
using Cnam.Bot.Knowledge;
using Cnam.Bot.State;
using Microsoft.Extensions.Options;

namespace Cnam.Bot.Meetings;

/// <summary>
/// Erases prospects' data <see cref="PrivacyOptions.RetentionDays"/> after their last contact, every
/// <see cref="PrivacyOptions.PurgeInterval"/>. A person's last contact is the latest of: the last day of each of their
/// conversations (<see cref="StoredConversationReference.LastContactOn"/>), and for each registration its date, the
/// meeting's date and the last message sent to it. A conversation without that day (stored by an older version) is
/// left alone rather than guessed. Group conversations (no single user) are erased per conversation.
/// </summary>
public sealed class RetentionService(
    IStateStore store,
    MeetingStore meetings,
    PersonalDataEraser eraser,
    KnowledgeBase kb,
    IOptions<PrivacyOptions> options,
    TimeProvider clock,
    ILogger<RetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, clock);
        do
        {
            try
            {
                var purged = await PurgeAsync(stoppingToken);
                if (purged > 0)
                {
                    logger.LogInformation("Retention: data of {Count} person(s) or conversation(s) erased", purged);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Retention purge failed; it runs again at the next period");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Runs one purge now; returns how many people and group conversations were erased.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-options.Value.RetentionDays);
        var lastContact = new Dictionary<PersonKey, DateOnly?>();
        var groups = new List<(string Channel, string Conversation, DateOnly? Last)>();

        // An unknown day (null) is sticky: such a person is never purged on a guess.
        void Seen(PersonKey person, DateOnly? day) =>
            lastContact[person] = !lastContact.TryGetValue(person, out var known) ? day : known is null || day is null ? null : Max(known, day);

        foreach (var item in await store.ListAsync(ConversationReferences.KeyPrefix, cancellationToken))
        {
            var stored = JsonSerializer.Deserialize<StoredConversationReference>(item.Json, StateJson.Options);
            var channel = stored?.Reference.ChannelId;
            var conversation = stored?.Reference.Conversation?.Id;
            if (channel is null || conversation is null)
            {
                continue;
            }
            if (stored!.Reference.User?.Id is { } userId)
            {
                Seen(new PersonKey(channel, userId), stored.LastContactOn);
            }
            else
            {
                groups.Add((channel, conversation, stored.LastContactOn));
            }
        }
        foreach (var registration in (await meetings.AllAsync(cancellationToken)).Values.SelectMany(r => r))
        {
            var meetingDay = kb.GetMeeting(registration.MeetingId)?.Date;
            var sent = registration.Deliveries.Values.Select(d => d.SentAt ?? d.LastAttemptAt).Max();
            var day = Max(Max(Day(registration.RegisteredAt), meetingDay), sent is { } s ? Day(s) : null);
            Seen(new PersonKey(registration.ChannelId, registration.UserId), day);
        }

        var erased = 0;
        foreach (var (person, last) in lastContact)
        {
            if (last is { } day && day < cutoff)
            {
                await eraser.EraseAsync(person, cancellationToken);
                erased++;
            }
        }
        foreach (var (channel, conversation, last) in groups)
        {
            if (last is { } day && day < cutoff)
            {
                await store.DeleteAsync(StateKeys.Conversation(channel, conversation), cancellationToken);
                await store.DeleteAsync(ConversationReferences.Key(channel, conversation), cancellationToken);
                if (channel == DirectLineChannel.ChannelId)
                {
                    await store.DeleteByPrefixAsync($"dl/{conversation}/", cancellationToken);
                }
                erased++;
            }
        }
        return erased;
    }

    private static DateOnly Day(DateTimeOffset t) => DateOnly.FromDateTime(t.UtcDateTime);

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}
