using System.Diagnostics;

namespace Cnam.Bot.State;

/// <summary>The single writer: group commits, checkpoints between groups, and recovery of a broken database.</summary>
public sealed partial class LiteDbStateStore
{
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
}
