namespace Cnam.Bot.State;

/// <summary>
/// The LiteDB 5 log file (<c>{name}-log.db</c>, its write-ahead log), with the flushes a write-ahead log needs and
/// no more. LiteDB 5.0.20 fsyncs the log after every 8 KB page it writes (its disk queue empties after each page),
/// about 8 fsyncs for one small commit. This stream makes a transaction durable with two:
/// <list type="number">
/// <item>before the transaction's confirm page is written, the pages written before it are flushed to the disk
/// (a barrier: after a power loss, a confirm page never stands for pages that are not there);</item>
/// <item>the confirm page is flushed as soon as it is written; only then is the transaction counted in
/// <see cref="ConfirmedTransactions"/>, which the state store waits for before acknowledging a write.</item>
/// </list>
/// Every other flush LiteDB asks for only hands the bytes to the operating system (they survive a crash of the
/// process). The confirm page is recognised by LiteDB's page header: byte 18 (<c>BasePage.P_IS_CONFIRMED</c>) is 1
/// only on the last page of a committed transaction. Reads and writes come through LiteDB's own lock
/// (<c>ConcurrentStream</c>), so this stream is used by one thread at a time.
/// </summary>
internal sealed class LiteDbLogStream : Stream
{
    /// <summary>LiteDB's page size: it writes the log one page per call.</summary>
    internal const int PageSize = 8192;

    /// <summary>Offset of the "transaction confirmed" flag in a LiteDB 5 page header.</summary>
    internal const int ConfirmedFlagOffset = 18;

    private readonly FileStream _file;
    private readonly object _confirmed = new();
    private long _confirmedTransactions;
    private bool _unsynced;
    private bool _disposed;

    public LiteDbLogStream(string path)
    {
        // No user-space buffer: every page LiteDB writes goes to the operating system at once.
        _file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0, FileOptions.RandomAccess);
    }

    /// <summary>Transactions whose confirm page is on the disk, since this stream was opened.</summary>
    public long ConfirmedTransactions => Interlocked.Read(ref _confirmedTransactions);

    /// <summary>Disk flushes (fsync) so far: for tests and benchmarks.</summary>
    public long DiskFlushes { get; private set; }

    /// <summary>
    /// Waits until more than <paramref name="seen"/> transactions are confirmed on the disk. LiteDB writes the log on
    /// the committing thread, so this normally returns at once; it guards against LiteDB handing the write to another
    /// thread. False when <paramref name="timeout"/> passed first.
    /// </summary>
    public bool WaitForConfirmation(long seen, TimeSpan timeout)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        lock (_confirmed)
        {
            while (Interlocked.Read(ref _confirmedTransactions) <= seen)
            {
                var left = deadline - Environment.TickCount64;
                if (left <= 0 || !Monitor.Wait(_confirmed, TimeSpan.FromMilliseconds(left)))
                {
                    return Interlocked.Read(ref _confirmedTransactions) > seen;
                }
            }
            return true;
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var confirms = buffer.Length >= PageSize && buffer[ConfirmedFlagOffset] == 1;
        if (confirms && _unsynced)
        {
            SyncToDisk();
        }
        _file.Write(buffer);
        _unsynced = true;
        if (!confirms)
        {
            return;
        }
        SyncToDisk();
        lock (_confirmed)
        {
            Interlocked.Increment(ref _confirmedTransactions);
            Monitor.PulseAll(_confirmed);
        }
    }

    /// <summary>What LiteDB calls after each page: the bytes are already with the operating system.</summary>
    public override void Flush()
    {
    }

    public override void SetLength(long value)
    {
        _file.SetLength(value);
        _unsynced = true;
    }

    public override int Read(byte[] buffer, int offset, int count) => _file.Read(buffer, offset, count);

    public override int Read(Span<byte> buffer) => _file.Read(buffer);

    public override long Seek(long offset, SeekOrigin origin) => _file.Seek(offset, origin);

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length => _file.Length;

    public override long Position
    {
        get => _file.Position;
        set => _file.Position = value;
    }

    protected override void Dispose(bool disposing)
    {
        // LiteDB may close its streams when it is disposed, and the store closes this one after it.
        if (disposing && !_disposed)
        {
            _disposed = true;
            if (_unsynced)
            {
                SyncToDisk();
            }
            _file.Dispose();
        }
        base.Dispose(disposing);
    }

    private void SyncToDisk()
    {
        _file.Flush(flushToDisk: true);
        _unsynced = false;
        DiskFlushes++;
    }
}
