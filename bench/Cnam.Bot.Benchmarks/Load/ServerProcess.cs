using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Cnam.Bot.Benchmarks.Common;

namespace Cnam.Bot.Benchmarks.Load;

/// <summary>
/// A server under load, run as its own process on a free loopback port (so its memory is its own and the load
/// generator's is not counted): the bot, the ceiling app or the JavaScript peer. Started by <see cref="StartAsync"/>,
/// healthy when <c>GET /healthz</c> answers 200, killed on dispose.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>A folder the server wrote in (its fresh data directory), deleted once it has exited.</summary>
    public string? ScratchDirectory { get; set; }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    /// <summary>Time from <see cref="Process.Start()"/> to the first 200 of the health check.</summary>
    public TimeSpan StartedIn { get; private set; }

    public string Output
    {
        get { lock (_output) { return _output.ToString(); } }
    }

    /// <summary>
    /// Starts <paramref name="fileName"/> with <paramref name="arguments"/>, where <c>{port}</c> is replaced by a free
    /// loopback port (also given as the <c>PORT</c> environment variable), and waits until <paramref name="ready"/>
    /// (default: <c>GET /healthz</c> answers 200) says the server is ready, polling every 10 ms.
    /// </summary>
    public static async Task<ServerProcess> StartAsync(string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string> environment, TimeSpan timeout, Func<HttpClient, Task<bool>>? ready = null)
    {
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument.Replace("{port}", port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        var process = new Process { StartInfo = start };
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        var started = Stopwatch.GetTimestamp();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitReadyAsync(timeout, ready ?? IsHealthyAsync);
            server.StartedIn = Stopwatch.GetElapsedTime(started);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    /// <summary>Peak resident set size (VmHWM) of the process so far, in bytes.</summary>
    public long PeakRssBytes() => StatusKilobytes("VmHWM:") * 1024;

    /// <summary>Current resident set size (VmRSS), in bytes.</summary>
    public long RssBytes() => StatusKilobytes("VmRSS:") * 1024;

    /// <summary>User + system CPU time the process has used so far (<c>/proc/PID/stat</c>, clock ticks of 10 ms).</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        // Fields after the command name, which is in parentheses and may hold spaces: state is field 3, utime 14, stime 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    private long StatusKilobytes(string field)
    {
        var path = $"/proc/{_process.Id}/status";
        if (!File.Exists(path))
        {
            throw new BenchSetupException($"{path} not found: RSS is read from Linux's /proc");
        }
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal))
            ?? throw new BenchSetupException($"{path} has no {field}");
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
        _process.Dispose();
        if (ScratchDirectory is not null && Directory.Exists(ScratchDirectory))
        {
            Directory.Delete(ScratchDirectory, recursive: true);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> IsHealthyAsync(HttpClient client)
    {
        using var response = await client.GetAsync("healthz");
        return response.StatusCode == HttpStatusCode.OK;
    }

    private async Task WaitReadyAsync(TimeSpan timeout, Func<HttpClient, Task<bool>> ready)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new BenchSetupException($"{_process.StartInfo.FileName} exited with code {_process.ExitCode} before it was ready:\n{Output}");
            }
            try
            {
                if (await ready(client))
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet. Polled often: the cold start figure is measured with this loop.
            }
            await Task.Delay(10);
        }
        throw new BenchSetupException($"{_process.StartInfo.FileName} was not ready within {timeout}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            // Bounded: a chatty server must not grow the load generator's memory without limit.
            if (_output.Length < 64 * 1024)
            {
                _output.AppendLine(line);
            }
        }
    }
}
