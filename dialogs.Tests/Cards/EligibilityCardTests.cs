using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cnam.Bot.Cards;
using Cnam.Bot.Tests.Dialogs.Eligibility;

namespace Cnam.Bot.Tests.Cards;

/// <summary>
/// Every card against its golden JSON (Cards/Resources; set UPDATE_GOLDEN=1 to rewrite them after a deliberate
/// change), under the 40 KB Teams limit, and valid for the official Adaptive Cards 1.5 object model (adaptivecards
/// 3.0.6 run by node: parse errors, validateProperties, properties it does not know). Needs node and npm.
/// </summary>
public sealed class EligibilityCardTests(EligibilityFixture fixture) : IClassFixture<EligibilityFixture>
{
    private const int MaxCardBytes = 40 * 1024;

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    private static readonly string[] CardNames =
    [
        "eligibility-question-programme", "eligibility-question-diploma", "eligibility-question-experience", "eligibility-question-funding",
        "eligibility-result-lp110-direct", "eligibility-result-lp110-vapp-stage", "eligibility-result-lp110-not-eligible",
        "eligibility-result-cpn42-reunion-vae", "eligibility-result-fees-cpn42-paris", "meeting-confirmation",
    ];

    public static TheoryData<string> Names() => new(CardNames);

    [Theory]
    [MemberData(nameof(Names))]
    public void CardMatchesItsGoldenJson(string name)
    {
        var json = Serialize(CardSamples.All(fixture).Single(c => c.Name == name).Card);
        var golden = Path.Combine(SourceFolder(), "Resources", name + ".json");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, json);
        }
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cards", "Resources", name + ".json"));
        Assert.Equal(expected.ReplaceLineEndings(), json.ReplaceLineEndings());
        Assert.Equal(AdaptiveCards.Version, (string?)JsonNode.Parse(expected)!["version"]);
    }

    [Fact]
    public void EveryCardSampleHasAGoldenFile() =>
        Assert.Equal(CardNames.Order(), CardSamples.All(fixture).Select(c => c.Name).Order());

    [Theory]
    [MemberData(nameof(Names))]
    public void CardStaysUnderTheTeamsSizeLimit(string name)
    {
        var bytes = Encoding.UTF8.GetByteCount(CardSamples.All(fixture).Single(c => c.Name == name).Card.ToJsonString());
        Assert.True(bytes < MaxCardBytes, $"{name}: {bytes} bytes");
    }

    [Fact]
    public async Task EveryCardIsValidForTheOfficialAdaptiveCardsRenderer()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cnam-cards-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var files = new List<string>();
            foreach (var (name, card) in CardSamples.All(fixture))
            {
                var path = Path.Combine(folder, name + ".json");
                await File.WriteAllTextAsync(path, Serialize(card));
                files.Add(path);
            }
            var (exit, output) = await CardValidator.RunAsync(files);
            Assert.True(exit == 0, output);
            Assert.Equal(files.Count, output.Split('\n').Count(l => l.StartsWith("OK ", StringComparison.Ordinal)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task TheValidatorRejectsACardTheRendererDoesNotKnow()
    {
        var path = Path.Combine(Path.GetTempPath(), "cnam-bad-card-" + Guid.NewGuid().ToString("N") + ".json");
        var card = AdaptiveCards.Card([AdaptiveCards.Text("x")], Enumerable.Range(1, 6).Select(i => (JsonNode?)AdaptiveCards.Submit($"b{i}", new JsonObject())));
        card["body"]![0]!["italic"] = true;
        await File.WriteAllTextAsync(path, Serialize(card));
        try
        {
            var (exit, output) = await CardValidator.RunAsync([path]);
            Assert.NotEqual(0, exit);
            Assert.Contains("TooManyActions", output, StringComparison.Ordinal);
            Assert.Contains("$.body[0].italic", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Serialize(JsonObject card) => card.ToJsonString(Indented) + "\n";

    private static string SourceFolder() => Path.GetDirectoryName(CardValidator.ScriptFolder())!;
}

/// <summary>Runs dialogs.Tests/Cards/js/validate.js (installing its pinned packages with npm ci when needed).</summary>
internal static class CardValidator
{
    public static async Task<(int ExitCode, string Output)> RunAsync(IEnumerable<string> files)
    {
        var folder = ScriptFolder();
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            var (installExit, installOut) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], folder, TimeSpan.FromMinutes(5));
            Assert.True(installExit == 0, $"npm ci failed in {folder}:\n{installOut}");
        }
        return await RunAsync("node", ["validate.js", .. files], folder, TimeSpan.FromMinutes(2));
    }

    public static string ScriptFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "dialogs.Tests", "Cards", "js");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }
        throw new Xunit.Sdk.XunitException("dialogs.Tests/Cards/js/package.json not found above " + AppContext.BaseDirectory);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, string[] arguments, string folder, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
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
            throw new Xunit.Sdk.XunitException($"'{program}' is required to validate the Adaptive Cards but could not be started ({ex.Message}). Install Node.js 20+ and npm.");
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
