using Cnam.Bot.Auth;

namespace Cnam.Bot.Tests.Protocol;

/// <summary>MicrosoftApp* combinations (bot-protocol.md §3 "Config").</summary>
public sealed class BotAuthenticationOptionsTests
{
    [Theory]
    [InlineData(null, "", "", "")]
    [InlineData("MultiTenant", "app", "secret", "")]
    [InlineData("multitenant", "app", "secret", "ignored-tenant")]
    [InlineData("SingleTenant", "app", "secret", "tenant")]
    [InlineData("SINGLETENANT", "app", "secret", "tenant")]
    [InlineData("UserAssignedMSI", "client-id", "", "tenant")]
    public void ValidCombinationsPass(string? type, string id, string password, string tenant)
    {
        var options = new BotAuthenticationOptions { AppTypeName = type, AppId = id, AppPassword = password, TenantId = tenant };

        Assert.Empty(options.Validate());
    }

    [Theory]
    [InlineData("Federated", "app", "secret", "", "MicrosoftAppType")]
    [InlineData("MultiTenant", "app", "", "", "MicrosoftAppPassword is required")]
    [InlineData("MultiTenant", "", "secret", "", "MicrosoftAppId is empty")]
    [InlineData("SingleTenant", "app", "secret", "", "MicrosoftAppTenantId")]
    [InlineData("SingleTenant", "app", "", "tenant", "MicrosoftAppPassword")]
    [InlineData("UserAssignedMSI", "client-id", "", "", "MicrosoftAppTenantId")]
    [InlineData("UserAssignedMSI", "client-id", "secret", "tenant", "must not have a MicrosoftAppPassword")]
    public void InvalidCombinationsAreExplained(string type, string id, string password, string tenant, string expected)
    {
        var options = new BotAuthenticationOptions { AppTypeName = type, AppId = id, AppPassword = password, TenantId = tenant };

        Assert.Contains(options.Validate(), e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("MultiTenant", "", "https://login.microsoftonline.com/botframework.com")]
    [InlineData("MultiTenant", "some-tenant", "https://login.microsoftonline.com/botframework.com")]
    [InlineData("SingleTenant", "7d1c5a3e", "https://login.microsoftonline.com/7d1c5a3e")]
    public void AuthorityFollowsTheAppType(string type, string tenant, string authority)
    {
        var options = new BotAuthenticationOptions { AppTypeName = type, AppId = "app", AppPassword = "secret", TenantId = tenant };

        Assert.Equal(authority, options.Authority);
    }

    [Fact]
    public void MetadataUrlMustBeHttps()
    {
        var options = new BotAuthenticationOptions { OpenIdMetadataUrl = "http://login.botframework.com/v1/.well-known/openidconfiguration" };

        Assert.Contains(options.Validate(), e => e.Contains("OpenIdMetadataUrl", StringComparison.Ordinal));
    }
}
