using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cnam.Bot.Tests.Common;

namespace Cnam.Bot.Tests.Deployment;

/// <summary>The Teams app package: built by its script, valid against the official manifest schema, with the two icons.</summary>
public sealed class TeamsAppPackageTests
{
    private const string AppId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    private static async Task<(string Folder, TempDirectory Temp)> BuildPackageAsync()
    {
        var temp = new TempDirectory();
        var zip = Path.Combine(temp.Path, "package.zip");
        var (exit, output) = await DeploymentPaths.RunAsync("bash",
            [Path.Combine(DeploymentPaths.TeamsApp, "build-package.sh"), "--app-id", AppId, "--bot-domain", "cnam-bot.azurewebsites.net",
                "--privacy-url", "https://example.org/privacy", "--terms-url", "https://example.org/terms", "--out", zip],
            temp.Path, TimeSpan.FromMinutes(1));
        Assert.True(exit == 0, $"build-package.sh failed:\n{output}");
        var folder = Path.Combine(temp.Path, "package");
        ZipFile.ExtractToDirectory(zip, folder);
        return (folder, temp);
    }

    [Fact]
    public async Task ThePackageHoldsTheManifestAndBothIconsAtItsRoot()
    {
        var (folder, temp) = await BuildPackageAsync();
        using (temp)
        {
            Assert.Equal(["color.png", "manifest.json", "outline.png"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!;
            Assert.Equal(AppId, (string?)manifest["bots"]![0]!["botId"]);
            Assert.Equal("cnam-bot.azurewebsites.net", (string?)manifest["validDomains"]![0]);
            Assert.DoesNotContain("${{", manifest.ToJsonString());
            Assert.Equal(["personal", "team", "groupChat"], manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => (string?)s));
        }
    }

    [Fact]
    public async Task TheManifestIsValidAgainstTheOfficialSchema()
    {
        var (folder, temp) = await BuildPackageAsync();
        using (temp)
        {
            var manifestVersion = (string?)JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!["manifestVersion"];
            var schemaVersion = (string?)JsonNode.Parse(File.ReadAllText(DeploymentPaths.Schema))!["properties"]!["manifestVersion"]!["const"];
            Assert.Equal(schemaVersion, manifestVersion);
            var (exit, output) = await ValidateAsync(Path.Combine(folder, "manifest.json"));
            Assert.True(exit == 0, $"The manifest does not validate:\n{output}");
        }
    }

    [Fact]
    public async Task TheValidatorRejectsAManifestThatBreaksTheSchema()
    {
        var (folder, temp) = await BuildPackageAsync();
        using (temp)
        {
            var path = Path.Combine(folder, "manifest.json");
            var manifest = JsonNode.Parse(File.ReadAllText(path))!;
            manifest["description"]!["short"] = new string('x', 81);
            manifest["bots"]![0]!["botId"] = "not-a-guid";
            File.WriteAllText(path, manifest.ToJsonString());
            var (exit, output) = await ValidateAsync(path);
            Assert.Equal(1, exit);
            Assert.Contains("/description/short", output);
            Assert.Contains("/bots/0/botId", output);
        }
    }

    [Theory]
    [InlineData("color.png", 192, false)]
    [InlineData("outline.png", 32, true)]
    public void IconsHaveTheSizesTeamsRequires(string file, int size, bool transparentWhiteOutline)
    {
        var png = Png.Read(Path.Combine(DeploymentPaths.TeamsApp, file));
        Assert.Equal((size, size), (png.Width, png.Height));
        if (transparentWhiteOutline)
        {
            Assert.All(png.Pixels, p => Assert.True(p.A == 0 || (p.R, p.G, p.B) == (255, 255, 255), $"pixel {p} is neither transparent nor white"));
            Assert.Contains(png.Pixels, p => p.A == 0);
            Assert.Contains(png.Pixels, p => p.A == 255);
        }
        else
        {
            Assert.All(png.Pixels, p => Assert.Equal(255, p.A));
        }
    }

    [Fact]
    public async Task TheScriptRefusesAnAppIdThatIsNotAGuid()
    {
        var result = await DeploymentPaths.RunAsync("bash", [Path.Combine(DeploymentPaths.TeamsApp, "build-package.sh"), "--app-id", "cnam-bot",
            "--bot-domain", "x.azurewebsites.net", "--privacy-url", "https://e/p", "--terms-url", "https://e/t", "--out", Path.Combine(Path.GetTempPath(), "never.zip")],
            Path.GetTempPath(), TimeSpan.FromMinutes(1));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("GUID", result.Output);
    }

    private static async Task<(int, string)> ValidateAsync(string manifest)
    {
        var folder = DeploymentPaths.ValidatorFolder;
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            var (installExit, installOut) = await DeploymentPaths.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], folder, TimeSpan.FromMinutes(5));
            Assert.True(installExit == 0, $"npm ci failed in {folder}:\n{installOut}");
        }
        return await DeploymentPaths.RunAsync("node", ["validate-manifest.js", DeploymentPaths.Schema, manifest], folder, TimeSpan.FromMinutes(1));
    }
}
