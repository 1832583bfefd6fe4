using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using LiteDB;
using LiteDB.Engine;

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
public sealed class LiteDbStateStore : IStateStore, IDisposable
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

    private static OpenFile Open(string path)
    {
        // LiteDB's own file mode names the log "{name}-log{ext}": the same files, so either way can open them.
        var logPath = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));
        var data = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, LiteDbLogStream.PageSize, FileOptions.RandomAccess);
        LiteDbLogStream? log = null;
        try
        {
            log = new LiteDbLogStream(logPath);
            var engine = new LiteEngine(new EngineSettings
            {
                DataStream = data,
                LogStream = log,
                // Keys are case-sensitive ids (Direct Line, Teams): the default collation ignores case.
                Collation = new Collation(CultureInfo.InvariantCulture.LCID, CompareOptions.Ordinal),
            });
            var db = new LiteDatabase(engine, disposeOnClose: true);
            // Create the collection before any traffic (#2792, #2891): documents are only ever looked up by _id.
            var collection = db.GetCollection(CollectionName);
            if (!db.CollectionExists(CollectionName))
            {
                collection.Insert(new BsonDocument { ["_id"] = "$created" });
                collection.Delete("$created");
            }
            // Earlier versions kept an index on "updated" that no query used: every write paid for two index changes.
            collection.DropIndex("updated");
            // No checkpoint inside a commit: the writer decides when (WriterLoop).
            db.CheckpointSize = 0;
            // LiteDB writes the log of the first commit of a process on a thread of its own; after that, on the
            // committing thread. The checkpoint waits for that first write, so that from now on every commit's confirm
            // page is on the disk when Commit returns on the writer thread (WaitForConfirmation checks it).
            db.Checkpoint();
            return new OpenFile(db, data, log);
        }
        catch
        {
            log?.Dispose();
            data.Dispose();
            throw;
        }
    }

    /// <summary>The database and the two files under it, which this process owns (one writer, never shared).</summary>
    private sealed record OpenFile(LiteDatabase Db, FileStream Data, LiteDbLogStream Log) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                Db.Dispose();
            }
            finally
            {
                Log.Dispose();
                Data.Dispose();
            }
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

    private void WriterLoop()
    {
        var reader = _queue.Reader;
        var group = new List<WriteOperation>(MaxGroupSize);
        var dirty = false;
        var lastCheckpoint = Stopwatch.GetTimestamp();
        while (true)
        {
            var waiting = reader.WaitToReadAsync().AsTask();
            if (dirty && !waiting.Wait(_options.CheckpointQuietPeriod))
            {
                Checkpoint();
                dirty = false;
                lastCheckpoint = Stopwatch.GetTimestamp();
            }
            if (!waiting.GetAwaiter().GetResult())
            {
                break;
            }
            _writerGate.Wait();
            while (group.Count < MaxGroupSize && reader.TryRead(out var operation))
            {
                group.Add(operation);
            }
            try
            {
                CommitGroup(group);
            }
            catch (Exception ex)
            {
                // The writer thread must survive anything (a failed reopen, a full disk): fail this group, go on.
                _logger.LogError(ex, "State store writer failed a group of {Count} writes", group.Count);
                group.ForEach(o => o.Fail(ex));
            }
            group.Clear();
            dirty = true;
            // The log is copied into the data file here, between two groups, rather than by LiteDB inside a commit
            // that callers wait for: when nothing is queued and the log has grown, or, under constant load, when it has
            // grown ten times as much, or after the longest interval.
            var logPages = _file.Log.Length / LiteDbLogStream.PageSize;
            var checkpointPages = Math.Max(1, _options.CheckpointLogPages);
            if ((logPages >= checkpointPages && !reader.TryPeek(out _))
                || logPages >= 10L * checkpointPages
                || Stopwatch.GetElapsedTime(lastCheckpoint) > _options.CheckpointMaxInterval)
            {
                Checkpoint();
                dirty = false;
                lastCheckpoint = Stopwatch.GetTimestamp();
            }
        }
        if (dirty)
        {
            Checkpoint();
        }
    }

    private void CommitGroup(List<WriteOperation> group)
    {
        var now = DateTime.UtcNow;
        var db = _file.Db;
        // What this transaction wrote, by key (null = deleted): later writes of the group see it, the cache gets it.
        var changes = new Dictionary<string, StoreItem?>(StringComparer.Ordinal);
        var confirmedBefore = _file.Log.ConfirmedTransactions;
        Exception? applyError = null;
        try
        {
            db.BeginTrans();
            var documents = new Documents(db.GetCollection(CollectionName), _cache, _keys, changes);
            foreach (var operation in group)
            {
                operation.Apply(documents, now);
            }
        }
        catch (Exception ex)
        {
            applyError = ex;
        }

        if (applyError is not null)
        {
            Rollback();
            if (group.Count == 1)
            {
                group[0].Fail(applyError);
                return;
            }
            // One bad operation must not fail the others: replay them one transaction each.
            _logger.LogWarning(applyError, "A grouped state write failed; retrying its {Count} writes one by one", group.Count);
            foreach (var operation in group)
            {
                CommitGroup([operation]);
            }
            return;
        }

        try
        {
            db.Commit();
            // Acknowledge nobody before the transaction's confirm page is on the disk.
            if (changes.Count > 0 && !_file.Log.WaitForConfirmation(confirmedBefore, ConfirmationTimeout))
            {
                throw new IOException($"The state store's log did not confirm a commit within {ConfirmationTimeout.TotalSeconds} s.");
            }
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "State store commit failed; reopening the database");
            Reopen();
            group.ForEach(o => o.Fail(ex));
            return;
        }
        Interlocked.Increment(ref _commits);
        _cache.Committed(changes);
        group.ForEach(o => o.Complete());
    }

    private void Rollback()
    {
        try
        {
            _file.Db.Rollback();
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "State store rollback failed; reopening the database");
            Reopen();
        }
    }

    // A LiteDB instance whose Commit or Rollback threw is broken (#2848): dispose it and open the file again.
    private void Reopen()
    {
        _dbLock.EnterWriteLock();
        try
        {
            try
            {
                _file.Dispose();
            }
            catch (Exception ex)
            {
                _logger.LogWarning(ex, "Disposing the broken state database failed");
            }
            _cache.Clear();
            _file = Open(_path);
        }
        finally
        {
            _dbLock.ExitWriteLock();
        }
    }

    private void Checkpoint()
    {
        try
        {
            _file.Db.Checkpoint();
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "State store checkpoint failed");
        }
    }

    /// <summary>
    /// The documents as the writer's open transaction sees them: what the group already wrote, else the cache of
    /// committed documents, else the database.
    /// </summary>
    private sealed class Documents(ILiteCollection<BsonDocument> collection, CommittedDocumentCache cache, KeyFilter keys,
        Dictionary<string, StoreItem?> changes)
    {
        public ILiteCollection<BsonDocument> Collection => collection;

        public StoreItem? Find(string key)
        {
            if (changes.TryGetValue(key, out var written) || cache.TryGet(key, out written))
            {
                return written;
            }
            if (!keys.MayContain(key))
            {
                return null;
            }
            var doc = collection.FindById(key);
            return doc is null ? null : ToItem(doc);
        }

        public void Upserted(StoreItem item)
        {
            // Before the write is acknowledged: from then on, a reader must look for it.
            keys.Add(item.Key);
            changes[item.Key] = item;
        }

        public void Deleted(string key) => changes[key] = null;
    }

    private abstract class WriteOperation
    {
        /// <summary>Runs inside the writer's transaction; an etag mismatch is an outcome, not an exception.</summary>
        public abstract void Apply(Documents documents, DateTime now);

        /// <summary>Acknowledges the caller with the outcome of <see cref="Apply"/> (after the commit).</summary>
        public abstract void Complete();

        public abstract void Fail(Exception error);
    }

    private abstract class WriteOperation<T> : WriteOperation
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;
        private Exception? _refusal;

        public Task<T> Task => _done.Task;

        protected void Succeed(T result)
        {
            _result = result;
            _refusal = null;
        }

        protected void Refuse(Exception refusal) => _refusal = refusal;

        public override void Complete()
        {
            if (_refusal is not null)
            {
                _done.TrySetException(_refusal);
            }
            else
            {
                _done.TrySetResult(_result!);
            }
        }

        public override void Fail(Exception error) => _done.TrySetException(error);
    }

    private sealed class PutOperation(string key, string json, string? expectedETag) : WriteOperation<string>
    {
        public override void Apply(Documents documents, DateTime now)
        {
            var current = documents.Find(key);
            var matches = expectedETag switch
            {
                null => current is null,
                IStateStore.AnyETag => true,
                _ => current is not null && current.ETag == expectedETag,
            };
            if (!matches)
            {
                Refuse(new ConcurrencyException(key));
                return;
            }
            var etag = Guid.NewGuid().ToString("N");
            // The client's JSON stays an opaque string: never a BsonDocument (CVE-2022-23535).
            var document = new BsonDocument
            {
                ["_id"] = key,
                ["json"] = json,
                ["etag"] = etag,
                ["updated"] = now,
            };
            // Whether it exists is known already (an upsert would look it up once more); each falls back on the other
            // should the cache ever be out of step with the file.
            if (current is null)
            {
                try
                {
                    documents.Collection.Insert(document);
                }
                catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
                {
                    documents.Collection.Update(document);
                }
            }
            else if (!documents.Collection.Update(document))
            {
                documents.Collection.Insert(document);
            }
            documents.Upserted(new StoreItem(key, json, etag));
            Succeed(etag);
        }
    }

    private sealed class DeleteOperation(string keyOrPrefix, bool prefix) : WriteOperation<int>
    {
        public override void Apply(Documents documents, DateTime now)
        {
            var collection = documents.Collection;
            if (!prefix)
            {
                var deleted = collection.Delete(keyOrPrefix);
                if (deleted)
                {
                    documents.Deleted(keyOrPrefix);
                }
                Succeed(deleted ? 1 : 0);
                return;
            }
            // StartsWith becomes LIKE 'prefix%', where '_' and '%' in a key are wildcards: confirm each id.
            var ids = (keyOrPrefix.Length == 0 ? collection.FindAll() : collection.Find(Query.StartsWith("_id", keyOrPrefix)))
                .Select(d => d["_id"].AsString)
                .Where(id => id.StartsWith(keyOrPrefix, StringComparison.Ordinal))
                .ToList();
            foreach (var id in ids)
            {
                collection.Delete(id);
                documents.Deleted(id);
            }
            Succeed(ids.Count);
        }
    }
}
