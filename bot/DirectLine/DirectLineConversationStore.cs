using System.Globalization;
using System.Text.Json;
using Cnam.Bot.Protocol;
using Cnam.Bot.State;

namespace Cnam.Bot.DirectLine;

/// <summary>
/// The ordered activity log of each Direct Line conversation, kept in the <see cref="IStateStore"/>:
/// <c>dl/{conv}/meta</c> holds the header, the last sequence number and the newest activities (<c>Pending</c>);
/// <c>dl/{conv}/a/{seq:D7}</c> one older activity each. Several bot instances may append to one conversation at once
/// (a visitor's post on one, a proactive message on another), so an append is ONE etag-checked write of the header
/// with the activity inside it, retried on a conflict: it takes a sequence number and becomes visible atomically,
/// and nobody can overwrite it. Once a few are pending they are copied to their own documents, then removed from the
/// header: a reader that trusts the header finds every activity below its watermark in one place or the other.
/// </summary>
internal sealed class DirectLineConversationStore(IStateStore store, TimeProvider clock, ILogger logger)
{
    // The header is read on every poll: keep it small.
    private const int MaxPending = 4;
    private const int MaxPendingJsonLength = 64 * 1024;
    private const int MaxAttempts = 12;

    // In one process, appends to a conversation wait for each other instead of colliding on the etag.
    private readonly KeyedLock _locks = new();

    public static string MetaKey(string conversationId) => $"dl/{conversationId}/meta";

    public static string ActivityKey(string conversationId, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"dl/{conversationId}/a/{sequence:D7}");

    public static string ActivityId(string conversationId, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{sequence:D7}");

    /// <summary>Creates the conversation; false when it already exists.</summary>
    public async Task<bool> TryCreateAsync(ConversationMeta meta, CancellationToken cancellationToken)
    {
        try
        {
            await store.WriteAsync(MetaKey(meta.ConversationId), Serialize(meta), expectedETag: null, cancellationToken);
            return true;
        }
        catch (ConcurrencyException)
        {
            return false;
        }
    }

    public async Task<ConversationMeta?> GetAsync(string conversationId, CancellationToken cancellationToken) =>
        (await ReadMetaAsync(conversationId, cancellationToken)).Meta;

    /// <summary>
    /// Changes the header (<paramref name="change"/> returns false when it changed nothing, and nothing is written);
    /// returns the header, or null when the conversation does not exist. When another instance changed the header
    /// meanwhile, <paramref name="change"/> runs again on the new one: it must depend only on the header it is given.
    /// </summary>
    public async Task<ConversationMeta?> UpdateAsync(string conversationId, Func<ConversationMeta, bool> change, CancellationToken cancellationToken)
    {
        using var _ = await _locks.AcquireAsync(conversationId, cancellationToken);
        return await ChangeHeaderAsync(conversationId, change, cancellationToken);
    }

    // The header's read-change-write with its etag, again on a conflict; the caller holds the conversation's lock.
    private Task<ConversationMeta?> ChangeHeaderAsync(string conversationId, Func<ConversationMeta, bool> change, CancellationToken cancellationToken) =>
        RetryOnConflictAsync(async () =>
        {
            var (meta, etag) = await ReadMetaAsync(conversationId, cancellationToken);
            if (meta is null || !change(meta))
            {
                return meta;
            }
            await store.WriteAsync(MetaKey(conversationId), Serialize(meta), etag, cancellationToken);
            return meta;
        }, cancellationToken);

    /// <summary>
    /// Gives the activity the conversation's next id (<c>{conv}|{seq:D7}</c>) and a UTC timestamp strictly later
    /// than the previous one (at millisecond precision, which is what browsers compare), then stores it durably.
    /// Returns false when the conversation does not exist.
    /// </summary>
    public async Task<bool> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        using var _ = await _locks.AcquireAsync(conversationId, cancellationToken);
        var appended = await RetryOnConflictAsync(async () =>
        {
            var (meta, etag) = await ReadMetaAsync(conversationId, cancellationToken);
            if (meta is null)
            {
                return null;
            }
            var sequence = meta.LastSequence + 1;
            var now = TruncateToMilliseconds(clock.GetUtcNow().ToUniversalTime());
            var timestamp = now > meta.LastTimestamp ? now : meta.LastTimestamp.AddMilliseconds(1);
            activity.Id = ActivityId(conversationId, sequence);
            activity.Timestamp = timestamp;
            meta.LastSequence = sequence;
            meta.LastTimestamp = timestamp;
            (meta.Pending ??= []).Add(new PendingActivity(sequence, activity));
            var json = Serialize(meta);
            var newETag = await store.WriteAsync(MetaKey(conversationId), json, etag, cancellationToken);
            return new Appended(meta, newETag, json.Length);
        }, cancellationToken);
        if (appended is null)
        {
            return false;
        }
        if (appended.Meta.Pending!.Count >= MaxPending || appended.JsonLength > MaxPendingJsonLength)
        {
            await MovePendingAsync(conversationId, appended.Meta, appended.ETag, cancellationToken);
        }
        return true;
    }

