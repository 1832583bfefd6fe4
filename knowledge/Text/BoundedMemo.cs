using System.Collections.Concurrent;

namespace Cnam.Bot.Knowledge.Text;

/// <summary>
/// Remembers the results of a pure function of a string, for the few distinct strings a knowledge base holds (centres,
/// contact topics, class hours) that queries would otherwise fold or parse again on every record of every turn.
/// At most <paramref name="capacity"/> results are kept: past that, results are computed and not stored, so text
/// coming from users can never grow it without bound.
/// </summary>
public sealed class BoundedMemo<TValue>(Func<string, TValue> compute, int capacity = 1024)
{
    private readonly ConcurrentDictionary<string, TValue> _values = new(StringComparer.Ordinal);

    public TValue Get(string key)
    {
        if (_values.TryGetValue(key, out var value))
        {
            return value;
        }
        value = compute(key);
        if (_values.Count < capacity)
        {
            _values.TryAdd(key, value);
        }
        return value;
    }
}
