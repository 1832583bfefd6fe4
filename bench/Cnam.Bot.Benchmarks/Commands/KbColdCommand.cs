using System.Diagnostics;
using Cnam.Bot.Benchmarks.Common;
using Cnam.Bot.Knowledge;

namespace Cnam.Bot.Benchmarks.Commands;

/// <summary>
/// Issue 3's start-up figure: the bot loads the knowledge base once, in a fresh process, so the first call (JIT of
/// YamlDotNet, LiteDB and the validator included) is what a start costs. One way per process; run it several times.
/// BenchmarkDotNet's <c>KnowledgeLoadBenchmarks</c> gives the warm figures.
/// </summary>
public static class KbColdCommand
{
    public static readonly Command Definition = new(
        "kb-cold",
        "kb-cold load|open-fresh|open-current [--db PATH]",
        "One cold knowledge base load in this process (JIT included): YAML only, LiteDB rebuilt, or LiteDB up to date",
        Run);

    private static int Run(string[] args)
    {
        var a = Arguments.Parse(args, "--db");
        if (a.Rest.Count != 1)
        {
            throw new BenchSetupException("usage: " + Definition.Usage);
        }
        var data = BenchPaths.KnowledgeData();
        var db = Path.GetFullPath(a.Get("--db") ?? Path.Combine(Path.GetTempPath(), "cnam-bench", "knowledge.db"));
        var way = a.Rest[0];
        var started = Stopwatch.GetTimestamp();
        KnowledgeBase knowledge;
        switch (way)
        {
            case "load":
                knowledge = KnowledgeBase.Load(data);
                break;
            case "open-fresh":
                DeleteDatabase(db);
                started = Stopwatch.GetTimestamp();
                knowledge = KnowledgeBase.Open(data, db);
                break;
            case "open-current":
                if (!File.Exists(db))
                {
                    throw new BenchSetupException($"{db} does not exist: run `kb-cold open-fresh` first");
                }
                knowledge = KnowledgeBase.Open(data, db);
                if (knowledge.Rebuilt)
                {
                    throw new BenchSetupException($"{db} was out of date and got rebuilt: run again to time an up-to-date open");
                }
                break;
            default:
                throw new BenchSetupException("usage: " + Definition.Usage);
        }
        var elapsed = Stopwatch.GetElapsedTime(started);
        Console.WriteLine(FormattableString.Invariant(
            $"{way,-13} {elapsed.TotalMilliseconds,8:0.0} ms  cold (first call in the process)  rebuilt={knowledge.Rebuilt}  {knowledge.Ues().Count} UE  {knowledge.Programmes().Count} programmes"));
        return 0;
    }

    internal static void DeleteDatabase(string db)
    {
        if (!Directory.Exists(Path.GetDirectoryName(db)))
        {
            return;
        }
        File.Delete(db);
        File.Delete(Path.Combine(Path.GetDirectoryName(db)!, Path.GetFileNameWithoutExtension(db) + "-log" + Path.GetExtension(db)));
    }
}
