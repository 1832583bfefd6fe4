using System.Diagnostics;
using System.Globalization;
using Cnam.Bot.Benchmarks.Common;
using Cnam.Bot.Knowledge;

namespace Cnam.Bot.Benchmarks.Commands;

/// <summary>
/// Issue 9's growth figure: the Q&amp;A step (Recognize + Answer over the dev set, as <c>percentiles</c>) and the
/// knowledge base load on the real knowledge base and on synthetic ones ×10 and ×100 (<see cref="SyntheticKnowledge"/>),
/// each loaded by the real loader, so its validation passes on it. The target: p99 on ×100 at most twice the real one.
/// </summary>
public static class KbScaleCommand
{
    public static readonly Command Definition = new(
        "kb-scale",
        "kb-scale [--factors 1,10,100] [--iterations 50] [--warmup 5] [--set dev.jsonl] [--now ISO] [--keep DIR]",
        "Q&A step p50/p95/p99 and load time on the real knowledge base and synthetic ones ×10, ×100 (written as YAML, validated by the loader)",
        Run);

    private static int Run(string[] args)
    {
        var a = Arguments.Parse(args, "--factors", "--iterations", "--warmup", "--set", "--now", "--keep");
        if (a.Rest.Count > 0)
        {
            throw new BenchSetupException("kb-scale: unknown argument " + a.Rest[0]);
        }
        var factors = (a.Get("--factors") ?? "1,10,100").Split(',')
            .Select(f => int.TryParse(f, out var n) && n >= 1 ? n : throw new BenchSetupException($"--factors: not a whole number >= 1: {f}")).ToList();
        var iterations = a.GetInt("--iterations", 50);
        var warmup = a.GetInt("--warmup", 5, minimum: 0);
        var questions = DevSet.Load(BenchPaths.DevSet(a.Get("--set")));
        var now = QaPipeline.ResolveNow(a.Get("--now"));
        var realData = BenchPaths.KnowledgeData();
        var root = a.Get("--keep") ?? Path.Combine(Path.GetTempPath(), "cnam-bench", "kb-scale-" + Environment.ProcessId);

        Console.WriteLine($"kb-scale: {questions.Count} questions, {warmup} warm-up + {iterations} timed rounds per knowledge base, now {now:O}");
        Console.WriteLine(MachineInfo.Line());
        var p99s = new Dictionary<int, double>();
        try
        {
            foreach (var factor in factors)
            {
                var folder = Path.Combine(root, $"x{factor}");
                SyntheticKnowledge.Write(realData, folder, factor);
                // Twice: the first load of a process pays the JIT of the loader, the second is the load itself.
                KnowledgeBase.Load(folder);
                var started = Stopwatch.GetTimestamp();
                var knowledge = KnowledgeBase.Load(folder);
                var loadMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                var stats = knowledge.Stats();
                var pipeline = new QaPipeline(knowledge, now);
                // What the step answers, so that a copy that broke recognition cannot pass for a fast one.
                var answers = string.Join(", ", questions.GroupBy(q => pipeline.Ask(q.Question).Status).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"));
                var step = new Percentiles(Time(pipeline, questions, warmup, iterations));
                p99s[factor] = step.P99;
                Console.WriteLine();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"×{factor}: {knowledge.Programmes().Count} programmes, {knowledge.Ues().Count} UEs, {knowledge.FindTariffs(new()).Count} tariffs, {knowledge.Plannings().Sum(p => p.Sessions.Count)} planning sessions; load (YAML + validation) {loadMs:0} ms"));
                Console.WriteLine("  " + string.Join(", ", stats.Counts.Select(c => $"{c.Kind} {c.Count}")) + $", search entries {stats.SearchEntries}");
                Console.WriteLine($"  answers: {answers}");
                Console.WriteLine(step.Line("  step"));
            }
        }
        finally
        {
            if (a.Get("--keep") is null && Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
        if (p99s.TryGetValue(1, out var real))
        {
            Console.WriteLine();
            foreach (var (factor, p99) in p99s.Where(p => p.Key != 1))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"p99 ×{factor} / p99 real: {p99 / real:0.00} (target for ×100: at most 2)"));
            }
        }
        return 0;
    }

    /// <summary>Every question once per round (round-robin), Recognize + Answer timed together.</summary>
    private static List<double> Time(QaPipeline pipeline, IReadOnlyList<DevQuestion> questions, int warmup, int iterations)
    {
        var sink = 0;
        for (var round = 0; round < warmup; round++)
        {
            foreach (var q in questions)
            {
                sink += pipeline.Ask(q.Question).Sections.Count;
            }
        }
        var times = new List<double>(questions.Count * iterations);
        for (var round = 0; round < iterations; round++)
        {
            foreach (var q in questions)
            {
                var start = Stopwatch.GetTimestamp();
                sink += pipeline.Ask(q.Question).Sections.Count;
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        GC.KeepAlive(sink);
        return times;
    }
}
