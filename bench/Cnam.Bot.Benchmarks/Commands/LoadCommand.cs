using System.Globalization;
using Cnam.Bot.Benchmarks.Common;
using Cnam.Bot.Benchmarks.Load;

namespace Cnam.Bot.Benchmarks.Commands;

/// <summary>
/// Issue 9's load figures: the same conversations against the bot, the ceiling app and the Bot Framework JS peer,
/// each started as its own process, one after the other; throughput as ratios (they hold on a noisy machine),
/// latency percentiles per kind of turn, errors, and each server's peak RSS.
/// </summary>
public static class LoadCommand
{
    public static readonly Command Definition = new(
        "load",
        "load [--targets bot,ceiling,peer] [--concurrency 32] [--duration 30] [--warmup 5] [--conversations N] [--think MS] [--rounds 1] [--seed 1] [--set dev.jsonl] [--bot Cnam.Bot.dll|publish folder]",
        "N concurrent conversations (Q&A, eligibility, schedule) on POST /api/messages with expectReplies: turns/s, p50/p95/p99 per kind, errors, peak RSS, ratios",
        args => RunAsync(args).GetAwaiter().GetResult());

    private static async Task<int> RunAsync(string[] args)
    {
        var a = Arguments.Parse(args, "--targets", "--concurrency", "--duration", "--warmup", "--conversations", "--think", "--rounds", "--seed", "--set", "--bot");
        if (a.Rest.Count > 0)
        {
            throw new BenchSetupException("load: unknown argument " + a.Rest[0]);
        }
        var targets = (a.Get("--targets") ?? string.Join(',', Targets.Names)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Targets.Get).ToList();
        var options = new LoadOptions(
            Concurrency: a.GetInt("--concurrency", 32),
            Warmup: TimeSpan.FromSeconds(a.GetInt("--warmup", 5, minimum: 0)),
            Duration: TimeSpan.FromSeconds(a.GetInt("--duration", 30)),
            MaxConversations: a.GetInt("--conversations", int.MaxValue),
            ThinkMs: a.GetInt("--think", 0, minimum: 0),
            Seed: a.GetInt("--seed", 1, minimum: 0));
        var rounds = a.GetInt("--rounds", 1);
        Targets.BotOverride = a.Get("--bot");
        var scenarios = new Scenarios(DevSet.Load(BenchPaths.DevSet(a.Get("--set"))));

        Console.WriteLine(FormattableString.Invariant(
            $"load: {options.Concurrency} concurrent conversations, {options.Warmup.TotalSeconds:0} s warm-up, then {options.Duration.TotalSeconds:0} s{(options.MaxConversations < int.MaxValue ? $" or {options.MaxConversations} conversations" : "")}, think time {options.ThinkMs} ms, {scenarios.QuestionCount} questions, {rounds} round(s)"));
        var results = targets.ToDictionary(t => t.Name, _ => new List<Measured>());
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var target in targets)
            {
                var measured = await MeasureAsync(target, scenarios, options, $"{target.Name}{round}");
                results[target.Name].Add(measured);
                Print(target, measured, round);
            }
        }
        PrintRatios(results);
        return results.Values.SelectMany(r => r).Any(r => r.Result.Errors.Values.Sum() > 0) ? 1 : 0;
    }

    /// <summary>A run and what it cost the server: peak RSS, and CPU time per measured turn (steadier than turns/s on a shared machine).</summary>
    private sealed record Measured(LoadResult Result, long PeakRss, double CpuMsPerTurn, IReadOnlyList<(int Conversations, long Bytes)> RssByConversations);

    private static async Task<Measured> MeasureAsync(Target target, Scenarios scenarios, LoadOptions options, string runId)
    {
        await using var server = await target.StartAsync();
        var warmup = options with { Duration = options.Warmup, MaxConversations = int.MaxValue };
        if (options.Warmup > TimeSpan.Zero)
        {
            await LoadRunner.RunAsync(server.BaseAddress, scenarios, warmup, runId + "-warm");
        }
        var cpu = server.CpuTime();
        // Resident memory every 1,000 conversations: flat means no per-conversation data kept in memory.
        var rss = new System.Collections.Concurrent.ConcurrentQueue<(int Conversations, long Bytes)>();
        var result = await LoadRunner.RunAsync(server.BaseAddress, scenarios, options, runId,
            n => { if (n % 1000 == 0) { rss.Enqueue((n, server.RssBytes())); } });
        var cpuPerTurn = (server.CpuTime() - cpu).TotalMilliseconds / Math.Max(1, result.Turns);
        return new Measured(result, server.PeakRssBytes(), cpuPerTurn, [.. rss.OrderBy(r => r.Conversations)]);
    }

    private static void Print(Target target, Measured measured, int round)
    {
        var (result, peakRss, cpuPerTurn) = (measured.Result, measured.PeakRss, measured.CpuMsPerTurn);
        Console.WriteLine();
        Console.WriteLine($"== {target.Name}: {target.Description}, round {round}");
        Console.WriteLine(MachineInfo.Line());
        var errors = result.Errors.Values.Sum();
        Console.WriteLine(FormattableString.Invariant(
            $"{result.TurnsPerSecond,8:0.0} turns/s  {result.Turns} turns in {result.Elapsed.TotalSeconds:0.0} s, {result.Conversations} conversations, {errors} errors, peak RSS {peakRss / 1048576.0:0.0} MB, server CPU {cpuPerTurn:0.000} ms/turn"));
        foreach (var (kind, latencies) in result.Latencies)
        {
            if (latencies.Count > 0)
            {
                Console.WriteLine(new Percentiles(latencies).Line(kind.ToString()) + (result.Errors[kind] > 0 ? $"  errors {result.Errors[kind]}" : ""));
            }
        }
        var all = result.Latencies.Values.SelectMany(l => l).ToList();
        if (all.Count > 0)
        {
            Console.WriteLine(new Percentiles(all).Line("all turns"));
        }
        if (measured.RssByConversations.Count > 0)
        {
            // At most about ten samples on the line (the ceiling plays a hundred thousand conversations).
            var every = Math.Max(1, measured.RssByConversations.Count / 10);
            var samples = measured.RssByConversations.Where((_, i) => i % every == 0 || i == measured.RssByConversations.Count - 1);
            Console.WriteLine("RSS by conversations started: " + string.Join(", ", samples.Select(r =>
                string.Create(CultureInfo.InvariantCulture, $"{r.Conversations}: {r.Bytes / 1048576.0:0} MB"))));
        }
        foreach (var sample in result.ErrorSamples)
        {
            Console.WriteLine("  error: " + sample);
        }
    }

    private static void PrintRatios(Dictionary<string, List<Measured>> results)
    {
        if (!results.TryGetValue("bot", out var bot))
        {
            return;
        }
        Console.WriteLine();
        foreach (var other in new[] { "ceiling", "peer" })
        {
            if (!results.TryGetValue(other, out var them))
            {
                continue;
            }
            // Ratio per round (the two ran minutes apart at most), then the median of the rounds.
            Ratio($"throughput bot/{other}", bot.Zip(them, (b, t) => b.Result.TurnsPerSecond / t.Result.TurnsPerSecond));
            Ratio($"server CPU per turn {other}/bot", bot.Zip(them, (b, t) => t.CpuMsPerTurn / b.CpuMsPerTurn));
        }
    }

    private static void Ratio(string label, IEnumerable<double> perRound)
    {
        var ratios = perRound.OrderBy(r => r).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: median {ratios[ratios.Count / 2]:0.000} (rounds: {string.Join(", ", ratios.Select(r => r.ToString("0.000", CultureInfo.InvariantCulture)))})"));
    }
}
