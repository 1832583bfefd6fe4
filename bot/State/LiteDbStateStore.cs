using System.Threading.Channels;
using LiteDB;

namespace Cnam.Bot.State;

/// <summary>
/// <see cref="IStateStore"/> on one embedded LiteDB 5 file owned by this process (Connection=direct).
/// Every write goes through ONE dedicated, non-pool writer thread fed by a bounded channel: it drains
/// what is queued, applies it in one transaction (group commit) and acknowledges each caller only after
/// the commit. Reads run in parallel on the callers' threads. Why: see design/litedb-notes.md (with
/// concurrent writers on pool threads, acknowledged writes were lost on SIGKILL; one writer thread kept
/// them all, and group commit keeps the bulk insert rate under load).
/// The log file goes through <see cref="LiteDbLogStream"/>: two disk flushes per commit instead of one per page.
/// Reads are served from a cache of the committed documents (<see cref="CommittedDocumentCache"/>,
/// <see cref="StorageOptions.CacheMegabytes"/>), kept by the writer after each commit: this process owns the file,
/// so nothing else can change it. A filter of the keys in the file (<see cref="KeyFilter"/>) answers most lookups of
/// documents that do not exist yet (a new conversation's) without a query.
/// </summary>
public sealed partial class LiteDbStateStore : IStateStore, IDisposable
{
    private const string CollectionName = "state";
    private const int MaxGroupSize = 512;
    private static readonly TimeSpan ConfirmationTimeout = TimeSpan.FromSeconds(30);

    private readonly string _path;
    private readonly StorageOptions _options;
    private readonly ILogger<LiteDbStateStore> _logger;
    private readonly Channel<WriteOperation> _queue;
    private readonly Thread _writer;
    // Readers hold it shared; the writer holds it exclusively only while it swaps a broken database (#2848).
    private readonly ReaderWriterLockSlim _dbLock = new(LockRecursionPolicy.NoRecursion);
    // Lets tests queue many writes before the writer drains them, to observe one group commit.
    private readonly ManualResetEventSlim _writerGate = new(initialState: true);
    private readonly CommittedDocumentCache _cache;
    private readonly KeyFilter _keys = new();
    private OpenFile _file;
    private int _disposed;
    private long _commits;

    public LiteDbStateStore(StorageOptions options, string dataDirectory, ILogger<LiteDbStateStore> logger)
    {
        _options = options;
        _logger = logger;
        Directory.CreateDirectory(dataDirectory);
        _path = Path.Combine(dataDirectory, options.FileName);
        _file = Open(_path);
        _cache = new CommittedDocumentCache(Math.Max(0, options.CacheMegabytes) * 1024L * 1024L);
        _queue = Channel.CreateBounded<WriteOperation>(new BoundedChannelOptions(Math.Max(1, options.WriteQueueCapacity))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _writer = new Thread(WriterLoop) { Name = "litedb-writer", IsBackground = true };
        _writer.Start();
        // The keys already in the file, read once in the background: until then, every lookup goes to the file.
        _ = Task.Run(ScanKeys);
    }

    /// <summary>Full path of the database file.</summary>
    public string FilePath => _path;

    /// <summary>Transactions committed so far (one per group of writes).</summary>
    public long CommitCount => Interlocked.Read(ref _commits);

    /// <summary>Transactions confirmed on the disk through the log since the file was (re)opened.</summary>
    internal long ConfirmedTransactions => _file.Log.ConfirmedTransactions;

    /// <summary>Disk flushes of the log since the file was (re)opened.</summary>
    internal long LogDiskFlushes => _file.Log.DiskFlushes;

    /// <summary>Bytes in the log file (0 right after a checkpoint).</summary>
    internal long LogBytes => _file.Log.Length;

    /// <summary>True once the keys present at start are known (<see cref="KeyFilter"/>).</summary>
    internal bool KeysScanned => _keys.Ready;

    /// <summary>Documents in the read cache.</summary>
    internal int CachedDocuments => _cache.Count;

    internal void HoldWriter() => _writerGate.Reset();

    internal void ReleaseWriter() => _writerGate.Set();

    public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (_cache.TryGet(key, out var cached))
        {
            return Task.FromResult(cached);
        }
        var stamp = _cache.Stamp();
        if (!_keys.MayContain(key))
        {
            _cache.AddRead(key, null, stamp);
            return Task.FromResult<StoreItem?>(null);
        }
        var doc = Read(db => db.GetCollection(CollectionName).FindById(key));
        var item = doc is null ? null : ToItem(doc);
        _cache.AddRead(key, item, stamp);
        return Task.FromResult(item);
    }

    public Task<IReadOnlyList<StoreItem>> ListAsync(string keyPrefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keyPrefix);
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<StoreItem> items = Read(db =>
        {
            var collection = db.GetCollection(CollectionName);
            var docs = keyPrefix.Length == 0 ? collection.FindAll() : collection.Find(Query.StartsWith("_id", keyPrefix));
            // StartsWith becomes LIKE 'prefix%', where '_' and '%' in a key are wildcards: confirm each key.
            return docs.Select(ToItem)
                .Where(i => i.Key.StartsWith(keyPrefix, StringComparison.Ordinal))
                .OrderBy(i => i.Key, StringComparer.Ordinal)
                .ToList();
        });
        return Task.FromResult(items);
    }

    public Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(json);
        return EnqueueAsync(new PutOperation(key, json, expectedETag), cancellationToken);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return EnqueueAsync(new DeleteOperation(key, prefix: false), cancellationToken);
    }

    public Task<int> DeleteByPrefixAsync(string keyPrefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keyPrefix);
        return EnqueueAsync(new DeleteOperation(keyPrefix, prefix: true), cancellationToken);
    }

    /// <summary>Drains the queue (every accepted write is committed), checkpoints and closes the file.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        _queue.Writer.TryComplete();
        _writerGate.Set();
        _writer.Join();
        _dbLock.EnterWriteLock();
        try
        {
            _file.Dispose();
        }
        finally
        {
            _dbLock.ExitWriteLock();
        }
        _dbLock.Dispose();
        _writerGate.Dispose();
    }

    private async Task<T> EnqueueAsync<T>(WriteOperation<T> operation, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        try
        {
            // Cancellation only stops the wait for queue space: once queued, the write is committed.
            await _queue.Writer.WriteAsync(operation, cancellationToken);
        }
        catch (ChannelClosedException)
        {
            throw new ObjectDisposedException(nameof(LiteDbStateStore));
        }
        return await operation.Task;
    }

    private T Read<T>(Func<LiteDatabase, T> read)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        _dbLock.EnterReadLock();
        try
        {
            return read(_file.Db);
        }
        finally
        {
            _dbLock.ExitReadLock();
        }
    }

    private void ScanKeys()
    {
        try
        {
            Read(db =>
            {
                using var ids = db.Execute($"SELECT $._id FROM {CollectionName}");
                while (ids.Read())
                {
                    if (ids.Current.IsString)
                    {
                        _keys.Add(ids.Current.AsString);
                    }
                    else if (ids.Current.IsDocument && ids.Current["_id"].IsString)
                    {
                        _keys.Add(ids.Current["_id"].AsString);
                    }
                }
                return 0;
            });
            _keys.MarkReady();
        }
        catch (Exception ex)
        {
            // Not fatal: lookups keep going to the file.
            _logger.LogWarning(ex, "The state store could not read its keys; every lookup goes to the file");
        }
    }

    private static StoreItem ToItem(BsonDocument doc) => new(doc["_id"].AsString, doc["json"].AsString, doc["etag"].AsString);
}
