using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Cnam.Bot.Tests.Common;

/// <summary>
/// The built bot running as a real process (<c>dotnet Cnam.Bot.dll</c> from the bot project's output) on a
/// free loopback port, with its own data directory and environment. For crash tests: <see cref="Kill"/> is a
/// SIGKILL, so nothing gets a chance to flush or dispose.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BotProcess(Process process, Uri baseAddress, string dataDirectory)
    {
        _process = process;
        BaseAddress = baseAddress;
        DataDirectory = dataDirectory;
    }

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>What the process wrote on stdout and stderr so far (for failure messages).</summary>
    public string Output
    {
        get { lock (_output) { return _output.ToString(); } }
    }

    /// <summary>An HTTP client addressed to the bot.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>
    /// Starts the bot with <c>Storage:DataDirectory</c> = <paramref name="dataDirectory"/> plus
    /// <paramref name="environment"/> (configuration keys use <c>__</c>, e.g. <c>Storage__Provider</c>), and waits
    /// until <c>/healthz</c> answers 200.
    /// </summary>
    public static async Task<BotProcess> StartAsync(string dataDirectory, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? startTimeout = null)
    {
        var dll = FindBotAssembly();
        var port = FreeLoopbackPort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["Storage__DataDirectory"] = dataDirectory;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var bot = new BotProcess(process, baseAddress, dataDirectory);
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await bot.WaitHealthyAsync(startTimeout ?? TimeSpan.FromSeconds(60));
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
        return bot;
    }

    /// <summary>Kills the process at once (SIGKILL on Linux) and waits for it to be gone.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    /// <summary>The bot assembly built next to this test assembly: <c>bot/bin/{Configuration}/{tfm}/Cnam.Bot.dll</c>.</summary>
    public static string FindBotAssembly()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var tfm = testOutput.Name;
        var configuration = testOutput.Parent?.Name ?? "Debug";
        for (var dir = testOutput; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bot", "bin", configuration, tfm, "Cnam.Bot.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"Cnam.Bot.dll ({configuration}/{tfm}) not found above {testOutput.FullName}: build the bot project first.");
    }

    /// <summary>A TCP port nobody listens on at this moment (for a server to bind, or as a closed port).</summary>
    internal static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                // The exit can be seen before the last lines it wrote are read: wait for the end of its output.
                await _process.WaitForExitAsync();
                throw new InvalidOperationException($"The bot exited with code {_process.ExitCode} before it was healthy:\n{Output}");
            }
            try
            {
                using var response = await client.GetAsync("healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Too slow to answer yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The bot did not answer /healthz within {timeout}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
