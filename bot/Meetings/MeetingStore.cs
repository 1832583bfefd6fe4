using System.Text.Json;
using Cnam.Bot.State;

namespace Cnam.Bot.Meetings;

/// <summary>What became of a registration request.</summary>
public enum RegistrationResult
{
    /// <summary>Stored durably: the person may be told they are registered.</summary>
    Registered,

    /// <summary>The same e-mail was already registered to this meeting: nothing new was stored.</summary>
    Duplicate,

    /// <summary>The meeting has no seat left: nothing was stored.</summary>
    Full,
}

/// <summary>
/// Registrations in the <see cref="IStateStore"/>, one document per meeting (<c>meetings/{id}</c>). Every change
/// reads the document, decides on that version and writes it back with its etag; a concurrent change by another
/// instance (<see cref="ConcurrencyException"/>) makes it read again and decide again, so capacity and duplicates
/// hold across threads and instances. Register it as a singleton (its per-meeting locks are per instance).
/// </summary>
public sealed class MeetingStore(IStateStore store)
{
    public const string KeyPrefix = "meetings/";
    private const int MaxRetries = 20;

    // Changes to one meeting from this process take turns, so they never race each other on the etag; the etag
    // retries are left for other instances sharing the store.
    private readonly Protocol.KeyedLock _locks = new();

    public static string Key(string meetingId) => KeyPrefix + meetingId.ToLowerInvariant();

    /// <summary>Adds <paramref name="registration"/> unless its e-mail is registered already or the meeting is full.</summary>
    public async Task<(RegistrationResult Result, MeetingRegistration Registration)> RegisterAsync(
        MeetingRegistration registration, int capacity, CancellationToken cancellationToken)
    {
        MeetingRegistration stored = registration;
        var result = RegistrationResult.Registered;
        await UpdateAsync(registration.MeetingId, doc =>
        {
            var existing = doc.Registrations.FirstOrDefault(r => SameEmail(r.Email, registration.Email));
            if (existing is not null)
            {
                (result, stored) = (RegistrationResult.Duplicate, existing);
                return false;
            }
            if (doc.Registrations.Count >= capacity)
            {
                (result, stored) = (RegistrationResult.Full, registration);
                return false;
            }
            doc.Registrations.Add(registration);
            (result, stored) = (RegistrationResult.Registered, registration);
            return true;
        }, cancellationToken);
        return (result, stored);
    }

    /// <summary>The registrations of a meeting, in registration order.</summary>
    public async Task<IReadOnlyList<MeetingRegistration>> ListAsync(string meetingId, CancellationToken cancellationToken)
    {
        var item = await store.ReadAsync(Key(meetingId), cancellationToken);
        return item is null ? [] : Read(item).Registrations;
    }

    /// <summary>Every meeting document: meeting id -> registrations.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<MeetingRegistration>>> AllAsync(CancellationToken cancellationToken)
    {
        var items = await store.ListAsync(KeyPrefix, cancellationToken);
        return items.ToDictionary(i => i.Key[KeyPrefix.Length..], i => (IReadOnlyList<MeetingRegistration>)Read(i).Registrations, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the meeting's document and writes it when it returns true, retrying on a
    /// concurrent change (the change must be safe to run again on a fresher version). Returns the document written
    /// (or left as is).
    /// </summary>
    public async Task<MeetingDocument> UpdateAsync(string meetingId, Func<MeetingDocument, bool> change, CancellationToken cancellationToken)
    {
        using var _ = await _locks.AcquireAsync(Key(meetingId), cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var entry = await StateEntry<MeetingDocument>.LoadAsync(store, Key(meetingId), cancellationToken);
            if (!change(entry.Value))
            {
                return entry.Value;
            }
            try
            {
                // Even an emptied document is written with its etag, never deleted: a delete carries no etag and
                // could drop a registration made in between.
                await entry.SaveAsync(store, cancellationToken);
                return entry.Value;
            }
            catch (ConcurrencyException) when (attempt < MaxRetries)
            {
                // Someone registered or changed a status meanwhile: decide again on their version.
            }
        }
    }

    /// <summary>Marks whether the person with <paramref name="email"/> came; false when no such registration.</summary>
    public async Task<bool> MarkAttendanceAsync(string meetingId, string email, bool attended, CancellationToken cancellationToken)
    {
        var found = false;
        await UpdateAsync(meetingId, doc =>
        {
            var registration = doc.Registrations.FirstOrDefault(r => SameEmail(r.Email, email));
            found = registration is not null;
            if (registration is null || registration.Attended == attended)
            {
                return false;
            }
            registration.Attended = attended;
            return true;
        }, cancellationToken);
        return found;
    }

    /// <summary>E-mail addresses compare without case (and surrounding spaces).</summary>
    public static bool SameEmail(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static MeetingDocument Read(StoreItem item) =>
        JsonSerializer.Deserialize<MeetingDocument>(item.Json, StateJson.Options) ?? new MeetingDocument();
}
