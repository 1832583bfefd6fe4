using System.Text;
using Npgsql;

namespace Cnam.Bot.State;

/// <summary>
/// <see cref="IStateStore"/> on one PostgreSQL table shared by every bot instance (scale-out). Each call is one
/// auto-committed statement on a pooled connection: a write is acknowledged only once PostgreSQL reports the commit
/// (with the default <c>synchronous_commit = on</c>, once its WAL is flushed). Optimistic concurrency is enforced by
/// the statement itself (<c>ON CONFLICT DO NOTHING</c>, <c>UPDATE … WHERE etag = @expected</c>) and the affected-row
/// count, so two instances racing on one key can never both win.
/// </summary>
public sealed class PostgresStateStore : IStateStore
{
    // Any constant: it only has to be the same in every instance that may create the table at the same time.
    private const long SchemaLockId = 0x436E_616D_4274;

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _table;
    private readonly string _read;
    private readonly string _insert;
    private readonly string _upsert;
    private readonly string _update;
    private readonly string _delete;
    private readonly string _list;
    private readonly string _deleteByPrefix;

    public PostgresStateStore(NpgsqlDataSource dataSource, string table)
    {
        _dataSource = dataSource;
        _table = PostgresStorageOptions.QuoteTable(table);
        _read = $"SELECT json, etag FROM {_table} WHERE key = @key";
        _insert = $"INSERT INTO {_table} (key, json, etag, updated_at) VALUES (@key, @json, @etag, now()) ON CONFLICT (key) DO NOTHING";
        _upsert = $"INSERT INTO {_table} (key, json, etag, updated_at) VALUES (@key, @json, @etag, now()) " +
            "ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at";
        _update = $"UPDATE {_table} SET json = @json, etag = @etag, updated_at = now() WHERE key = @key AND etag = @expected";
        _delete = $"DELETE FROM {_table} WHERE key = @key";
        // The key column is COLLATE "C", so the primary key index serves these prefix LIKEs (an index range scan).
        // E'\\' is one backslash whatever standard_conforming_strings says.
        _list = $"SELECT key, json, etag FROM {_table} WHERE key LIKE @pattern ESCAPE E'\\\\'";
        _deleteByPrefix = $"DELETE FROM {_table} WHERE key LIKE @pattern ESCAPE E'\\\\'";
    }

    /// <summary>
    /// Creates the table if it does not exist. Safe when several instances start at once: CREATE TABLE IF NOT EXISTS
    /// alone can still fail on a concurrent creation (a unique violation in the catalog), so it runs under a
    /// transaction-scoped advisory lock. Throws when the server cannot be reached, or when it would acknowledge
    /// commits before they are durable: the host must not start then.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using (var durability = new NpgsqlCommand("SELECT current_setting('synchronous_commit')", connection))
        {
            // 'off' reports a commit before its WAL is flushed: a server crash could lose writes the bot acknowledged.
            if (await durability.ExecuteScalarAsync(cancellationToken) is "off")
            {
                throw new InvalidOperationException(
                    "The state database has synchronous_commit = off, so a server crash could lose acknowledged writes: " +
                    "set it back to on (ALTER DATABASE <name> SET synchronous_commit = on, or the server parameter).");
            }
        }
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@id)", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("id", SchemaLockId);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }
        // COLLATE "C": byte order and case-sensitive equality whatever the database's locale, and LIKE 'prefix%' can
        // use the primary key index.
        var create = $"""
            CREATE TABLE IF NOT EXISTS {_table} (
                key text COLLATE "C" PRIMARY KEY,
                json text NOT NULL,
                etag text NOT NULL,
                updated_at timestamptz NOT NULL DEFAULT now())
            """;
        await using (var createCommand = new NpgsqlCommand(create, connection, transaction))
        {
            await createCommand.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var command = _dataSource.CreateCommand(_read);
        command.Parameters.AddWithValue("key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new StoreItem(key, reader.GetString(0), reader.GetString(1)) : null;
    }

    public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(json);
        var etag = Guid.NewGuid().ToString("N");
        var sql = expectedETag switch
        {
            null => _insert,
            IStateStore.AnyETag => _upsert,
            _ => _update,
        };
        await using var command = _dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("json", json);
        command.Parameters.AddWithValue("etag", etag);
        if (expectedETag is not null and not IStateStore.AnyETag)
        {
            command.Parameters.AddWithValue("expected", expectedETag);
        }
        // No row: the key existed (insert) or its etag differed or it was missing (update). Nothing was written.
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new ConcurrencyException(key);
        }
        return etag;
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var command = _dataSource.CreateCommand(_delete);
        command.Parameters.AddWithValue("key", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StoreItem>> ListAsync(string keyPrefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keyPrefix);
        await using var command = _dataSource.CreateCommand(_list);
        command.Parameters.AddWithValue("pattern", LikePrefix(keyPrefix));
        var items = new List<StoreItem>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(new StoreItem(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }
        // Sorted here rather than by ORDER BY: "C" orders UTF-8 bytes, which differs from .NET's ordinal (UTF-16)
        // order for characters beyond U+FFFF versus U+E000–U+FFFF; the contract is .NET ordinal.
        items.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return items;
    }

    public async Task<int> DeleteByPrefixAsync(string keyPrefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keyPrefix);
        await using var command = _dataSource.CreateCommand(_deleteByPrefix);
        command.Parameters.AddWithValue("pattern", LikePrefix(keyPrefix));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A LIKE pattern matching exactly the keys that start with <paramref name="prefix"/> (escape character '\').</summary>
    internal static string LikePrefix(string prefix)
    {
        var pattern = new StringBuilder(prefix.Length + 8);
        foreach (var c in prefix)
        {
            if (c is '\\' or '%' or '_')
            {
                pattern.Append('\\');
            }
            pattern.Append(c);
        }
        return pattern.Append('%').ToString();
    }
}
