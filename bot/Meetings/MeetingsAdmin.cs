using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Model;

namespace Cnam.Bot.Meetings;

/// <summary>A meeting as staff see it: the data of meetings.yaml and its counts.</summary>
public sealed record MeetingSummary(
    string Id, string Title, DateOnly? Date, string? Start, string? End, string? Centre, string? Place, string? OnlineLink,
    IReadOnlyList<string> Programmes, int Capacity, int Registered, int Attended, int SeatsLeft, bool Past);

/// <summary>A registration as staff see it, with the state of its messages.</summary>
public sealed record RegistrationView(
    string Id, string Name, string Email, string? Phone, string? Programme, string Channel, DateTimeOffset RegisteredAt,
    bool? Attended, IReadOnlyDictionary<string, DeliveryStatus> Deliveries);

/// <summary>What staff can do with meetings, shared by the admin API and the <c>meetings</c> command.</summary>
public sealed class MeetingsAdmin(KnowledgeBase kb, MeetingStore store, FollowUpSender sender, TimeProvider clock)
{
    public async Task<IReadOnlyList<MeetingSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var all = await store.AllAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return kb.Meetings().Select(m =>
        {
            var registrations = all.GetValueOrDefault(m.Id) ?? [];
            var capacity = m.Capacity ?? 0;
            return new MeetingSummary(m.Id, MeetingTexts.Title(m), m.Date, m.Start, m.End, m.Centre, m.Place, m.OnlineLink, m.Programmes,
                capacity, registrations.Count, registrations.Count(r => r.Attended == true), Math.Max(0, capacity - registrations.Count),
                m.Date < today);
        }).ToList();
    }

    /// <summary>The registrations of a meeting; throws <see cref="UnknownMeetingException"/> for an id not in meetings.yaml.</summary>
    public async Task<IReadOnlyList<RegistrationView>> RegistrationsAsync(string meetingId, CancellationToken cancellationToken) =>
        (await RawAsync(meetingId, cancellationToken)).Select(r => new RegistrationView(
            r.Id, r.Name, r.Email, r.Phone, r.Programme, r.ChannelId, r.RegisteredAt, r.Attended, r.Deliveries)).ToList();

    public async Task<string> ExportCsvAsync(string meetingId, CancellationToken cancellationToken) =>
        RegistrationCsv.Write(await RawAsync(meetingId, cancellationToken));

    /// <summary>Marks attendance; false when nobody registered with <paramref name="email"/>.</summary>
    public Task<bool> MarkAttendanceAsync(string meetingId, string email, bool attended, CancellationToken cancellationToken) =>
        store.MarkAttendanceAsync(Meeting(meetingId).Id, email, attended, cancellationToken);

    public Task<IReadOnlyList<DeliveryResult>> FollowUpAsync(string meetingId, bool resendUncertain, CancellationToken cancellationToken) =>
        sender.SendFollowUpAsync(Meeting(meetingId).Id, resendUncertain, cancellationToken);

    public Task<IReadOnlyList<DeliveryResult>> RemindAsync(string meetingId, bool resendUncertain, CancellationToken cancellationToken) =>
        sender.SendReminderAsync(Meeting(meetingId).Id, resendUncertain, cancellationToken);

    private Meeting Meeting(string meetingId) => kb.GetMeeting(meetingId) ?? throw new UnknownMeetingException(meetingId);

    private Task<IReadOnlyList<MeetingRegistration>> RawAsync(string meetingId, CancellationToken cancellationToken) =>
        store.ListAsync(Meeting(meetingId).Id, cancellationToken);
}
