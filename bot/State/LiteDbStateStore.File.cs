using System.Globalization;
using LiteDB;
using LiteDB.Engine;

namespace Cnam.Bot.State;

/// <summary>The store's file: LiteDB on the data file and its log (<see cref="LiteDbLogStream"/>), opened and prepared once.</summary>
public sealed partial class LiteDbStateStore
{
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
}
