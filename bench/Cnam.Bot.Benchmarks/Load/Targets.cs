using System.Diagnostics;
using Cnam.Bot.Benchmarks.Common;

namespace Cnam.Bot.Benchmarks.Load;

/// <summary>A server the load command can start: the bot, the ceiling app, the Bot Framework JS peer.</summary>
public sealed record Target(string Name, string Description, Func<Task<ServerProcess>> StartAsync);

/// <summary>How each server is found and started. Every one runs in Release (or production mode) on loopback only.</summary>
public static class Targets
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    public static readonly string[] Names = ["bot", "ceiling", "peer"];

    public static Target Get(string name) => name switch
    {
        "bot" => new Target("bot", "Cnam.Bot (Release, LiteDB state, fresh data directory)", StartFreshBotAsync),
        "ceiling" => new Target("ceiling", "bench/Ceiling (deserialise, fixed reply)", StartCeilingAsync),
        "peer" => new Target("peer", "bench/peer-js (botbuilder 4.23, MemoryStorage)", StartPeerAsync),
        _ => throw new BenchSetupException($"unknown target {name}: expected {string.Join(", ", Names)}"),
    };

    /// <summary>A new, empty data directory for the bot's databases under the temp folder (the caller removes it).</summary>
    public static string FreshDataDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "cnam-bench", "bot-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        return path;
    }

    private static async Task<ServerProcess> StartFreshBotAsync()
    {
        var data = FreshDataDirectory();
        var bot = await StartBotAsync(data);
        bot.ScratchDirectory = data;
        return bot;
    }

    /// <summary>
    /// The bot to run instead of the build output (<c>--bot</c>): a <c>Cnam.Bot.dll</c>, or the folder of a
    /// <c>dotnet publish</c> (e.g. with ReadyToRun) holding one.
    /// </summary>
    public static string? BotOverride { get; set; }

    /// <summary>
    /// The bot, <c>bot/bin/Release/net10.0/Cnam.Bot.dll</c> (or <see cref="BotOverride"/>), with its data under
    /// <paramref name="dataDirectory"/>.
    /// </summary>
    public static Task<ServerProcess> StartBotAsync(string dataDirectory, Func<HttpClient, Task<bool>>? ready = null,
        IReadOnlyDictionary<string, string>? extraEnvironment = null)
    {
        var dll = BotAssembly();
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            // The load generator posts unauthenticated activities on loopback, as the emulator does: the bot
            // refuses anonymous mode in Production unless told so on purpose.
            ["BotFrameworkAuthentication__AllowAnonymousInProduction"] = "true",
            ["Storage__DataDirectory"] = dataDirectory,
        };
        foreach (var (key, value) in extraEnvironment ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }
        return ServerProcess.StartAsync("dotnet", [dll, "--urls", "http://127.0.0.1:{port}"], Path.GetDirectoryName(dll)!,
            environment, StartTimeout, ready);
    }

    private static Task<ServerProcess> StartCeilingAsync()
    {
        var dll = BuiltAssembly(Path.Combine("bench", "Ceiling"), "Cnam.Bot.Bench.Ceiling.dll");
        return ServerProcess.StartAsync("dotnet", [dll, "--urls", "http://127.0.0.1:{port}"], Path.GetDirectoryName(dll)!,
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" }, StartTimeout);
    }

    private static async Task<ServerProcess> StartPeerAsync()
    {
        var folder = Path.Combine(Root(), "bench", "peer-js");
        RequireTool("node", "the peer bot runs on Node.js: install Node.js 20+ and npm (Debian: apt-get install nodejs npm)");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "botbuilder")))
        {
            RequireTool("npm", "the peer's packages are installed with npm ci: install npm (Debian: apt-get install npm)");
            Console.WriteLine("peer: installing its npm packages (npm ci)...");
            Run("npm", folder, "ci", "--no-audit", "--no-fund");
        }
        return await ServerProcess.StartAsync("node", ["index.js"], folder,
            new Dictionary<string, string> { ["NODE_ENV"] = "production", ["KNOWLEDGE_DATA"] = BenchPaths.KnowledgeData() }, StartTimeout);
    }

    public static string BotAssembly()
    {
        if (BotOverride is null)
        {
            return BuiltAssembly("bot", "Cnam.Bot.dll");
        }
        var dll = Directory.Exists(BotOverride) ? Path.Combine(BotOverride, "Cnam.Bot.dll") : BotOverride;
        return File.Exists(dll) ? Path.GetFullPath(dll) : throw new BenchSetupException($"--bot: {dll} not found");
    }

    /// <summary><c>{project}/bin/{configuration}/{tfm}/{file}</c> of the repository, built in the configuration of this program.</summary>
    private static string BuiltAssembly(string project, string file)
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(Root(), project, "bin", here.Parent!.Name, here.Name, file);
        return File.Exists(path)
            ? path
            : throw new BenchSetupException($"{path} not found: build first with `dotnet build -c Release bench/Cnam.Bot.Benchmarks`");
    }

    private static string Root() => BenchPaths.RepositoryRoot()
        ?? throw new BenchSetupException("the repository (Cnam.Bot.sln) was not found above the binaries or the current folder");

    private static void RequireTool(string tool, string message)
    {
        try
        {
            var start = new ProcessStartInfo(tool, "--version") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new BenchSetupException($"`{tool} --version` failed with exit code {process.ExitCode}");
            }
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or BenchSetupException)
        {
            throw new BenchSetupException($"{tool} not found or not working: {message}");
        }
    }

    private static void Run(string fileName, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new BenchSetupException($"`{fileName} {string.Join(' ', arguments)}` failed with exit code {process.ExitCode} in {workingDirectory}");
        }
    }
}
