using LiteDB;

namespace Cnam.Bot.State;

/// <summary>The writes the writer applies in its transaction, and what that transaction sees of the documents.</summary>
public sealed partial class LiteDbStateStore
{
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
