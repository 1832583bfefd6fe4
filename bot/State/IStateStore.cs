namespace Cnam.Bot.State;

/// <summary>One stored JSON document with its version tag.</summary>
public sealed record StoreItem(string Key, string Json, string ETag);

/// <summary>
/// Durable key/value store of JSON documents with optimistic concurrency. Every caller of
/// <see cref="WriteAsync"/> is acknowledged only once the write is committed.
/// Conversation and user state, the built-in Direct Line logs and registrations live here.
/// </summary>
public interface IStateStore
{
    /// <summary>Reads a document, or null when there is none.</summary>
    Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes a document and returns its new etag. <paramref name="expectedETag"/>: null = the document
    /// must not exist yet; <see cref="AnyETag"/> = unconditional; otherwise the current etag must match.
    /// A mismatch throws <see cref="ConcurrencyException"/> and writes nothing (no lost update).
    /// </summary>
    Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default);

    /// <summary>Deletes a document; deleting a missing document is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Every document whose key starts with <paramref name="keyPrefix"/>, ordered by key (ordinal).</summary>
    Task<IReadOnlyList<StoreItem>> ListAsync(string keyPrefix, CancellationToken cancellationToken = default);

    /// <summary>Deletes every document whose key starts with <paramref name="keyPrefix"/>; returns how many.</summary>
    Task<int> DeleteByPrefixAsync(string keyPrefix, CancellationToken cancellationToken = default);

    /// <summary>The etag value that makes a write unconditional.</summary>
    public const string AnyETag = "*";
}

/// <summary>Thrown when a write's expected etag does not match the stored one.</summary>
public sealed class ConcurrencyException(string key)
    : Exception($"The document '{key}' was changed by someone else since it was read.")
{
    public string Key { get; } = key;
}
