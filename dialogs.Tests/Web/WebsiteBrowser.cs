using Cnam.Bot.Tests.Common;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cnam.Bot.Tests.Web;

/// <summary>
/// The whole app on a real Kestrel port (its own data directory) and one headless Debian Chromium driven by
/// Microsoft.Playwright, whose node driver ships inside the NuGet package: nothing is downloaded. The browser is
/// the system one (<c>/usr/bin/chromium</c>, or <c>CHROMIUM_PATH</c>); without it the tests fail, never skip.
/// </summary>
public sealed class WebsiteBrowser : IAsyncLifetime
{
    public const string DefaultChromium = "/usr/bin/chromium";

    private readonly BotApplicationFactory _app = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseAddress { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _app.UseKestrel(0);
        _app.StartServer();
        BaseAddress = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => a.Replace("://[::]", "://127.0.0.1").Replace("://localhost", "://127.0.0.1").Replace("://0.0.0.0", "://127.0.0.1"))
            .First(a => a.StartsWith("http://", StringComparison.Ordinal));

        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : DefaultChromium;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's chromium at {chromium} (apt-get install chromium; .ci/run installs it).");
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // Root in a container: Chromium's sandbox needs user namespaces it may not have.
            ChromiumSandbox = false,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        await _app.DisposeAsync();
    }

    /// <summary>A phone-sized context (390 x 844, touch), French, as most prospects see the page.</summary>
    public Task<IBrowserContext> NewPhoneContextAsync() => Browser.NewContextAsync(new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
        Locale = "fr-FR",
        BaseURL = BaseAddress,
    });

    /// <summary>Where screenshots go: <c>TestResults/web/</c> at the repository root (git-ignored).</summary>
    public static string ScreenshotFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Cnam.Bot.sln")))
                {
                    return Directory.CreateDirectory(Path.Combine(dir.FullName, "TestResults", "web")).FullName;
                }
            }
            return Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults", "web")).FullName;
        }
    }

    /// <summary>A file under <c>bot/web/node_modules</c> (installed by the bot's build).</summary>
    public static string NodeModuleFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bot", "web", "node_modules", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new Xunit.Sdk.XunitException($"bot/web/node_modules/{relative} not found: build the bot project (it runs npm ci).");
    }
}

[CollectionDefinition(Name)]
public sealed class WebsiteBrowserCollection : ICollectionFixture<WebsiteBrowser>
{
    public const string Name = "Website browser";
}
