using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Model;
using Microsoft.Extensions.Options;

namespace Cnam.Bot.Meetings;

/// <summary>What happened to one registration when a follow-up or reminder was triggered.</summary>
/// <param name="Outcome">sent, alreadySent, failed, uncertain, skipped.</param>
public sealed record DeliveryResult(string RegistrationId, string Outcome, int Attempts, string? Error);

/// <summary>The meeting a send was asked for does not exist in meetings.yaml.</summary>
public sealed class UnknownMeetingException(string meetingId) : Exception($"Aucune réunion « {meetingId} » dans meetings.yaml.");

/// <summary>
/// Sends the follow-up (to those marked as having attended) or the reminder (to every registrant) of a meeting,
/// one message per registration and never twice. Each send is bracketed by two durable writes of the registration's
/// <see cref="DeliveryStatus"/>: "sending" (attempts + 1) before, "sent" or "failed" after. A registration found in
/// "sending" was interrupted by a crash or a stop during its send, and whether the message left is unknown:
/// <list type="bullet">
/// <item>Direct Line (our own log): the log is searched for the message's delivery id: found = sent, absent = sent now.</item>
/// <item>Bot Connector: nobody can tell, and a second copy in someone's Teams chat is worse than a missing one, so it
/// becomes "uncertain" and is not sent again unless staff ask for it (<c>resendUncertain</c>) after checking.</item>
/// </list>
/// "failed" registrations are tried again at the next trigger, up to <see cref="MeetingsOptions.MaxSendAttempts"/>.
/// Sends are paced by <see cref="MeetingsOptions.SendDelay"/>. One trigger per meeting runs at a time in this process;
/// the etags make a concurrent trigger elsewhere lose its "sending" write instead of sending a second copy.
/// </summary>
public sealed class FollowUpSender(
    KnowledgeBase kb,
    MeetingStore meetings,
    ProactiveMessenger messenger,
    MeetingTexts texts,
    IOptions<MeetingsOptions> options,
    TimeProvider clock,
    ILogger<FollowUpSender> logger)
{
    private readonly Protocol.KeyedLock _locks = new();

    public Task<IReadOnlyList<DeliveryResult>> SendFollowUpAsync(string meetingId, bool resendUncertain, CancellationToken cancellationToken) =>
        SendAsync(meetingId, MessageKinds.FollowUp, resendUncertain, cancellationToken);

    public Task<IReadOnlyList<DeliveryResult>> SendReminderAsync(string meetingId, bool resendUncertain, CancellationToken cancellationToken) =>
        SendAsync(meetingId, MessageKinds.Reminder, resendUncertain, cancellationToken);

    private async Task<IReadOnlyList<DeliveryResult>> SendAsync(string meetingId, string kind, bool resendUncertain, CancellationToken cancellationToken)
    {
        var meeting = kb.GetMeeting(meetingId) ?? throw new UnknownMeetingException(meetingId);
        using var _ = await _locks.AcquireAsync(MeetingStore.Key(meeting.Id), cancellationToken);
        var results = new List<DeliveryResult>();
        var sentOne = false;
        foreach (var registration in await meetings.ListAsync(meeting.Id, cancellationToken))
        {
            if (kind == MessageKinds.FollowUp && registration.Attended != true)
            {
                results.Add(new DeliveryResult(registration.Id, "skipped", 0, registration.Attended == false ? "absent" : "attendance-not-marked"));
                continue;
            }
            if (sentOne && options.Value.SendDelay > TimeSpan.Zero)
            {
                await Task.Delay(options.Value.SendDelay, clock, cancellationToken);
            }
            var result = await DeliverAsync(meeting, registration.Id, kind, resendUncertain, cancellationToken);
            sentOne |= result.Outcome is "sent" or "failed";
            results.Add(result);
        }
        logger.LogInformation("Meeting {MeetingId}: {Kind} {Sent} sent, {Failed} failed, {Uncertain} uncertain", meeting.Id, kind,
            results.Count(r => r.Outcome == "sent"), results.Count(r => r.Outcome == "failed"), results.Count(r => r.Outcome == "uncertain"));
        return results;
    }

    private async Task<DeliveryResult> DeliverAsync(Meeting meeting, string registrationId, string kind, bool resendUncertain, CancellationToken cancellationToken)
    {
        // 1. Decide on the stored status and, when a send is due, record "sending" first (durably, with the etag).
        MeetingRegistration? claimed = null;
        DeliveryResult? settled = null;
        var now = clock.GetUtcNow();
        string? leftoverDeliveryId = null;
        await meetings.UpdateAsync(meeting.Id, doc =>
        {
            (claimed, settled, leftoverDeliveryId) = (null, null, null);
            var r = doc.Registrations.FirstOrDefault(x => x.Id == registrationId);
            if (r is null)
            {
                settled = new DeliveryResult(registrationId, "skipped", 0, "erased");
                return false;
            }
            var status = r.Deliveries.GetValueOrDefault(kind);
            switch (status?.State)
            {
                case DeliveryStates.Sent:
                    settled = new DeliveryResult(r.Id, "alreadySent", status.Attempts, null);
                    return false;
                case DeliveryStates.Sending:
                    leftoverDeliveryId = status.DeliveryId;
                    settled = new DeliveryResult(r.Id, "interrupted", status.Attempts, null);
                    return false;
                case DeliveryStates.Uncertain when !resendUncertain:
                    settled = new DeliveryResult(r.Id, "uncertain", status.Attempts, status.Error);
                    return false;
                case DeliveryStates.Failed when status.Attempts >= options.Value.MaxSendAttempts:
                    settled = new DeliveryResult(r.Id, "failed", status.Attempts, status.Error);
                    return false;
            }
            r.Deliveries[kind] = new DeliveryStatus
            {
                State = DeliveryStates.Sending,
                Attempts = (status?.Attempts ?? 0) + 1,
                LastAttemptAt = now,
                DeliveryId = Guid.NewGuid().ToString("N"),
            };
            claimed = r;
            return true;
        }, cancellationToken);

        if (settled is { Outcome: "interrupted" })
        {
            return await ResolveInterruptedAsync(meeting, registrationId, kind, leftoverDeliveryId, resendUncertain, cancellationToken);
        }
        if (claimed is null)
        {
            return settled!;
        }

        // 2. Send, then record what happened.
        var delivery = claimed.Deliveries[kind];
        string? error = null;
        try
        {
            var text = kind == MessageKinds.FollowUp ? texts.FollowUp(meeting, claimed) : texts.Reminder(meeting, claimed);
            await messenger.SendAsync(claimed, text, delivery.DeliveryId!, cancellationToken);
        }
        catch (ProactiveDeliveryException ex)
        {
            error = ex.Reason;
        }
        return await RecordAsync(meeting.Id, registrationId, kind, error, cancellationToken);
    }

    // A "sending" left by an interrupted send: settle it from the Direct Line log, or mark it uncertain.
    private async Task<DeliveryResult> ResolveInterruptedAsync(Meeting meeting, string registrationId, string kind, string? deliveryId,
        bool resendUncertain, CancellationToken cancellationToken)
    {
        var registration = (await meetings.ListAsync(meeting.Id, cancellationToken)).FirstOrDefault(r => r.Id == registrationId);
        if (registration is null)
        {
            return new DeliveryResult(registrationId, "skipped", 0, "erased");
        }
        var delivered = deliveryId is null ? null : await messenger.WasDeliveredAsync(registration, deliveryId, cancellationToken);
        if (delivered == true)
        {
            return await RecordAsync(meeting.Id, registrationId, kind, null, cancellationToken);
        }
        // Not in our own log: it never left, so it is not "uncertain" but simply not sent yet.
        var state = delivered == false ? DeliveryStates.Failed : DeliveryStates.Uncertain;
        var reason = delivered == false ? "interrupted-not-delivered" : "interrupted-unknown";
        await meetings.UpdateAsync(meeting.Id, doc =>
        {
            var status = doc.Registrations.FirstOrDefault(r => r.Id == registrationId)?.Deliveries.GetValueOrDefault(kind);
            if (status is not { State: DeliveryStates.Sending })
            {
                return false;
            }
            (status.State, status.Error) = (state, reason);
            return true;
        }, cancellationToken);
        return delivered == false || resendUncertain
            ? await DeliverAsync(meeting, registrationId, kind, resendUncertain, cancellationToken)
            : new DeliveryResult(registrationId, "uncertain", registration.Deliveries.GetValueOrDefault(kind)?.Attempts ?? 0, reason);
    }

    private async Task<DeliveryResult> RecordAsync(string meetingId, string registrationId, string kind, string? error, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        DeliveryStatus? final = null;
        // The message left (or failed): this write must not be lost to a cancelled request.
        await meetings.UpdateAsync(meetingId, doc =>
        {
            final = doc.Registrations.FirstOrDefault(r => r.Id == registrationId)?.Deliveries.GetValueOrDefault(kind);
            if (final is null)
            {
                return false;
            }
            final.State = error is null ? DeliveryStates.Sent : DeliveryStates.Failed;
            final.Error = error;
            final.SentAt = error is null ? now : null;
            return true;
        }, CancellationToken.None);
        return new DeliveryResult(registrationId, error is null ? "sent" : "failed", final?.Attempts ?? 0, error);
    }
}
