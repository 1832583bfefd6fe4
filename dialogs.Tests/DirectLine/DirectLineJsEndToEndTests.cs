using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Cnam.Bot.Tests.DirectLine;

/// <summary>
/// The official npm client, botframework-directlinejs (the version Web Chat 4.18 ships), against the app on a real
/// Kestrel port: js/e2e.js starts, sends, reads echoes and replies, reconnects with a watermark and is refused a
/// conversation its token does not open. Needs node and npm; fails (never skips) without them.
/// </summary>
public sealed class DirectLineJsEndToEndTests(ITestOutputHelper output)
{
    [Fact]
    public async Task TheDirectLineJsClientConversesReconnectsWithAWatermarkAndIsRefusedAnotherConversation()
    {
        using var app = new DirectLineAppFactory();
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => a.Replace("://[::]", "://127.0.0.1").Replace("://localhost", "://127.0.0.1").Replace("://0.0.0.0", "://127.0.0.1"))
            .First(a => a.StartsWith("http://", StringComparison.Ordinal));

        var scriptFolder = FindScriptFolder();
        if (!Directory.Exists(Path.Combine(scriptFolder, "node_modules")))
        {
            var (installExit, installOut) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], scriptFolder, TimeSpan.FromMinutes(5));
            Assert.True(installExit == 0, $"npm ci failed in {scriptFolder}:\n{installOut}");
        }
        var (exit, printed) = await RunAsync("node", ["e2e.js", address], scriptFolder, TimeSpan.FromMinutes(2));
        output.WriteLine(printed);

        Assert.True(exit == 0, $"node e2e.js exited with {exit}:\n{printed}");
        var line = printed.Split('\n').LastOrDefault(l => l.TrimStart().StartsWith('{'))
            ?? throw new Xunit.Sdk.XunitException($"e2e.js printed no JSON:\n{printed}");
        var report = JsonNode.Parse(line)!;
        Assert.True((bool)report["ok"]!, $"e2e.js failed: {report["error"]}");
        var result = report["result"]!;
        var conversationId = (string)result["conversationId"]!;
        var userId = (string)result["userId"]!;

        Assert.Equal(2, (int)result["statusAfterStart"]!); // ConnectionStatus.Online
        Assert.Equal($"welcome {userId}", (string?)result["welcome"]!["text"]);
        foreach (var (name, text) in new[] { ("first", "bonjour"), ("second", "encore") })
        {
            var exchange = result[name]!;
            var echo = exchange["echo"]!;
            var reply = exchange["reply"]!;
            Assert.Equal((string?)exchange["postedId"], (string?)echo["id"]);
            Assert.StartsWith(conversationId + "|", (string)echo["id"]!);
            Assert.Equal("user", (string?)echo["role"]);
            Assert.Equal(userId, (string?)echo["fromId"]);
            Assert.Equal(text, (string?)echo["text"]);
            Assert.Equal("bot", (string?)reply["role"]);
            Assert.Equal($"echo: {text}", (string?)reply["text"]);
            Assert.True(DateTimeOffset.Parse((string)reply["timestamp"]!) > DateTimeOffset.Parse((string)echo["timestamp"]!));
        }
        Assert.Equal("js-1", (string?)result["first"]!["echo"]!["clientActivityID"]);
        Assert.True(long.Parse((string)result["watermarkAfterSecond"]!) > long.Parse((string)result["watermarkAfterFirst"]!));
        Assert.False((bool)result["clientSawConversationUpdate"]!);

        var resumedIds = result["reconnect"]!["ids"]!.AsArray().Select(n => (string)n!).ToList();
        Assert.Equal([(string)result["second"]!["echo"]!["id"]!, (string)result["second"]!["reply"]!["id"]!], resumedIds);
        Assert.Equal(2, (int)result["reconnect"]!["status"]!);

        Assert.Equal(403, (int)result["otherTokenHttpStatus"]!);
        Assert.Equal("Forbidden", (string?)result["otherTokenErrorCode"]);
        Assert.Equal(4, (int)result["otherTokenClientStatus"]!); // ConnectionStatus.FailedToConnect
    }

    private static string FindScriptFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "dialogs.Tests", "DirectLine", "js");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }
        throw new Xunit.Sdk.XunitException("dialogs.Tests/DirectLine/js/package.json not found above " + AppContext.BaseDirectory);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, string[] arguments, string folder, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new Xunit.Sdk.XunitException(
                $"'{program}' is required by this end-to-end test but could not be started ({ex.Message}). Install Node.js 20+ and npm (.ci/run does).");
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var cts = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new Xunit.Sdk.XunitException($"{program} {string.Join(' ', arguments)} did not finish within {timeout}:\n{await stdout}\n{await stderr}");
            }
            return (process.ExitCode, await stdout + await stderr);
        }
    }
}
