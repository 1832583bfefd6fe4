using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Cnam.Bot.Tests.Deployment;

/// <summary>The Azure template: the ARM JSON is valid, matches the README and the Bicep, and declares the expected resources.</summary>
public sealed partial class AzureTemplateTests
{
    private static JsonObject Arm => JsonNode.Parse(File.ReadAllText(Path.Combine(DeploymentPaths.Azure, "main.json")))!.AsObject();

    private static string Bicep => File.ReadAllText(Path.Combine(DeploymentPaths.Azure, "main.bicep"));

    private static IEnumerable<JsonObject> Resources => Arm["resources"]!.AsArray().Select(r => r!.AsObject());

    [GeneratedRegex(@"^\| `(?<name>[A-Za-z]+)` \|", RegexOptions.Multiline | RegexOptions.NonBacktracking)]
    private static partial Regex ReadmeParameter();

    [GeneratedRegex(@"^param (?<name>[A-Za-z]+) ", RegexOptions.Multiline | RegexOptions.NonBacktracking)]
    private static partial Regex BicepParameter();

    [Fact]
    public void TheArmTemplateDeclaresExactlyTheParametersTheReadmeLists()
    {
        var readme = File.ReadAllText(Path.Combine(DeploymentPaths.Templates, "README.md"));
        var listed = ReadmeParameter().Matches(readme).Select(m => m.Groups["name"].Value).ToList();
        Assert.NotEmpty(listed);
        Assert.Equal(listed.Order(StringComparer.Ordinal), Arm["parameters"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheArmTemplateAndTheBicepHaveTheSameParametersAndOutputs()
    {
        Assert.Equal(BicepParameter().Matches(Bicep).Select(m => m.Groups["name"].Value).Order(StringComparer.Ordinal),
            Arm["parameters"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        foreach (var output in Arm["outputs"]!.AsObject().Select(o => o.Key))
        {
            Assert.Contains($"output {output} string", Bicep);
        }
    }

    [Fact]
    public void TheArmTemplateHasTheHostingBotAndChannelResources()
    {
        Assert.StartsWith("https://schema.management.azure.com/schemas/", (string?)Arm["$schema"]);
        var types = Resources.Select(r => (string?)r["type"]).ToList();
        Assert.Contains("Microsoft.Web/serverfarms", types);
        Assert.Contains("Microsoft.Web/sites", types);
        Assert.Contains("Microsoft.BotService/botServices", types);
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", types);
        var channels = Resources.Where(r => (string?)r["type"] == "Microsoft.BotService/botServices/channels")
            .Select(r => (string?)r["properties"]!["channelName"]).Order(StringComparer.Ordinal);
        Assert.Equal(["DirectLineChannel", "MsTeamsChannel"], channels);
        foreach (var type in types.Distinct())
        {
            Assert.Contains($"'{type}@", Bicep);
        }
    }

    [Fact]
    public void TheBotIsSingleTenantOrUserAssignedIdentityNeverMultiTenant()
    {
        var appType = Arm["parameters"]!["appType"]!;
        Assert.Equal(["UserAssignedMSI", "SingleTenant"], appType["allowedValues"]!.AsArray().Select(v => (string?)v));
        Assert.Equal("UserAssignedMSI", (string?)appType["defaultValue"]);
        var bot = Resources.Single(r => (string?)r["type"] == "Microsoft.BotService/botServices");
        Assert.Equal("[parameters('appType')]", (string?)bot["properties"]!["msaAppType"]);
        Assert.Contains("userAssignedIdentities", (string?)bot["properties"]!["msaAppMSIResourceId"]);
        Assert.EndsWith("/api/messages', variables('hostName'))]", (string?)bot["properties"]!["endpoint"]);
        var identity = Resources.Single(r => (string?)r["type"] == "Microsoft.ManagedIdentity/userAssignedIdentities");
        Assert.Equal("[variables('useMsi')]", (string?)identity["condition"]);
        Assert.Equal("securestring", (string?)Arm["parameters"]!["appPassword"]!["type"]);
    }

    [Fact]
    public void TheWebAppGetsTheSettingsTheBotReads()
    {
        var site = Resources.Single(r => (string?)r["type"] == "Microsoft.Web/sites");
        var settings = site["properties"]!["siteConfig"]!["appSettings"]!.AsArray().Select(s => (string?)s!["name"]).ToList();
        Assert.Equal(
            ["MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "Storage__Provider", "Storage__DataDirectory", "Calendar__PublicBaseUrl", "DirectLine__ServiceUrl",
                "Storage__Postgres__ConnectionString", "Knowledge__DatabasePath"],
            settings);
        foreach (var setting in settings)
        {
            Assert.Contains($"name: '{setting}'", Bicep);
        }
        // The configuration keys exist in the bot: section names of its options, or the keys it reads directly.
        Assert.Equal(Cnam.Bot.Calendar.CalendarOptions.SectionName + "__PublicBaseUrl", settings[6]);
        Assert.Equal(Cnam.Bot.DirectLine.DirectLineOptions.SectionName + "__ServiceUrl", settings[7]);
        Assert.Equal("/home/data", (string?)site["properties"]!["siteConfig"]!["appSettings"]![5]!["value"]);
    }

    [Fact]
    public void ScaleOutNeedsPostgresAndKeepsTheKnowledgeCachePerInstance()
    {
        var variables = Arm["variables"]!;
        Assert.Equal("[not(empty(parameters('postgresConnectionString')))]", (string?)variables["usePostgres"]);
        Assert.Equal("securestring", (string?)Arm["parameters"]!["postgresConnectionString"]!["type"]);
        var plan = Resources.Single(r => (string?)r["type"] == "Microsoft.Web/serverfarms");
        // One LiteDB file cannot be shared: more than one instance only with PostgreSQL.
        Assert.Equal("[if(variables('usePostgres'), parameters('instanceCount'), 1)]", (string?)plan["sku"]!["capacity"]);
        var site = Resources.Single(r => (string?)r["type"] == "Microsoft.Web/sites");
        var settings = site["properties"]!["siteConfig"]!["appSettings"]!.AsArray().ToDictionary(s => (string)s!["name"]!, s => (string?)s!["value"]);
        Assert.Equal($"[if(variables('usePostgres'), '{Cnam.Bot.State.StorageOptions.PostgresProvider}', '{Cnam.Bot.State.StorageOptions.LiteDbProvider}')]",
            settings["Storage__Provider"]);
        Assert.StartsWith("[if(variables('usePostgres'), '/tmp/", settings["Knowledge__DatabasePath"]);
        Assert.Contains("capacity: usePostgres ? instanceCount : 1", Bicep);
    }
}
