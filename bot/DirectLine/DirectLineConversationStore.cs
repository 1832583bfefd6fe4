using System.Globalization;
using System.Text.Json;
using Cnam.Bot.Protocol;
using Cnam.Bot.State;

namespace Cnam.Bot.DirectLine;

/// <summary>
/// The ordered activity log of each Direct Line conversation, kept in the <see cref="IStateStore"/>:
/// <c>dl/{conv}/meta</c> holds the header and the last sequence number, <c>dl/{conv}/a/{seq:D7}</c> one activity.
/// Appends to a conversation are serialised; an activity is written before the header that makes it visible,
/// so a reader that trusts the header never misses an activity below its watermark.
/// </summary>
internal sealed class DirectLineConversationStore(IStateStore store, TimeProvider clock)
{
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
            await store.WriteAsync(MetaKey(meta.ConversationId), JsonSerializer.Serialize(meta, ProtocolJson.Options), expectedETag: null, cancellationToken);
            return true;
        }
        catch (ConcurrencyException)
        {
            return false;
        }
    }

    public async Task<ConversationMeta?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var item = await store.ReadAsync(MetaKey(conversationId), cancellationToken);
        return item is null ? null : JsonSerializer.Deserialize<ConversationMeta>(item.Json, ProtocolJson.Options);
    }

    /// <summary>
    /// Changes the header under the conversation's lock (<paramref name="change"/> returns false when it changed
    /// nothing, and nothing is written); returns the header, or null when the conversation does not exist.
    /// </summary>
    public async Task<ConversationMeta?> UpdateAsync(string conversationId, Func<ConversationMeta, bool> change, CancellationToken cancellationToken)
    {
        using var _ = await _locks.AcquireAsync(conversationId, cancellationToken);
        var (meta, etag) = await ReadMetaAsync(conversationId, cancellationToken);
        if (meta is null)
        {
            return null;
        }
        if (!change(meta))
        {
            return meta;
        }
        await store.WriteAsync(MetaKey(conversationId), JsonSerializer.Serialize(meta, ProtocolJson.Options), etag, cancellationToken);
        return meta;
    }

    /// <summary>
    /// Gives the activity the conversation's next id (<c>{conv}|{seq:D7}</c>) and a UTC timestamp strictly later
    /// than the previous one (at millisecond precision, which is what browsers compare), then stores it durably.
    /// Returns false when the conversation does not exist.
    /// </summary>
    public async Task<bool> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        using var _ = await _locks.AcquireAsync(conversationId, cancellationToken);
        var (meta, etag) = await ReadMetaAsync(conversationId, cancellationToken);
        if (meta is null)
        {
            return false;
        }
        var sequence = meta.LastSequence + 1;
        var now = TruncateToMilliseconds(clock.GetUtcNow().ToUniversalTime());
        var timestamp = now > meta.LastTimestamp ? now : meta.LastTimestamp.AddMilliseconds(1);
        activity.Id = ActivityId(conversationId, sequence);
        activity.Timestamp = timestamp;

        // A document past LastSequence can only be left over from a crash before its header was written: that
        // activity was never acknowledged, so it is overwritten.
        await store.WriteAsync(ActivityKey(conversationId, sequence), JsonSerializer.Serialize(activity, ProtocolJson.Options), IStateStore.AnyETag, cancellationToken);
        meta.LastSequence = sequence;
        meta.LastTimestamp = timestamp;
        await store.WriteAsync(MetaKey(conversationId), JsonSerializer.Serialize(meta, ProtocolJson.Options), etag, cancellationToken);
        return true;
    }

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
        var activities = new List<Activity>();
        for (var sequence = watermark + 1; sequence <= last; sequence++)
        {
            var item = await store.ReadAsync(ActivityKey(conversationId, sequence), cancellationToken);
            if (item is not null && JsonSerializer.Deserialize<Activity>(item.Json, ProtocolJson.Options) is { } activity)
            {
                activities.Add(activity);
            }
        }
        return (activities, last);
    }

    private async Task<(ConversationMeta? Meta, string? ETag)> ReadMetaAsync(string conversationId, CancellationToken cancellationToken)
    {
        var item = await store.ReadAsync(MetaKey(conversationId), cancellationToken);
        return item is null ? (null, null) : (JsonSerializer.Deserialize<ConversationMeta>(item.Json, ProtocolJson.Options), item.ETag);
    }

    private static DateTimeOffset TruncateToMilliseconds(DateTimeOffset value) =>
        new(value.Ticks - value.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
}
