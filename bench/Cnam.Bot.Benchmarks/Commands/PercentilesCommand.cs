using System.Diagnostics;
using Cnam.Bot.Benchmarks.Common;
using Cnam.Bot.Knowledge;

namespace Cnam.Bot.Benchmarks.Commands;

/// <summary>
/// Issue 4's acceptance figure: the median and 99th percentile of one understanding + answer step over the dev set.
/// BenchmarkDotNet reports means per operation; this times every call with a Stopwatch instead, after a warm-up,
/// going round the whole set once per iteration (so a question is never timed many times in a row, hot in cache).
/// </summary>
public static class PercentilesCommand
{
    public static readonly Command Definition = new(
        "percentiles",
        "percentiles [--set dev.jsonl] [--iterations 200] [--warmup 20] [--now ISO] [--slowest 5]",
        "Stopwatch per question: p50/p95/p99/max of Recognize + Answer over the dev set",
        Run);

    private static int Run(string[] args)
    {
        var a = Arguments.Parse(args, "--set", "--iterations", "--warmup", "--now", "--slowest");
        if (a.Rest.Count > 0)
        {
            throw new BenchSetupException("percentiles: unknown argument " + a.Rest[0]);
        }
        var iterations = a.GetInt("--iterations", 200);
        var warmup = a.GetInt("--warmup", 20, minimum: 0);
        var slowest = a.GetInt("--slowest", 5, minimum: 0);
        var setPath = BenchPaths.DevSet(a.Get("--set"));
        var dataPath = BenchPaths.KnowledgeData();
        var questions = DevSet.Load(setPath);
        var pipeline = new QaPipeline(KnowledgeBase.Load(dataPath), QaPipeline.ResolveNow(a.Get("--now")));

        Console.WriteLine($"set       {setPath} ({questions.Count} questions)");
        Console.WriteLine($"data      {dataPath}");
        Console.WriteLine($"now       {pipeline.Now:O}");
        Console.WriteLine($"rounds    {warmup} warm-up, {iterations} timed (each question once per round)");

        // What the step answers, so a broken wiring (everything "not understood") shows up instead of fast figures.
        var statuses = questions.Select(q => pipeline.Ask(q.Question).Status).GroupBy(s => s).OrderBy(g => g.Key)
            .Select(g => $"{g.Key} {g.Count()}");
        Console.WriteLine($"answers   {string.Join(", ", statuses)}");

        var sink = 0;
        for (var round = 0; round < warmup; round++)
        {
            foreach (var q in questions)
            {
                sink += pipeline.Ask(q.Question).Sections.Count;
            }
        }

        var recognize = new double[questions.Count, iterations];
        var answer = new double[questions.Count, iterations];
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < iterations; round++)
        {
            for (var i = 0; i < questions.Count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                var utterance = pipeline.Recognize(questions[i].Question);
                var middle = Stopwatch.GetTimestamp();
                sink += pipeline.Answer(utterance).Sections.Count;
                var end = Stopwatch.GetTimestamp();
                recognize[i, round] = Stopwatch.GetElapsedTime(start, middle).TotalMilliseconds;
                answer[i, round] = Stopwatch.GetElapsedTime(middle, end).TotalMilliseconds;
            }
        }
        var samples = questions.Count * iterations;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        var total = Enumerable.Range(0, questions.Count)
            .SelectMany(i => Enumerable.Range(0, iterations).Select(r => recognize[i, r] + answer[i, r])).ToList();
        Console.WriteLine();
        Console.WriteLine(MachineInfo.Line());
        Console.WriteLine(new Percentiles(total).Line("step"));
        Console.WriteLine(new Percentiles(All(recognize)).Line("  recognize"));
        Console.WriteLine(new Percentiles(All(answer)).Line("  answer"));
        Console.WriteLine(FormattableString.Invariant(
            $"allocated {allocated / (double)samples / 1024:0.0} KB per question; GC during the timed rounds: {GC.CollectionCount(0) - gen0} gen0, {GC.CollectionCount(2) - gen2} gen2"));

        if (slowest > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"slowest questions by median (ms):");
            var perQuestion = questions
                .Select((q, i) => (q, p: new Percentiles(Enumerable.Range(0, iterations).Select(r => recognize[i, r] + answer[i, r]))))
                .OrderByDescending(x => x.p.P50).Take(slowest);
            foreach (var (q, p) in perQuestion)
            {
                Console.WriteLine(FormattableString.Invariant($"  {q.Id,-6} p50 {p.P50,7:0.000}  p99 {p.P99,7:0.000}  {Shorten(q.Question, 70)}"));
            }
        }
        GC.KeepAlive(sink);
        return 0;
    }

    private static IEnumerable<double> All(double[,] samples) => samples.Cast<double>();

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
