namespace Cnam.Bot.State;

/// <summary>The <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";
    public const string LiteDbProvider = "LiteDb";
    public const string PostgresProvider = "Postgres";

    /// <summary><c>LiteDb</c> (default, one process owns the file) or <c>Postgres</c> (several instances).</summary>
    public string Provider { get; set; } = LiteDbProvider;

    /// <summary>True when <see cref="Provider"/> names LiteDB (case ignored).</summary>
    public bool IsLiteDb => string.Equals(Provider, LiteDbProvider, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <see cref="Provider"/> names PostgreSQL (case ignored).</summary>
    public bool IsPostgres => string.Equals(Provider, PostgresProvider, StringComparison.OrdinalIgnoreCase);

    /// <summary>The PostgreSQL store's settings (connection string, table).</summary>
    public PostgresStorageOptions Postgres { get; set; } = new();

    /// <summary>Folder of the LiteDB file; a relative path is taken from the content root. Created if missing.</summary>
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>Name of the LiteDB file inside <see cref="DataDirectory"/>.</summary>
    public string FileName { get; set; } = "cnam-bot.db";

    /// <summary>Writes waiting for the single writer before callers are made to wait (back-pressure).</summary>
    public int WriteQueueCapacity { get; set; } = 4096;

    /// <summary>
    /// LiteDB only: memory for the cache of recently used documents that saves a database read on most turns
    /// (conversation state, references). 0 turns it off.
    /// </summary>
    public int CacheMegabytes { get; set; } = 8;

    /// <summary>
    /// LiteDB only: log pages (8 KB) past which the writer copies the log into the data file as soon as no write is
    /// waiting, and, past ten times as many, even with writes waiting. Small checkpoints are short pauses.
    /// </summary>
    public int CheckpointLogPages { get; set; } = 100;

    /// <summary>How long the writer must see no write before it checkpoints the log into the data file.</summary>
    public TimeSpan CheckpointQuietPeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest time between checkpoints when the store is never quiet (LiteDB #2814: the log grows).</summary>
    public TimeSpan CheckpointMaxInterval { get; set; } = TimeSpan.FromMinutes(5);
}
