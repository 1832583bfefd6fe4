using System.Globalization;
using Cnam.Bot.Benchmarks.Common;
using Cnam.Bot.Benchmarks.Load;

namespace Cnam.Bot.Benchmarks.Commands;

/// <summary>
/// Issue 9's start-up figure: from the start of the bot's process (<c>dotnet Cnam.Bot.dll</c>, Release) to its first
/// answered turn on <c>POST /api/messages</c>, with the knowledge base already built (a first start, not timed,
/// builds <c>knowledge.db</c> in the data directory every timed start then reuses). A question is sent every 10 ms
/// from the moment the process starts, so the figure is what a channel waiting on a restarted bot sees.
/// </summary>
public static class ColdStartCommand
{
    private const string Question = "Combien coûte la licence pro en cours du soir si je paie moi-même ?";

    public static readonly Command Definition = new(
        "cold-start",
        "cold-start [--runs 7] [--bot Cnam.Bot.dll|publish folder]",
        "Process start to first answered turn (knowledge base already built): each run, then the median",
        args => RunAsync(args).GetAwaiter().GetResult());

    private static async Task<int> RunAsync(string[] args)
    {
        var a = Arguments.Parse(args, "--runs", "--bot");
        if (a.Rest.Count > 0)
        {
            throw new BenchSetupException("cold-start: unknown argument " + a.Rest[0]);
        }
        var runs = a.GetInt("--runs", 7);
        Targets.BotOverride = a.Get("--bot");
        Console.WriteLine($"bot: {Targets.BotAssembly()}");
        var data = Targets.FreshDataDirectory();
        try
        {
            // Not timed: builds knowledge.db and the state file, as a deployed bot's first start did.
            await using (await Targets.StartBotAsync(data, AnswersAsync))
            {
            }
            var times = new List<double>();
            for (var run = 1; run <= runs; run++)
            {
                await using var bot = await Targets.StartBotAsync(data, AnswersAsync);
                times.Add(bot.StartedIn.TotalMilliseconds);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}: {bot.StartedIn.TotalMilliseconds:0} ms to the first answer, RSS {bot.RssBytes() / 1048576.0:0.0} MB"));
            }
            var sorted = times.Order().ToList();
            Console.WriteLine(MachineInfo.Line());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"cold start to first answer: median {sorted[sorted.Count / 2]:0} ms, min {sorted[0]:0} ms, max {sorted[^1]:0} ms ({runs} runs)"));
            return 0;
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static int _sequence;

    private static async Task<bool> AnswersAsync(HttpClient http)
    {
        var turn = new Turn(TurnKind.Qa, Question);
        var id = Interlocked.Increment(ref _sequence);
        return await new TurnClient(http).SendAsync($"cold-{id}", 1, turn, CancellationToken.None) is null;
    }
}
