using System.Text.Json;
using Cnam.Bot.Calendar;
using Cnam.Bot.Knowledge;
using Cnam.Bot.State;
using Microsoft.Extensions.Options;

namespace Cnam.Bot.Meetings;

/// <summary>
/// Sends each meeting's reminder by itself, the day before the meeting from <see cref="MeetingsOptions.ReminderTime"/>
/// (the centre's local time), checking every <see cref="MeetingsOptions.ReminderCheckInterval"/>. The sending is
/// <see cref="FollowUpSender.SendReminderAsync"/>'s, idempotent per registration; a lease in the state store makes
/// one instance send a meeting's reminders when several share a PostgreSQL store (a lease left by a crashed
/// instance expires after <see cref="MeetingsOptions.ReminderLease"/>, and the next check sends what is left).
/// </summary>
public sealed class ReminderScheduler(
    KnowledgeBase kb,
    FollowUpSender sender,
    IStateStore store,
    IOptions<MeetingsOptions> options,
    IOptions<CalendarOptions> calendar,
    TimeProvider clock,
    ILogger<ReminderScheduler> logger) : BackgroundService
{
    private readonly string _instance = Guid.NewGuid().ToString("N");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.AutomaticReminders)
        {
            return;
        }
        using var timer = new PeriodicTimer(options.Value.ReminderCheckInterval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Automatic reminders failed; they are tried again at the next check");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Sends the reminders that are due now; returns the meetings whose reminders were sent.</summary>
    public async Task<IReadOnlyList<string>> RunOnceAsync(CancellationToken cancellationToken)
    {
        var sent = new List<string>();
        foreach (var meeting in kb.Meetings().Where(m => m.Date is not null && IsDue(m.Date.Value, m.Centre)))
        {
            if (!await TryLeaseAsync(meeting.Id, cancellationToken))
            {
                continue;
            }
            var results = await sender.SendReminderAsync(meeting.Id, resendUncertain: false, cancellationToken);
            logger.LogInformation("Automatic reminder for meeting {MeetingId}: {Sent} sent", meeting.Id, results.Count(r => r.Outcome == "sent"));
            sent.Add(meeting.Id);
        }
        return sent;
    }

    /// <summary>The day before <paramref name="date"/>, from the reminder time, in the centre's time zone.</summary>
    private bool IsDue(DateOnly date, string? centre)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(calendar.Value.TimeZoneOf(centre));
        var local = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone);
        return DateOnly.FromDateTime(local.DateTime) == date.AddDays(-1) && TimeOnly.FromDateTime(local.DateTime) >= options.Value.ReminderTime;
    }

    private sealed record Lease(string Holder, DateTimeOffset Until);

    private async Task<bool> TryLeaseAsync(string meetingId, CancellationToken cancellationToken)
    {
        var key = $"meetings-reminder-lease/{meetingId}";
        var now = clock.GetUtcNow();
        var current = await store.ReadAsync(key, cancellationToken);
        if (current is not null)
        {
            var lease = JsonSerializer.Deserialize<Lease>(current.Json, StateJson.Options);
            if (lease is not null && lease.Holder != _instance && lease.Until > now)
            {
                return false;
            }
        }
        try
        {
            var mine = JsonSerializer.Serialize(new Lease(_instance, now + options.Value.ReminderLease), StateJson.Options);
            await store.WriteAsync(key, mine, current?.ETag, cancellationToken);
            return true;
        }
        catch (ConcurrencyException)
        {
            return false; // another instance took it between the read and the write
        }
    }
}
