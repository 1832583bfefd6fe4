using System.Text.Json;
using Cnam.Bot.State;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cnam.Bot.Tests.Crash;

/// <summary>
/// Opens the LiteDB files a SIGKILL left behind, from the test process, before the bot restarts on them: the state
/// store through its own code (every document must parse as JSON), any other database (the knowledge copy) with
/// LiteDB itself (every document of every collection must read).
/// </summary>
internal static class CrashStoreFiles
{
    /// <summary>Returns how many documents were read; every failure is a problem in the ledger.</summary>
    public static async Task<int> OpenCleanlyAsync(string dataDirectory, CrashLedger ledger, string where)
    {
        var read = 0;
        var stateFile = new StorageOptions().FileName;
        foreach (var path in Directory.GetFiles(dataDirectory, "*.db").Where(p => !p.EndsWith("-log.db", StringComparison.Ordinal)))
        {
            try
            {
                read += Path.GetFileName(path) == stateFile ? await ReadStateStoreAsync(dataDirectory) : ReadDatabase(path);
            }
            catch (Exception ex) when (ex is LiteException or JsonException or IOException or InvalidOperationException)
            {
                ledger.Problem($"{where}: {Path.GetFileName(path)} does not open cleanly: {ex.GetType().Name}: {ex.Message}");
            }
        }
        return read;
    }

    private static async Task<int> ReadStateStoreAsync(string dataDirectory)
    {
        using var store = new LiteDbStateStore(new StorageOptions(), dataDirectory, NullLogger<LiteDbStateStore>.Instance);
        var documents = await store.ListAsync("");
        foreach (var document in documents)
        {
            using var _ = JsonDocument.Parse(document.Json);
        }
        return documents.Count;
    }

    private static int ReadDatabase(string path)
    {
        using var database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        return database.GetCollectionNames().Sum(name => database.GetCollection(name).FindAll().Count());
    }
}
