namespace Cnam.Bot.State;

/// <summary>An <see cref="IStateStore"/> kept in memory: for tests only, it loses everything on restart.</summary>
public sealed class InMemoryStateStore : IStateStore
{
    private readonly SortedDictionary<string, StoreItem> _items = new(StringComparer.Ordinal);
    private long _version;

    public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (_items)
        {
            return Task.FromResult(_items.GetValueOrDefault(key));
        }
    }

    public Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default)
    {
        lock (_items)
        {
            var current = _items.GetValueOrDefault(key);
            var ok = expectedETag switch
            {
                null => current is null,
                IStateStore.AnyETag => true,
                _ => current is not null && current.ETag == expectedETag,
            };
            if (!ok)
            {
                throw new ConcurrencyException(key);
            }
            var etag = (++_version).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _items[key] = new StoreItem(key, json, etag);
            return Task.FromResult(etag);
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (_items)
        {
            _items.Remove(key);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<StoreItem>> ListAsync(string keyPrefix, CancellationToken cancellationToken = default)
    {
        lock (_items)
        {
            IReadOnlyList<StoreItem> found = _items.Values.Where(i => i.Key.StartsWith(keyPrefix, StringComparison.Ordinal)).ToList();
            return Task.FromResult(found);
        }
    }

    public Task<int> DeleteByPrefixAsync(string keyPrefix, CancellationToken cancellationToken = default)
    {
        lock (_items)
        {
            var keys = _items.Keys.Where(k => k.StartsWith(keyPrefix, StringComparison.Ordinal)).ToList();
            keys.ForEach(k => _items.Remove(k));
            return Task.FromResult(keys.Count);
        }
    }
}
