using BenchmarkDotNet.Attributes;
using Cnam.Bot.State;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cnam.Bot.Benchmarks.Benchmarks;

/// <summary>
/// The state store a turn goes through: the real <see cref="LiteDbStateStore"/> (one writer thread, group commit,
/// etags) on a file in a temporary folder. A turn reads its conversation document and writes it back with the etag it
/// read: <see cref="ReadThenWriteWithETag"/>. 32 conversations doing so at once (the load command's concurrency)
/// share commits: <see cref="ThirtyTwoConcurrentTurns"/>, one operation = 32 read + write pairs.
/// </summary>
[MemoryDiagnoser]
public class StateStoreBenchmarks
{
    // A conversation document of the size a questionnaire in progress has (dialog stack, answers so far).
    private static readonly string Document = "{\"dialogStack\":[{\"id\":\"main\",\"state\":{\"step\":2}},{\"id\":\"eligibility\",\"state\":{\"step\":4,\"values\":{\"programme\":\"CPN42\",\"centre\":\"Paris\",\"diploma\":\"level:4\",\"experienceYears\":3}}}],\"lastTopic\":\"eligibility\",\"padding\":\""
        + new string('x', 1200) + "\"}";

    private string _folder = "";
    private LiteDbStateStore _store = null!;
    private string[] _keys = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "cnam-bench", "state-" + Guid.NewGuid().ToString("N")[..8]);
        _store = new LiteDbStateStore(new StorageOptions(), _folder, NullLogger<LiteDbStateStore>.Instance);
        _keys = Enumerable.Range(0, 1000).Select(i => $"conversation/webchat/bench-{i}").ToArray();
        foreach (var key in _keys)
        {
            _store.WriteAsync(key, Document, IStateStore.AnyETag).GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "Read by key")]
    public async Task<int> Read() => (await _store.ReadAsync(NextKey()))!.Json.Length;

    [Benchmark(Description = "Read, then write with its etag (one turn, alone)")]
    public Task<string> ReadThenWriteWithETag() => TurnAsync(NextKey());

    [Benchmark(Description = "32 turns at once (read + write with etag each)", OperationsPerInvoke = 32)]
    public Task ThirtyTwoConcurrentTurns() => Task.WhenAll(Enumerable.Range(0, 32).Select(_ => TurnAsync(NextKey())));

    private async Task<string> TurnAsync(string key)
    {
        var item = await _store.ReadAsync(key);
        return await _store.WriteAsync(key, Document, item!.ETag);
    }

    private string NextKey() => _keys[Interlocked.Increment(ref _next) % _keys.Length];
}
