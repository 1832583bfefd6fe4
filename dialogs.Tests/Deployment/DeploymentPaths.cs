using System.Diagnostics;

namespace Cnam.Bot.Tests.Deployment;

/// <summary>The source tree's deploymentTemplates folder (found from the test binaries) and a process runner.</summary>
internal static class DeploymentPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Cnam.Bot.sln")))
                {
                    return dir.FullName;
                }
            }
            throw new Xunit.Sdk.XunitException("Cnam.Bot.sln not found above the test binaries.");
        }
    }

    public static string Templates => Path.Combine(Root, "deploymentTemplates");
    public static string TeamsApp => Path.Combine(Templates, "teams-app");
    public static string Azure => Path.Combine(Templates, "azure");
    public static string ValidatorFolder => Path.Combine(Root, "dialogs.Tests", "Deployment", "js");
    public static string Schema => Path.Combine(AppContext.BaseDirectory, "Deployment", "Resources", "MicrosoftTeams.v1.25.schema.json");

    /// <summary>Runs a program; fails (never skips) when it cannot be started.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string program, IEnumerable<string> arguments, string folder, TimeSpan timeout)
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
            throw new Xunit.Sdk.XunitException($"'{program}' is required by this test but could not be started ({ex.Message}). Install Node.js 20+, npm, bash and Python 3.");
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
                throw new Xunit.Sdk.XunitException($"{program} did not finish within {timeout}:\n{await stdout}\n{await stderr}");
            }
            return (process.ExitCode, await stdout + await stderr);
        }
    }
}
