using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Cnam.Bot.Benchmarks.Commands;
using Cnam.Bot.Benchmarks.Common;
using Cnam.Bot.Knowledge;

namespace Cnam.Bot.Benchmarks.Benchmarks;

/// <summary>
/// Loading the whole knowledge base (issue 3), warm: the YAML files read and validated without a database, the
/// LiteDB copy opened when it is up to date (hash check + read back), and the copy rebuilt from a fresh file.
/// Each call takes tens to hundreds of milliseconds, so one call per iteration and few iterations.
/// The cold first call of a process (what a bot start costs) is the <c>kb-cold</c> command.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class KnowledgeLoadBenchmarks
{
    private string _data = null!;
    private string _folder = null!;
    private string _current = null!;
    private string _fresh = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = BenchPaths.KnowledgeData();
        _folder = Path.Combine(Path.GetTempPath(), "cnam-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _current = Path.Combine(_folder, "current.db");
        _fresh = Path.Combine(_folder, "fresh.db");
        if (!KnowledgeBase.Open(_data, _current).Rebuilt)
        {
            throw new InvalidOperationException("a new database file should have been built");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Description = "Load (YAML + validation)")]
    public KnowledgeBase Load() => KnowledgeBase.Load(_data);

    [Benchmark(Description = "Open, LiteDB up to date")]
    public KnowledgeBase OpenCurrent()
    {
        var knowledge = KnowledgeBase.Open(_data, _current);
        return knowledge.Rebuilt ? throw new InvalidOperationException("the up-to-date database was rebuilt") : knowledge;
    }

    [IterationSetup(Target = nameof(OpenFresh))]
    public void DeleteFresh() => KbColdCommand.DeleteDatabase(_fresh);

    [Benchmark(Description = "Open, LiteDB rebuilt (fresh file)")]
    public KnowledgeBase OpenFresh()
    {
        var knowledge = KnowledgeBase.Open(_data, _fresh);
        return knowledge.Rebuilt ? knowledge : throw new InvalidOperationException("the fresh database was not built");
    }
}
