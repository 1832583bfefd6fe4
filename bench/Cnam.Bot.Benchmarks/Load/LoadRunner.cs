using System.Diagnostics;

namespace Cnam.Bot.Benchmarks.Load;

/// <summary>How hard and how long to drive a server.</summary>
/// <param name="Concurrency">Conversations in flight at once, one worker each.</param>
/// <param name="Warmup">Played first by the caller and not measured (JIT, caches, connection pool).</param>
/// <param name="Duration">Measured time; the run also stops after <paramref name="MaxConversations"/> measured conversations.</param>
/// <param name="ThinkMs">Mean pause between a reply and the user's next turn (uniform 0.5×–1.5×); 0 = as fast as the server answers.</param>
public sealed record LoadOptions(int Concurrency, TimeSpan Warmup, TimeSpan Duration, int MaxConversations, int ThinkMs, int Seed);

/// <summary>Latencies and errors of one measured run.</summary>
public sealed class LoadResult
{
    public required TimeSpan Elapsed { get; init; }
    public required int Conversations { get; init; }
    public required IReadOnlyDictionary<TurnKind, List<double>> Latencies { get; init; }
    public required IReadOnlyDictionary<TurnKind, int> Errors { get; init; }
    public required IReadOnlyList<string> ErrorSamples { get; init; }

    public int Turns => Latencies.Values.Sum(l => l.Count) + Errors.Values.Sum();

    public double TurnsPerSecond => Turns / Elapsed.TotalSeconds;
}

/// <summary>
/// Closed-loop load: <see cref="LoadOptions.Concurrency"/> workers each play whole conversations one after the
/// other (new conversation id each time, so state grows as with real visitors), timing every turn from request to
/// the end of the reply body. The same seed gives every server the same sequence of conversations.
/// </summary>
public static class LoadRunner
{
    /// <param name="onConversation">Called with the number of each conversation as it starts (e.g. to sample the server's memory).</param>
    public static async Task<LoadResult> RunAsync(Uri baseAddress, Scenarios scenarios, LoadOptions options, string runId, Action<int>? onConversation = null)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
        };
        using var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var client = new TurnClient(http);
        using var measured = new CancellationTokenSource(options.Duration);
        return await PlayAsync(client, scenarios, options, runId, options.MaxConversations, onConversation, measured.Token);
    }

    private static async Task<LoadResult> PlayAsync(TurnClient client, Scenarios scenarios, LoadOptions options, string runId,
        int maxConversations, Action<int>? onConversation, CancellationToken stop)
    {
        var started = 0;
        var workers = new Worker[options.Concurrency];
        var clock = Stopwatch.StartNew();
        var tasks = new Task[options.Concurrency];
        for (var i = 0; i < options.Concurrency; i++)
        {
            var worker = workers[i] = new Worker(new Random(options.Seed * 1000 + i));
            var workerId = i;
            tasks[i] = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var number = Interlocked.Increment(ref started);
                    if (number > maxConversations)
                    {
                        return;
                    }
                    onConversation?.Invoke(number);
                    var conversationId = $"{runId}-{workerId}-{number}";
                    var sequence = 0;
                    foreach (var turn in scenarios.Next(worker.Random))
                    {
                        if (stop.IsCancellationRequested)
                        {
                            return;
                        }
                        await worker.PlayAsync(client, conversationId, ++sequence, turn);
                        if (options.ThinkMs > 0)
                        {
                            await Task.Delay(options.ThinkMs / 2 + worker.Random.Next(options.ThinkMs + 1), CancellationToken.None);
                        }
                    }
                }
            }, CancellationToken.None);
        }
        await Task.WhenAll(tasks);
        var elapsed = clock.Elapsed;

        var kinds = Enum.GetValues<TurnKind>();
        return new LoadResult
        {
            Elapsed = elapsed,
            Conversations = Math.Min(started, maxConversations),
            Latencies = kinds.ToDictionary(k => k, k => workers.SelectMany(w => w.Latencies[(int)k]).ToList()),
            Errors = kinds.ToDictionary(k => k, k => workers.Sum(w => w.Errors[(int)k])),
            ErrorSamples = workers.SelectMany(w => w.ErrorSamples).Take(5).ToList(),
        };
    }

    /// <summary>One conversation at a time; its own lists, so recording a turn takes no lock.</summary>
    private sealed class Worker(Random random)
    {
        public Random Random { get; } = random;
        public List<double>[] Latencies { get; } = Enum.GetValues<TurnKind>().Select(_ => new List<double>(4096)).ToArray();
        public int[] Errors { get; } = new int[Enum.GetValues<TurnKind>().Length];
        public List<string> ErrorSamples { get; } = [];

        public async Task PlayAsync(TurnClient client, string conversationId, int sequence, Turn turn)
        {
            var start = Stopwatch.GetTimestamp();
            string? error;
            try
            {
                // Not cancelled when the run's time is up: a turn in flight finishes and counts.
                error = await client.SendAsync(conversationId, sequence, turn, CancellationToken.None);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                error = e.GetType().Name + ": " + e.Message;
            }
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (error is null)
            {
                Latencies[(int)turn.Kind].Add(elapsed);
                return;
            }
            Errors[(int)turn.Kind]++;
            if (ErrorSamples.Count < 5)
            {
                ErrorSamples.Add($"{turn.Kind} «{turn.Text ?? "card"}»: {error}");
            }
        }
    }
}
