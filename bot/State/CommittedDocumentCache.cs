namespace Cnam.Bot.State;

/// <summary>
/// The most recently used committed documents of a store that one process owns, so that reading a conversation's
/// state does not run a database query each turn. Bounded by the size of what it holds (least recently used go
/// first). Only the store's single writer changes it, after each commit (<see cref="Committed"/>); a reader that
/// missed adds what it read from the database (<see cref="AddRead"/>) only if no commit touched that key since it
/// looked (<see cref="Stamp"/>), so a slow read can never put an older version over a newer one.
/// A key can be cached as absent (null), e.g. a conversation's state before its first turn.
/// </summary>
internal sealed class CommittedDocumentCache(long capacityBytes)
{
    // Keys changed by the most recent commits, by change number, to tell a reader whether its key changed meanwhile.
    private const int RecentChanges = 4096;

    // What one entry costs besides its strings: the node, the record, the dictionary slot.
    private const int EntryOverheadBytes = 160;

    private readonly object _lock = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _byUse = new();
    private readonly string?[] _recent = new string?[RecentChanges];
    private long _changes;
    private long _bytes;

    public bool Enabled => capacityBytes > 0;

    /// <summary>Bytes held now (UTF-16 strings plus a fixed overhead per entry).</summary>
    public long Bytes
    {
        get
        {
            lock (_lock)
            {
                return _bytes;
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>True when <paramref name="key"/> is cached; <paramref name="item"/> is null when it is known absent.</summary>
    public bool TryGet(string key, out StoreItem? item)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _byUse.Remove(node);
                _byUse.AddFirst(node);
                item = node.Value.Item;
                return true;
            }
        }
        item = null;
        return false;
    }

    /// <summary>Taken before reading the database, then given to <see cref="AddRead"/>.</summary>
    public long Stamp()
    {
        lock (_lock)
        {
            return _changes;
        }
    }

    /// <summary>Caches what a reader found in the database, unless a commit changed that key after <paramref name="stamp"/>.</summary>
    public void AddRead(string key, StoreItem? item, long stamp)
    {
        if (!Enabled)
        {
            return;
        }
        lock (_lock)
        {
            if (_entries.ContainsKey(key) || ChangedSince(key, stamp))
            {
                return;
            }
            Put(key, item);
        }
    }

    /// <summary>The writer, after a commit: these are now the stored versions (null = deleted).</summary>
    public void Committed(IEnumerable<KeyValuePair<string, StoreItem?>> changes)
    {
        lock (_lock)
        {
            foreach (var (key, item) in changes)
            {
                _recent[_changes % RecentChanges] = key;
                _changes++;
                if (Enabled)
                {
                    Put(key, item);
                }
            }
        }
    }

    /// <summary>Forgets everything (after a delete of every key, or when the database was reopened).</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
            _byUse.Clear();
            _bytes = 0;
            // Readers that looked before now must not add what they read.
            _changes += RecentChanges;
            Array.Clear(_recent);
        }
    }

    private bool ChangedSince(string key, long stamp)
    {
        if (_changes - stamp >= RecentChanges)
        {
            return true;
        }
        for (var change = stamp; change < _changes; change++)
        {
            if (string.Equals(_recent[change % RecentChanges], key, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private void Put(string key, StoreItem? item)
    {
        var entry = new Entry(key, item, EntryOverheadBytes + 2L * (key.Length + (item is null ? 0 : item.Json.Length + item.ETag.Length)));
        if (_entries.TryGetValue(key, out var existing))
        {
            _bytes -= existing.Value.Bytes;
            _byUse.Remove(existing);
        }
        if (entry.Bytes > capacityBytes / 4)
        {
            // Too large to be worth keeping: it would push out many others.
            _entries.Remove(key);
            return;
        }
        var node = _byUse.AddFirst(entry);
        _entries[key] = node;
        _bytes += entry.Bytes;
        while (_bytes > capacityBytes && _byUse.Last is { } oldest)
        {
            _byUse.RemoveLast();
            _entries.Remove(oldest.Value.Key);
            _bytes -= oldest.Value.Bytes;
        }
    }

    private sealed record Entry(string Key, StoreItem? Item, long Bytes);
}
