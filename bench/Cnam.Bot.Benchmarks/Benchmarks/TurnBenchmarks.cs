extern alias bot;

using BenchmarkDotNet.Attributes;
using Cnam.Bot.Benchmarks.Common;
using Cnam.Bot.Benchmarks.Load;
using Cnam.Bot.State;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cnam.Bot.Benchmarks.Benchmarks;

/// <summary>
/// One whole turn of the bot, in process (ASP.NET Core's TestServer: the real host, endpoint, adapter, dialogs and
/// knowledge base, no socket, no other load), with the real LiteDB store (fsync'ed commit) or the in-memory one: the
/// difference is what durability costs a turn, the rest is the bot's own work. Each operation is the first turn of a
/// new conversation, so no state grows from one operation to the next.
/// </summary>
[MemoryDiagnoser]
public class TurnBenchmarks
{
    private WebApplicationFactory<bot::Program> _factory = null!;
    private HttpClient _client = null!;
    private TurnClient _turns = null!;
    private string[] _questions = [];
    private string _data = "";
    private int _next;

    [Params("LiteDb", "InMemory")]
    public string Store { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _questions = DevSet.Load(BenchPaths.DevSet()).Select(q => q.Question).ToArray();
        _data = Targets.FreshDataDirectory();
        var knowledge = BenchPaths.KnowledgeData();
        _factory = new WebApplicationFactory<bot::Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            // Unauthenticated activities, as the load command sends them.
            builder.UseSetting("BotFrameworkAuthentication:AllowAnonymousInProduction", "true");
            builder.UseSetting("Storage:DataDirectory", _data);
            builder.UseSetting("Knowledge:DataDirectory", knowledge);
            // The logs go nowhere: the load command measures them, this measures the turn.
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            if (Store == "InMemory")
            {
                builder.ConfigureServices(services =>
                {
                    services.RemoveAll<IStateStore>();
                    services.AddSingleton<IStateStore, InMemoryStateStore>();
                });
            }
        });
        _client = _factory.CreateClient();
        _turns = new TurnClient(_client);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _factory.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    [Benchmark(Description = "Q&A turn (dev set question)")]
    public Task Question() => SendAsync(new Turn(TurnKind.Qa, _questions[_next % _questions.Length]));

    [Benchmark(Description = "Eligibility first turn (« J'ai un BTS ESF et 3 ans... »)")]
    public Task Eligibility() => SendAsync(new Turn(TurnKind.Eligibility, "J'ai un BTS ESF et 3 ans en mission locale, je peux faire la licence pro ?"));

    [Benchmark(Description = "Schedule turn (« c'est quand mon prochain cours ? »)")]
    public Task Schedule() => SendAsync(new Turn(TurnKind.Schedule, "c'est quand mon prochain cours ?"));

    private async Task SendAsync(Turn turn)
    {
        var n = Interlocked.Increment(ref _next);
        var error = await _turns.SendAsync($"bdn-{Store}-{n}", 1, turn, CancellationToken.None);
        if (error is not null)
        {
            throw new InvalidOperationException($"turn not answered: {error}");
        }
    }
}
