namespace Cnam.Bot.Benchmarks.Common;

/// <summary>
/// Where the benchmarks find their inputs: the repository's knowledge/Data and the dev question set. The host
/// process resolves them once and hands them to BenchmarkDotNet's child processes through environment variables.
/// </summary>
public static class BenchPaths
{
    public const string DataVariable = "CNAM_BENCH_DATA";
    public const string DevSetVariable = "CNAM_BENCH_DEVSET";
    public const string NowVariable = "CNAM_BENCH_NOW";

    /// <summary>The folder holding Cnam.Bot.sln, searched upwards from the binaries and then from the current folder.</summary>
    public static string? RepositoryRoot() =>
        FindUpwards(AppContext.BaseDirectory, d => File.Exists(Path.Combine(d, "Cnam.Bot.sln")))
        ?? FindUpwards(Directory.GetCurrentDirectory(), d => File.Exists(Path.Combine(d, "Cnam.Bot.sln")));

    /// <summary>The knowledge data files: the repository's knowledge/Data (the real, current facts), else the copy next to the binaries.</summary>
    public static string KnowledgeData()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(DataVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return RequireDirectory(fromEnvironment, $"{DataVariable}");
        }
        var root = RepositoryRoot();
        var candidates = new List<string>();
        if (root is not null)
        {
            candidates.Add(Path.Combine(root, "knowledge", "Data"));
        }
        candidates.Add(Path.Combine(AppContext.BaseDirectory, "knowledge", "Data"));
        return candidates.FirstOrDefault(Directory.Exists)
            ?? throw new BenchSetupException("knowledge data folder not found; looked in: " + string.Join(", ", candidates));
    }

    /// <summary>
    /// The dev question set: <paramref name="explicitPath"/> when given, else <c>CNAM_BENCH_DEVSET</c>, else
    /// <c>shared/eval/dev.jsonl</c> beside the repository (../shared from the repository root, or beside any folder
    /// above it, so a git worktree under /work/wt finds /work/shared too).
    /// </summary>
    public static string DevSet(string? explicitPath = null)
    {
        if (!string.IsNullOrEmpty(explicitPath))
        {
            return RequireFile(explicitPath, "--set");
        }
        var fromEnvironment = Environment.GetEnvironmentVariable(DevSetVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return RequireFile(fromEnvironment, DevSetVariable);
        }
        var root = RepositoryRoot()
            ?? throw new BenchSetupException("the repository (Cnam.Bot.sln) was not found above the binaries or the current folder: pass --set PATH/dev.jsonl");
        var tried = new List<string>();
        for (var dir = Directory.GetParent(root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "eval", "dev.jsonl");
            tried.Add(candidate);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new BenchSetupException("the dev question set was not found; pass --set PATH/dev.jsonl. Looked for: " + string.Join(", ", tried));
    }

    private static string? FindUpwards(string start, Func<string, bool> isIt)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (isIt(dir.FullName))
            {
                return dir.FullName;
            }
        }
        return null;
    }

    private static string RequireFile(string path, string origin) =>
        File.Exists(path) ? Path.GetFullPath(path) : throw new BenchSetupException($"{origin}: file not found: {path}");

    private static string RequireDirectory(string path, string origin) =>
        Directory.Exists(path) ? Path.GetFullPath(path) : throw new BenchSetupException($"{origin}: folder not found: {path}");
}
