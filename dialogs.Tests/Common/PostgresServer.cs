using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Cnam.Bot.State;
using Npgsql;

namespace Cnam.Bot.Tests.Common;

/// <summary>Test classes that need PostgreSQL share one server: the <see cref="PostgresServer"/> fixture.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}

/// <summary>
/// A real PostgreSQL for the tests. With <c>CNAM_TEST_POSTGRES</c> (an Npgsql connection string) set, that server is
/// used; otherwise a throwaway cluster is created with Debian's server binaries (<c>/usr/lib/postgresql/N/bin</c>):
/// initdb in a temporary directory, a password-protected superuser, listening on a free 127.0.0.1 port only (no
/// Unix socket), fsync on; it is stopped and removed when the tests end. initdb refuses to run as root, so as root the
/// server binaries run as the <c>postgres</c> system user (the package creates it). Each test gets its own table.
/// No server = the tests fail, saying what to install.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string EnvironmentVariable = "CNAM_TEST_POSTGRES";
    private const string InstallHint = "install Debian's PostgreSQL server (apt-get install postgresql) or set " +
        EnvironmentVariable + " to the connection string of a server the tests may create tables in";

    // The test process that owns a cluster, so that a later run can remove the cluster of a killed run.
    private const string OwnerFile = "owner.pid";

    private readonly List<string> _tables = [];
    private NpgsqlDataSource? _dataSource;
    private string? _clusterDirectory;
    private string? _binDirectory;
    private bool _asPostgresUser;

    /// <summary>Connection string of the test server (a superuser of the throwaway cluster).</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>How long creating and starting the server took (reported by the scale-out work).</summary>
    public TimeSpan StartDuration { get; private set; }

    public async Task InitializeAsync()
    {
        var watch = Stopwatch.StartNew();
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            // Every test's stores and the bot processes share this server's max_connections (100 by default).
            ConnectionString = new NpgsqlConnectionStringBuilder(external) { MaxPoolSize = 20 }.ConnectionString;
        }
        else
        {
            await StartClusterAsync();
        }
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            throw new InvalidOperationException($"The test PostgreSQL cannot be reached ({ex.Message}): {InstallHint}.", ex);
        }
        StartDuration = watch.Elapsed;
    }

    /// <summary>A fresh table name in the test database, dropped at the end.</summary>
    public string NewTable()
    {
        var table = "t_" + Guid.NewGuid().ToString("N");
        lock (_tables)
        {
            _tables.Add(table);
        }
        return table;
    }

    /// <summary>
    /// A store on a table (a new one unless given), created. Stores share one connection pool: each call is one
    /// statement on whichever connection is free, so two stores on one table behave as two instances.
    /// </summary>
    public async Task<PostgresStateStore> CreateStoreAsync(string? table = null)
    {
        lock (_tables)
        {
            _dataSource ??= NpgsqlDataSource.Create(ConnectionString);
        }
        var store = new PostgresStateStore(_dataSource, table ?? NewTable());
        await store.InitializeAsync();
        return store;
    }

    public async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
        if (_clusterDirectory is null)
        {
            await DropTablesAsync();
            return;
        }
        await RunAsServerUserAsync(Path.Combine(_binDirectory!, "pg_ctl"), "-D", Path.Combine(_clusterDirectory, "data"), "-m", "immediate", "-w", "stop");
        Directory.Delete(_clusterDirectory, recursive: true);
    }

    private async Task DropTablesAsync()
    {
        if (_tables.Count == 0)
        {
            return;
        }
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        foreach (var table in _tables)
        {
            await using var drop = new NpgsqlCommand($"DROP TABLE IF EXISTS \"{table}\"", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private async Task StartClusterAsync()
    {
        _binDirectory = FindServerBinaries()
            ?? throw new InvalidOperationException($"No PostgreSQL server binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin: {InstallHint}.");
        _asPostgresUser = Environment.UserName == "root";
        await StopOrphanedClustersAsync();
        if (_asPostgresUser)
        {
            // initdb refuses root: the cluster belongs to the 'postgres' system user, in a directory it creates itself.
            var (code, output) = await RunAsServerUserAsync("mktemp", "-d", "/tmp/cnam-bot-pg-XXXXXXXX");
            if (code != 0)
            {
                throw new InvalidOperationException($"Running as root, the test cluster needs the 'postgres' system user ({output.Trim()}): {InstallHint}.");
            }
            _clusterDirectory = output.Trim();
        }
        else
        {
            _clusterDirectory = Directory.CreateTempSubdirectory("cnam-bot-pg-").FullName;
        }

        await File.WriteAllTextAsync(Path.Combine(_clusterDirectory, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var passwordFile = Path.Combine(_clusterDirectory, "password");
        await File.WriteAllTextAsync(passwordFile, password);
        var data = Path.Combine(_clusterDirectory, "data");
        await RunCheckedAsync(Path.Combine(_binDirectory, "initdb"), "-D", data, "-U", "cnam_test", "--pwfile", passwordFile,
            "--auth", "scram-sha-256", "-E", "UTF8", "--locale", "C", "--no-sync");
        File.Delete(passwordFile);

        // A port can be taken between the probe and the bind: try a few.
        for (var attempt = 1; ; attempt++)
        {
            var port = BotProcess.FreeLoopbackPort();
            var options = $"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories='' -c fsync=on -c max_connections=200";
            var (code, output) = await RunAsServerUserAsync(Path.Combine(_binDirectory, "pg_ctl"), "-D", data, "-l", Path.Combine(_clusterDirectory, "server.log"),
                "-o", options, "-w", "-t", "60", "start");
            if (code == 0)
            {
                ConnectionString = $"Host=127.0.0.1;Port={port};Username=cnam_test;Password={password};Database=postgres;Maximum Pool Size=20";
                return;
            }
            if (attempt == 3)
            {
                var log = File.Exists(Path.Combine(_clusterDirectory, "server.log")) ? File.ReadAllText(Path.Combine(_clusterDirectory, "server.log")) : "";
                throw new InvalidOperationException($"The test PostgreSQL did not start: {output}\n{log}");
            }
        }
    }

    /// <summary>
    /// A test run killed before its end (Ctrl+C, a CI timeout) leaves its cluster running: stop and remove the clusters
    /// whose test process is gone.
    /// </summary>
    private async Task StopOrphanedClustersAsync()
    {
        var clusters = new[] { "/tmp", Path.GetTempPath() }.Select(Path.GetFullPath).Distinct().Where(Directory.Exists)
            .SelectMany(d => Directory.GetDirectories(d, "cnam-bot-pg-*"));
        foreach (var cluster in clusters)
        {
            try
            {
                var owner = Path.Combine(cluster, OwnerFile);
                if (!File.Exists(owner) || !int.TryParse(await File.ReadAllTextAsync(owner), out var pid) || IsRunning(pid))
                {
                    continue;
                }
                await RunAsServerUserAsync(Path.Combine(_binDirectory!, "pg_ctl"), "-D", Path.Combine(cluster, "data"), "-m", "immediate", "-w", "stop");
                Directory.Delete(cluster, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another user's cluster, or one being removed: not ours to clean.
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The newest Debian server version's bin directory (initdb and pg_ctl are not on PATH there).</summary>
    private static string? FindServerBinaries()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }
        return Directory.GetDirectories(root)
            .Select(d => (Dir: d, Version: int.TryParse(Path.GetFileName(d), out var v) ? v : -1))
            .Where(d => File.Exists(Path.Combine(d.Dir, "bin", "initdb")) && File.Exists(Path.Combine(d.Dir, "bin", "pg_ctl")))
            .OrderByDescending(d => d.Version)
            .Select(d => Path.Combine(d.Dir, "bin"))
            .FirstOrDefault();
    }

    private async Task RunCheckedAsync(string file, params string[] args)
    {
        var (code, output) = await RunAsServerUserAsync(file, args);
        if (code != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed (exit code {code}): {output}");
        }
    }

    /// <summary>Runs a program as the <c>postgres</c> user when the tests run as root (runuser), else as ourselves.</summary>
    private async Task<(int Code, string Output)> RunAsServerUserAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(_asPostgresUser ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (_asPostgresUser ? ["-u", "postgres", "--", file] : Array.Empty<string>()).Concat(args))
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        // pg_ctl -l sends the server's output to the log file: these pipes close when pg_ctl exits.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout + await stderr;
        return (process.ExitCode, output);
    }
}
