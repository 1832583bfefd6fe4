using System.Net;
using Cnam.Bot.Tests.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cnam.Bot.Tests.Hardening;

/// <summary>
/// Issue 10, authentication: the anonymous development mode (no MicrosoftAppId) refuses to start in the Production
/// environment unless <c>BotFrameworkAuthentication:AllowAnonymousInProduction</c> says so; Development still starts.
/// </summary>
public sealed class AnonymousModeTests
{
    [Fact]
    public void AnonymousModeRefusesToStartInProduction()
    {
        using var data = new TempDirectory();
        using var factory = Host(data.Path, "Production", allow: null);
        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());
        Assert.Contains("AllowAnonymousInProduction", error.Message, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppId is empty", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production", "true")]
    [InlineData("Development", null)]
    [InlineData("Staging", null)]
    public async Task AnonymousModeStartsWhenAllowedOrOutsideProduction(string environment, string? allow)
    {
        using var data = new TempDirectory();
        using var factory = Host(data.Path, environment, allow);
        using var response = await factory.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The real process: a fatal log line and a non-zero exit code, never a listening anonymous bot.</summary>
    [Fact]
    public async Task TheRealProcessExitsWithAnErrorAndSaysWhy()
    {
        using var data = new TempDirectory();
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => BotProcess.StartAsync(data.Path,
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" }, TimeSpan.FromSeconds(120)));
        Assert.Contains("exited with code", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("exited with code 0 ", failure.Message, StringComparison.Ordinal);
        Assert.Contains("crit:", failure.Message, StringComparison.Ordinal);
        Assert.Contains("AllowAnonymousInProduction=true", failure.Message, StringComparison.Ordinal);
    }

    private static WebApplicationFactory<Program> Host(string dataDirectory, string environment, string? allow) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("Storage:DataDirectory", dataDirectory);
            builder.UseSetting("MicrosoftAppId", "");
            builder.UseSetting("MicrosoftAppPassword", "");
            if (allow is not null)
            {
                builder.UseSetting("BotFrameworkAuthentication:AllowAnonymousInProduction", allow);
            }
        });
}
