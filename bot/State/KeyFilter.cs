namespace Cnam.Bot.State;

/// <summary>
/// A Bloom filter of the keys in a store that one process owns: "certainly absent" or "maybe present". A new
/// conversation's first turn looks up documents that do not exist yet (its state, its user, its reference); with
/// this filter those lookups cost a few hashes instead of a database query. Keys are added by the store's single
/// writer before a write is acknowledged, and by one scan of the file's keys at start (<see cref="MarkReady"/>);
/// until that scan is over, every key is "maybe present". A deleted key stays in the filter: a false "maybe" only
/// costs the query it would have cost anyway. Fixed size (1 MB by default): past a few hundred thousand keys its
/// answers get less sharp, never wrong.
/// </summary>
internal sealed class KeyFilter(int bits = 1 << 23)
{
    private const int Hashes = 4;

    private readonly long[] _words = new long[Math.Max(64, bits) / 64];
    private volatile bool _ready;

    /// <summary>True once the keys present at start are all in the filter.</summary>
    public bool Ready => _ready;

    public void MarkReady() => _ready = true;

    public void Add(string key)
    {
        var (h1, h2) = Hash(key);
        for (var i = 0; i < Hashes; i++)
        {
            var bit = Bit(h1, h2, i);
            Interlocked.Or(ref _words[bit >> 6], 1L << (int)(bit & 63));
        }
    }

    /// <summary>False when <paramref name="key"/> is certainly not in the store.</summary>
    public bool MayContain(string key)
    {
        if (!_ready)
        {
            return true;
        }
        var (h1, h2) = Hash(key);
        for (var i = 0; i < Hashes; i++)
        {
            var bit = Bit(h1, h2, i);
            if ((Volatile.Read(ref _words[bit >> 6]) & (1L << (int)(bit & 63))) == 0)
            {
                return false;
            }
        }
        return true;
    }

    private ulong Bit(ulong h1, ulong h2, int i) => (h1 + (ulong)i * h2) % ((ulong)_words.Length * 64);

    // Two independent 64-bit FNV-1a hashes of the key's UTF-16 code units (no per-process seed: the filter is rebuilt at each start anyway).
    private static (ulong, ulong) Hash(string key)
    {
        var a = 14695981039346656037UL;
        var b = 1099511628211UL * 31;
        foreach (var c in key)
        {
            a = (a ^ c) * 1099511628211UL;
            b = (b ^ c) * 0x100000001B3UL + 0x9E3779B97F4A7C15UL;
        }
        return (a, b | 1);
    }
}
