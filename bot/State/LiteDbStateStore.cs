using System.Diagnostics;
using System.Globalization;
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
/// </summary>
public sealed class LiteDbStateStore : IStateStore, IDisposable
{
    private const string CollectionName = "state";
    private const int MaxGroupSize = 512;

    private readonly string _path;
    private readonly StorageOptions _options;
    private readonly ILogger<LiteDbStateStore> _logger;
    private readonly Channel<WriteOperation> _queue;
    private readonly Thread _writer;
    // Readers hold it shared; the writer holds it exclusively only while it swaps a broken database (#2848).
    private readonly ReaderWriterLockSlim _dbLock = new(LockRecursionPolicy.NoRecursion);
    // Lets tests queue many writes before the writer drains them, to observe one group commit.
    private readonly ManualResetEventSlim _writerGate = new(initialState: true);
    private LiteDatabase _db;
    private int _disposed;
    private long _commits;

    public LiteDbStateStore(StorageOptions options, string dataDirectory, ILogger<LiteDbStateStore> logger)
    {
        _options = options;
        _logger = logger;
        Directory.CreateDirectory(dataDirectory);
        _path = Path.Combine(dataDirectory, options.FileName);
        _db = Open(_path);
        _queue = Channel.CreateBounded<WriteOperation>(new BoundedChannelOptions(Math.Max(1, options.WriteQueueCapacity))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _writer = new Thread(WriterLoop) { Name = "litedb-writer", IsBackground = true };
        _writer.Start();
    }

    /// <summary>Full path of the database file.</summary>
    public string FilePath => _path;

    /// <summary>Transactions committed so far (one per group of writes).</summary>
    public long CommitCount => Interlocked.Read(ref _commits);

    internal void HoldWriter() => _writerGate.Reset();

    internal void ReleaseWriter() => _writerGate.Set();

    public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        var doc = Read(db => db.GetCollection(CollectionName).FindById(key));
        return Task.FromResult(doc is null ? null : ToItem(doc));
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
            _db.Dispose();
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
            return read(_db);
        }
        finally
        {
            _dbLock.ExitReadLock();
        }
    }

    private static LiteDatabase Open(string path)
    {
        var db = new LiteDatabase(new ConnectionString
        {
            Filename = path,
            // Never mix direct and shared on one file (#2163): this process owns it.
            Connection = ConnectionType.Direct,
            // Keys are case-sensitive ids (Direct Line, Teams): the default collation ignores case.
            Collation = new Collation(CultureInfo.InvariantCulture.LCID, CompareOptions.Ordinal),
        });
        // Create the collection and its indexes before any traffic (#2792, #2891).
        db.GetCollection(CollectionName).EnsureIndex("updated", "$.updated", unique: false);
        return db;
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
            if (Stopwatch.GetElapsedTime(lastCheckpoint) > _options.CheckpointMaxInterval)
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
        Exception? applyError = null;
        try
        {
            _db.BeginTrans();
            var collection = _db.GetCollection(CollectionName);
            foreach (var operation in group)
            {
                operation.Apply(collection, now);
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
            _db.Commit();
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "State store commit failed; reopening the database");
            Reopen();
            group.ForEach(o => o.Fail(ex));
            return;
        }
        Interlocked.Increment(ref _commits);
        group.ForEach(o => o.Complete());
    }

    private void Rollback()
    {
        try
        {
            _db.Rollback();
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
                _db.Dispose();
            }
            catch (Exception ex)
            {
                _logger.LogWarning(ex, "Disposing the broken state database failed");
            }
            _db = Open(_path);
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
            _db.Checkpoint();
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "State store checkpoint failed");
        }
    }

    private abstract class WriteOperation
    {
        /// <summary>Runs inside the writer's transaction; an etag mismatch is an outcome, not an exception.</summary>
        public abstract void Apply(ILiteCollection<BsonDocument> collection, DateTime now);

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
        public override void Apply(ILiteCollection<BsonDocument> collection, DateTime now)
        {
            var current = collection.FindById(key);
            var matches = expectedETag switch
            {
                null => current is null,
                IStateStore.AnyETag => true,
                _ => current is not null && current["etag"].AsString == expectedETag,
            };
            if (!matches)
            {
                Refuse(new ConcurrencyException(key));
                return;
            }
            var etag = Guid.NewGuid().ToString("N");
            // The client's JSON stays an opaque string: never a BsonDocument (CVE-2022-23535).
            collection.Upsert(new BsonDocument
            {
                ["_id"] = key,
                ["json"] = json,
                ["etag"] = etag,
                ["updated"] = now,
            });
            Succeed(etag);
        }
    }

    private sealed class DeleteOperation(string keyOrPrefix, bool prefix) : WriteOperation<int>
    {
        public override void Apply(ILiteCollection<BsonDocument> collection, DateTime now)
        {
            if (!prefix)
            {
                Succeed(collection.Delete(keyOrPrefix) ? 1 : 0);
                return;
            }
            if (keyOrPrefix.Length == 0)
            {
                Succeed(collection.DeleteAll());
                return;
            }
            // StartsWith becomes LIKE 'prefix%', where '_' and '%' in a key are wildcards: confirm each id.
            var ids = collection.Find(Query.StartsWith("_id", keyOrPrefix))
                .Select(d => d["_id"].AsString)
                .Where(id => id.StartsWith(keyOrPrefix, StringComparison.Ordinal))
                .ToList();
            ids.ForEach(id => collection.Delete(id));
            Succeed(ids.Count);
        }
    }
}
