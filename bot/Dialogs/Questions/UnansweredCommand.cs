using System.Data.Common;
using System.Globalization;
using Cnam.Bot.Knowledge.Text;
using Cnam.Bot.State;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>
/// The staff command <c>kb unanswered [--top N]</c>: the questions the bot could not answer, read from the configured
/// state store, grouped by folded text (case, accents and punctuation ignored), most frequent first, with the count,
/// when one was last asked and why it was not answered. With LiteDB it opens the store file itself, so it refuses to
/// run while the bot holds the file (two processes must never open one LiteDB file in direct mode); with PostgreSQL it
/// reads the shared table while the bot instances run.
/// </summary>
public static class UnansweredCommand
{
    public const string Usage = "usage: kb unanswered [--top N]   (lit la base d'état de Storage:Provider : LiteDB de Storage:DataDirectory ou PostgreSQL)";

    /// <summary>One group of recorded questions with the same folded text.</summary>
    public sealed record Group(string Text, int Count, DateTimeOffset LastSeen, IReadOnlyList<string> Reasons);

    /// <summary>Runs the command on the store <paramref name="configuration"/> selects (<c>Storage:Provider</c>).</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, IConfiguration configuration, StorageOptions options, string dataDirectory,
        TextWriter output, CancellationToken cancellationToken = default)
    {
        if (!options.IsPostgres)
        {
            return await RunAsync(args, options, dataDirectory, output, cancellationToken);
        }
        string connectionString;
        try
        {
            connectionString = PostgresStorageOptions.ResolveConnectionString(configuration);
            PostgresStorageOptions.QuoteTable(options.Postgres.Table);
        }
        catch (InvalidOperationException ex)
        {
            output.WriteLine(ex.Message);
            return 2;
        }
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var store = new PostgresStateStore(dataSource, options.Postgres.Table);
        return await RunAsync(args, store, $"PostgreSQL {PostgresStorageOptions.Describe(connectionString)}, table {options.Postgres.Table}",
            output, cancellationToken);
    }

    /// <summary>Runs the command with <paramref name="args"/> (after "kb unanswered") on the LiteDB file; returns the exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, StorageOptions options, string dataDirectory, TextWriter output,
        CancellationToken cancellationToken = default)
    {
        if (!TryReadTop(args, out var top))
        {
            output.WriteLine(Usage);
            return 2;
        }
        if (!options.IsLiteDb)
        {
            output.WriteLine($"Storage:Provider « {options.Provider} » : cette commande lit LiteDB ou PostgreSQL.");
            return 2;
        }
        var path = Path.Combine(dataDirectory, options.FileName);
        if (!File.Exists(path))
        {
            output.WriteLine($"Aucune question sans réponse : pas de base d'état ({path}).");
            return 0;
        }
        if (IsLocked(path))
        {
            output.WriteLine($"La base d'état {path} est ouverte par un autre processus (le bot est-il lancé ?). " +
                "Arrêtez le bot puis relancez « kb unanswered ».");
            return 1;
        }

        IReadOnlyList<UnansweredQuestion> entries;
        try
        {
            using var store = new LiteDbStateStore(options, dataDirectory, NullLogger<LiteDbStateStore>.Instance);
            entries = await new UnansweredQuestions(store, NullLogger<UnansweredQuestions>.Instance).ListAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            // The bot may have started between the check and the opening.
            output.WriteLine($"La base d'état {path} ne peut pas être ouverte ({ex.Message}). Le bot est-il lancé ?");
            return 1;
        }
        return Print(entries, path, top, output);
    }

    /// <summary>Runs the command on a shared store that the bot instances keep using (PostgreSQL).</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, IStateStore store, string where, TextWriter output,
        CancellationToken cancellationToken = default)
    {
        if (!TryReadTop(args, out var top))
        {
            output.WriteLine(Usage);
            return 2;
        }
        IReadOnlyList<UnansweredQuestion> entries;
        try
        {
            entries = await new UnansweredQuestions(store, NullLogger<UnansweredQuestions>.Instance).ListAsync(cancellationToken);
        }
        catch (DbException ex) when (ex.SqlState == UndefinedTable)
        {
            output.WriteLine($"Aucune question sans réponse : la table d'état n'existe pas encore ({where}).");
            return 0;
        }
        catch (Exception ex) when (ex is DbException or TimeoutException)
        {
            output.WriteLine($"La base d'état ne peut pas être lue ({where}) : {ex.Message}");
            return 1;
        }
        return Print(entries, where, top, output);
    }

    private const string UndefinedTable = "42P01";

    private static int Print(IReadOnlyList<UnansweredQuestion> entries, string where, int? top, TextWriter output)
    {
        var groups = GroupEntries(entries);
        if (groups.Count == 0)
        {
            output.WriteLine($"Aucune question sans réponse enregistrée ({where}).");
            return 0;
        }
        output.WriteLine($"{entries.Count} question(s) sans réponse, {groups.Count} distincte(s) ({where}) :");
        output.WriteLine("nombre  dernière fois (UTC)  raison                question");
        foreach (var group in groups.Take(top ?? int.MaxValue))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{group.Count,6}  {group.LastSeen.UtcDateTime:yyyy-MM-dd HH:mm}     {string.Join(", ", group.Reasons),-20}  {group.Text}"));
        }
        if (top is { } shown && groups.Count > shown)
        {
            output.WriteLine($"… {groups.Count - shown} autre(s) question(s) (--top pour en voir plus).");
        }
        return 0;
    }

    /// <summary>
    /// Groups entries by folded text, most frequent first (then most recent): each group shows the latest wording and its
    /// reasons, most frequent first.
    /// </summary>
    public static IReadOnlyList<Group> GroupEntries(IEnumerable<UnansweredQuestion> entries) =>
        entries
            .GroupBy(e => FrenchText.Fold(e.Text), StringComparer.Ordinal)
            .Select(g =>
            {
                var latest = g.MaxBy(e => e.At)!;
                var reasons = g.GroupBy(e => e.Reason, StringComparer.Ordinal)
                    .OrderByDescending(r => r.Count()).ThenBy(r => r.Key, StringComparer.Ordinal)
                    .Select(r => r.Key).ToList();
                return new Group(latest.Text, g.Count(), latest.At, reasons);
            })
            .OrderByDescending(g => g.Count)
            .ThenByDescending(g => g.LastSeen)
            .ThenBy(g => g.Text, StringComparer.Ordinal)
            .ToList();

    private static bool TryReadTop(IReadOnlyList<string> args, out int? top)
    {
        top = null;
        if (args.Count == 0)
        {
            return true;
        }
        if (args.Count == 2 && args[0] == "--top" && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            top = n;
            return true;
        }
        return false;
    }

    /// <summary>
    /// True when another process (the bot) has the file open. LiteDB opens it with a shared lock (on Linux, .NET maps
    /// FileShare to flock), so asking for an exclusive lock fails while the bot runs.
    /// </summary>
    internal static bool IsLocked(string path)
    {
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }
}
