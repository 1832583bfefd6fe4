using System.Collections.Concurrent;

namespace Cnam.Bot.Protocol;

/// <summary>
/// One async lock per key (a conversation): turns of one conversation run one at a time (BotAdapter), and so do
/// writes to one Direct Line conversation log. Locks are dropped when nobody holds or waits for them,
/// so memory stays flat however many conversations there are.
/// </summary>
internal sealed class KeyedLock
{
    private readonly ConcurrentDictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        var gate = Enter(key);
        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(key, gate);
            throw;
        }
        return new Releaser(this, key, gate);
    }

    private Gate Enter(string key)
    {
        while (true)
        {
            var gate = _gates.GetOrAdd(key, static _ => new Gate());
            lock (gate)
            {
                if (!gate.Removed)
                {
                    gate.Users++;
                    return gate;
                }
            }
        }
    }

    private void Leave(string key, Gate gate)
    {
        lock (gate)
        {
            if (--gate.Users == 0)
            {
                gate.Removed = true;
                _gates.TryRemove(new KeyValuePair<string, Gate>(key, gate));
            }
        }
    }

    private sealed class Gate
    {
        public readonly SemaphoreSlim Semaphore = new(1, 1);
        public int Users;
        public bool Removed;
    }

    private sealed class Releaser(KeyedLock owner, string key, Gate gate) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                gate.Semaphore.Release();
                owner.Leave(key, gate);
            }
        }
    }
}
