using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Cnam.Bot.Tests.Web;

/// <summary>
/// One page of the site in its own browser context, recording console errors, page errors and failed requests,
/// with the Web Chat selectors the tests use. <see cref="RunAsync"/> saves a screenshot when the test fails.
/// </summary>
public sealed class ChatPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly List<string> _problems = [];

    public IPage Page => page;

    /// <summary>Console errors, uncaught exceptions and failed requests seen so far (CSP violations are console errors).</summary>
    public IReadOnlyList<string> Problems => _problems;

    public static async Task<ChatPage> OpenAsync(WebsiteBrowser browser, string path = "/")
    {
        var context = await browser.NewPhoneContextAsync();
        context.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        var page = await context.NewPageAsync();
        var chat = new ChatPage(context, page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                chat._problems.Add($"console error: {message.Text}");
            }
        };
        page.PageError += (_, error) => chat._problems.Add($"page error: {error}");
        page.RequestFailed += (_, request) => chat._problems.Add($"request failed: {request.Method} {request.Url} {request.Failure}");
        await page.GotoAsync(path);
        return chat;
    }

    /// <summary>Runs the test's steps; on failure saves <c>TestResults/web/{name}-failure.png</c> and rethrows.</summary>
    public async Task RunAsync(string name, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch
        {
            await ScreenshotAsync($"{name}-failure.png");
            throw;
        }
    }

    public async Task<string> ScreenshotAsync(string fileName)
    {
        var path = Path.Combine(WebsiteBrowser.ScreenshotFolder, fileName);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    /// <summary>The transcript's activities, bot and user (Web Chat's list items).</summary>
    public ILocator Activities => page.Locator(".webchat__basic-transcript__activity");

    public ILocator SendBox => page.GetByRole(AriaRole.Textbox, new() { Name = "Zone de saisie du message" })
        .Or(page.Locator(".webchat__send-box-text-box__input"));

    /// <summary>Every Adaptive Card rendered in the transcript, oldest first.</summary>
    public ILocator Cards => page.Locator(".ac-adaptiveCard");

    public ILocator WelcomeCard => page.Locator(".ac-adaptiveCard").Filter(new() { HasText = global::Cnam.Bot.Cards.WelcomeCard.Title });

    public async Task WaitForWelcomeAsync() => await WelcomeCard.First.WaitForAsync();

    public async Task AskAsync(string text)
    {
        var box = SendBox.First;
        await box.FillAsync(text);
        await box.PressAsync("Enter");
    }

    /// <summary>Waits until a bot activity's text matches <paramref name="pattern"/>; returns that text.</summary>
    public async Task<string> WaitForBotTextAsync(Regex pattern)
    {
        var bubble = page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)").Filter(new() { HasTextRegex = pattern }).Last;
        await bubble.WaitForAsync();
        return await bubble.InnerTextAsync();
    }

    public async Task WaitForUserTextAsync(string text) =>
        await page.Locator(".webchat__bubble--from-user").Filter(new() { HasText = text }).First.WaitForAsync();

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