    /// <summary>
    /// Erases the conversation's activities up to <paramref name="throughSequence"/> and the visitor's ids, keeping
    /// the header (the conversation stays open, its watermark goes on) and the later activities: what the bot said
    /// after the visitor asked for the erasure is still delivered. False when the conversation does not exist.
    /// </summary>
    public async Task<bool> EraseHistoryAsync(string conversationId, long throughSequence, CancellationToken cancellationToken)
    {
        using var _ = await _locks.AcquireAsync(conversationId, cancellationToken);
        var found = await ChangeHeaderAsync(conversationId, meta =>
        {
            meta.Pending?.RemoveAll(p => p.Sequence <= throughSequence);
            foreach (var kept in meta.Pending ?? [])
            {
                kept.Activity.Recipient = null;
            }
            meta.UserId = null;
            meta.UserName = null;
            return true;
        }, cancellationToken) is not null;
        foreach (var item in await store.ListAsync($"dl/{conversationId}/a/", cancellationToken))
        {
            if (long.TryParse(item.Key.AsSpan(item.Key.LastIndexOf('/') + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
                && sequence <= throughSequence)
            {
                await store.DeleteAsync(item.Key, cancellationToken);
            }
        }
        return found;
    }

    /// <summary>The sequence number in an activity id of this conversation (<c>{conv}|{seq}</c>), or null.</summary>
    public static long? SequenceOf(string conversationId, string? activityId) =>
        activityId is not null && activityId.StartsWith(conversationId + "|", StringComparison.Ordinal)
        && long.TryParse(activityId.AsSpan(conversationId.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : null;

    /// <summary>
    /// Activities after <paramref name="watermark"/> (at most <paramref name="max"/>) and the watermark to send back:
    /// the sequence number of the last one returned, or the conversation's current one when nothing is newer.
    /// Null when the conversation does not exist.
    /// </summary>
    public async Task<(IReadOnlyList<Activity> Activities, long Watermark)?> ReadAfterAsync(
        string conversationId, long watermark, int max, CancellationToken cancellationToken)
    {
        var meta = await GetAsync(conversationId, cancellationToken);
        if (meta is null)
        {
            return null;
        }
        if (meta.LastSequence <= watermark)
        {
            return ([], meta.LastSequence);
        }
        var last = Math.Min(meta.LastSequence, watermark + max);
        var pending = (meta.Pending ?? []).ToDictionary(p => p.Sequence, p => p.Activity);
        var activities = new List<Activity>();
        for (var sequence = watermark + 1; sequence <= last; sequence++)
        {
            if (pending.TryGetValue(sequence, out var kept))
            {
                activities.Add(kept);
                continue;
            }
            var item = await store.ReadAsync(ActivityKey(conversationId, sequence), cancellationToken);
            if (item is not null && JsonSerializer.Deserialize<Activity>(item.Json, ProtocolJson.Options) is { } activity)
            {
                activities.Add(activity);
            }
        }
        return (activities, last);
    }

    /// <summary>
    /// Copies the header's pending activities to their own documents, then drops them from the header. The copies are
    /// of committed activities, so writing one twice (two instances moving at once) is harmless; the header is only
    /// changed with its etag. The append is already acknowledged: a failure here is logged and the next append retries.
    /// </summary>
    private async Task MovePendingAsync(string conversationId, ConversationMeta meta, string etag, CancellationToken cancellationToken)
    {
        try
        {
            var moved = meta.Pending!.ToList();
            foreach (var pending in moved)
            {
                await store.WriteAsync(ActivityKey(conversationId, pending.Sequence), JsonSerializer.Serialize(pending.Activity, ProtocolJson.Options),
                    IStateStore.AnyETag, cancellationToken);
            }
            var upTo = moved[^1].Sequence;
            for (var attempt = 1; attempt <= MaxAttempts; attempt++)
            {
                meta.Pending!.RemoveAll(p => p.Sequence <= upTo);
                try
                {
                    await store.WriteAsync(MetaKey(conversationId), Serialize(meta), etag, cancellationToken);
                    return;
                }
                catch (ConcurrencyException)
                {
                    var (current, currentETag) = await ReadMetaAsync(conversationId, cancellationToken);
                    if (current?.Pending is null || currentETag is null || !current.Pending.Exists(p => p.Sequence <= upTo))
                    {
                        return;
                    }
                    (meta, etag) = (current, currentETag);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Direct Line activities could not be moved out of their conversation header; the next append retries");
        }
    }

    /// <summary>Runs a read-change-write again when another instance wrote the same header in between.</summary>
    private static async Task<T> RetryOnConflictAsync<T>(Func<Task<T>> attempt, CancellationToken cancellationToken)
    {
        for (var i = 1; ; i++)
        {
            try
            {
                return await attempt();
            }
            catch (ConcurrencyException) when (i < MaxAttempts)
            {
                // A short random pause, so that two instances retrying in step do not collide again.
                await Task.Delay(Random.Shared.Next(1, 5 * i), cancellationToken);
            }
        }
    }

    private async Task<(ConversationMeta? Meta, string? ETag)> ReadMetaAsync(string conversationId, CancellationToken cancellationToken)
    {
        var item = await store.ReadAsync(MetaKey(conversationId), cancellationToken);
        return item is null ? (null, null) : (JsonSerializer.Deserialize<ConversationMeta>(item.Json, ProtocolJson.Options), item.ETag);
    }

    private static string Serialize(ConversationMeta meta) => JsonSerializer.Serialize(meta, ProtocolJson.Options);

    private static DateTimeOffset TruncateToMilliseconds(DateTimeOffset value) =>
        new(value.Ticks - value.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

    private sealed record Appended(ConversationMeta Meta, string ETag, int JsonLength);
}
