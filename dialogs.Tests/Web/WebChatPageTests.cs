using System.Text.Json;
using System.Text.RegularExpressions;
using Cnam.Bot.Cards;
using Cnam.Bot.Dialogs;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Cnam.Bot.Tests.Web;

/// <summary>
/// The prospects' page in headless Chromium on a phone-sized screen, against the real bot on Kestrel through the
/// built-in Direct Line: no console error (CSP violations included), answers, reload, meeting link, accessibility.
/// A failing test leaves <c>TestResults/web/{test}-failure.png</c>.
/// </summary>
[Collection(WebsiteBrowserCollection.Name)]
public sealed class WebChatPageTests(WebsiteBrowser browser, ITestOutputHelper output)
{
    private const string FeeQuestion = "Combien coûte la licence pro en cours du soir si je paie moi-même ?";
    private static readonly Regex FeeAnswer = new(@"820\s?€", RegexOptions.None, TimeSpan.FromSeconds(1));

    [Fact]
    public async Task PageLoadsOnAPhoneWithTheWelcomeCardAndNoConsoleError()
    {
        await using var chat = await ChatPage.OpenAsync(browser);
        await chat.RunAsync(nameof(PageLoadsOnAPhoneWithTheWelcomeCardAndNoConsoleError), async () =>
        {
            await chat.WaitForWelcomeAsync();
            foreach (var entry in BotTexts.MenuEntries)
            {
                await chat.WelcomeCard.GetByRole(AriaRole.Button, new() { Name = entry, Exact = true }).WaitForAsync();
            }
            Assert.Equal("fr", await chat.Page.GetAttributeAsync("html", "lang"));
            Assert.Equal(1, await chat.Page.Locator("h1").CountAsync());
            output.WriteLine("screenshot: " + await chat.ScreenshotAsync("phone-welcome.png"));
            Assert.Empty(chat.Problems);
        });
    }

    [Fact]
    public async Task TypedFeeQuestionGetsTheEveningPriceForSelfFundedLearners()
    {
        await using var chat = await ChatPage.OpenAsync(browser);
        await chat.RunAsync(nameof(TypedFeeQuestionGetsTheEveningPriceForSelfFundedLearners), async () =>
        {
            await chat.WaitForWelcomeAsync();
            await chat.AskAsync(FeeQuestion);
            await chat.WaitForUserTextAsync(FeeQuestion);
            var answer = await chat.WaitForBotTextAsync(FeeAnswer);
            output.WriteLine(answer);
            Assert.Contains("LP110", answer);
            output.WriteLine("screenshot: " + await chat.ScreenshotAsync("phone-answer.png"));
            Assert.Empty(chat.Problems);
        });
    }

    [Fact]
    public async Task TypingIndicatorShowsWhileTheAnswerIsOnItsWay()
    {
        await using var chat = await ChatPage.OpenAsync(browser);
        await chat.RunAsync(nameof(TypingIndicatorShowsWhileTheAnswerIsOnItsWay), async () =>
        {
            await chat.WaitForWelcomeAsync();
            // Record the indicator's appearance from inside the page: it may be gone by the time the test looks.
            await chat.Page.EvaluateAsync("""
                () => {
                  window.__typingSeen = false;
                  new MutationObserver(() => {
                    if (document.querySelector('.webchat__typing-indicator')) { window.__typingSeen = true; }
                  }).observe(document.body, { childList: true, subtree: true });
                }
                """);
            await chat.AskAsync(FeeQuestion);
            await chat.WaitForBotTextAsync(FeeAnswer);
            Assert.True(await chat.Page.EvaluateAsync<bool>("() => window.__typingSeen"), "no typing indicator was shown");
            Assert.Empty(chat.Problems);
        });
    }

    [Fact]
    public async Task ReloadKeepsTheConversationAndShowsItsHistoryAgain()
    {
        await using var chat = await ChatPage.OpenAsync(browser);
        await chat.RunAsync(nameof(ReloadKeepsTheConversationAndShowsItsHistoryAgain), async () =>
        {
            await chat.WaitForWelcomeAsync();
            await chat.AskAsync(FeeQuestion);
            await chat.WaitForBotTextAsync(FeeAnswer);
            var before = await StoredConversationAsync(chat);

            await chat.Page.ReloadAsync();
            await chat.WaitForWelcomeAsync();
            await chat.WaitForUserTextAsync(FeeQuestion);
            await chat.WaitForBotTextAsync(FeeAnswer);
            var after = await StoredConversationAsync(chat);
            Assert.Equal(before.GetProperty("conversationId").GetString(), after.GetProperty("conversationId").GetString());
            Assert.False(string.IsNullOrEmpty(after.GetProperty("watermark").GetString()));
            Assert.Equal(1, await chat.WelcomeCard.CountAsync());

            // The refreshed token still talks to the same conversation.
            await chat.AskAsync("Et en journée ?");
            await chat.WaitForUserTextAsync("Et en journée ?");
            await chat.Activities.Nth(4).WaitForAsync();
            Assert.Empty(chat.Problems);
        });
    }

    [Fact]
    public async Task WelcomeCardButtonSendsItsEntryAsTheUsersText()
    {
        await using var chat = await ChatPage.OpenAsync(browser);
        await chat.RunAsync(nameof(WelcomeCardButtonSendsItsEntryAsTheUsersText), async () =>
        {
            await chat.WaitForWelcomeAsync();
            await chat.WelcomeCard.GetByRole(AriaRole.Button, new() { Name = BotTexts.AskQuestion, Exact = true }).ClickAsync();
            await chat.WaitForUserTextAsync(BotTexts.AskQuestion);
            await chat.WaitForBotTextAsync(new Regex(Regex.Escape(BotTexts.AskQuestionPrompt), RegexOptions.None, TimeSpan.FromSeconds(1)));
            Assert.Empty(chat.Problems);
        });
    }

    [Fact]
    public async Task KeyboardUsersReachTheChatFromTheSkipLinkAndSendWithEnter()
    {
        await using var chat = await ChatPage.OpenAsync(browser);
        await chat.RunAsync(nameof(KeyboardUsersReachTheChatFromTheSkipLinkAndSendWithEnter), async () =>
        {
            await chat.WaitForWelcomeAsync();
            await chat.Page.Keyboard.PressAsync("Tab");
            Assert.Equal("Aller directement à la conversation", await chat.Page.EvaluateAsync<string>("() => document.activeElement.textContent"));
            await chat.Page.Keyboard.PressAsync("Enter");
            Assert.Equal("chat", await chat.Page.EvaluateAsync<string>("() => document.activeElement.id"));

            // Tab moves on into Web Chat; the send box takes typing and Enter sends.
            await chat.SendBox.First.FocusAsync();
            await chat.Page.Keyboard.TypeAsync("aide");
            await chat.Page.Keyboard.PressAsync("Enter");
            await chat.WaitForUserTextAsync("aide");
            Assert.Empty(chat.Problems);
        });
    }

    [Fact]
    public async Task MeetingFollowUpLinkGreetsForTheMeetingOnceAcrossReloads()
    {
        await using var chat = await ChatPage.OpenAsync(browser, "/?reunion=reunion-2026-03-12");
        await chat.RunAsync(nameof(MeetingFollowUpLinkGreetsForTheMeetingOnceAcrossReloads), async () =>
        {
            // Web Chat shows apostrophes as typographic ones: match a part of the greeting without any.
            var greeting = new Regex("merci de votre intérêt", RegexOptions.None, TimeSpan.FromSeconds(1));
            Assert.Contains("merci de votre intérêt", WelcomeCard.MeetingFollowUp);
            await chat.WaitForWelcomeAsync();
            await chat.WaitForBotTextAsync(greeting);
            Assert.Equal("reunion-2026-03-12", (await StoredConversationAsync(chat)).GetProperty("meetingId").GetString());

            await chat.Page.ReloadAsync();
            await chat.WaitForBotTextAsync(greeting);
            Assert.Equal(1, await chat.Page.Locator(".webchat__bubble").Filter(new() { HasTextRegex = greeting }).CountAsync());
            Assert.Empty(chat.Problems);
        });
    }

    [Fact]
    public async Task PageHasNoSeriousAccessibilityViolation()
    {
        await using var chat = await ChatPage.OpenAsync(browser);
        await chat.RunAsync(nameof(PageHasNoSeriousAccessibilityViolation), async () =>
        {
            await chat.WaitForWelcomeAsync();
            await chat.AskAsync(FeeQuestion);
            await chat.WaitForBotTextAsync(FeeAnswer);
            // Evaluated through the DevTools protocol, which the page's CSP (no inline script) does not restrict.
            await chat.Page.EvaluateAsync(await File.ReadAllTextAsync(WebsiteBrowser.NodeModuleFile("axe-core/axe.min.js")));
            var result = await chat.Page.EvaluateAsync<JsonElement>("""
                async () => {
                  const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
                  return {
                    passes: r.passes.length,
                    violations: r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' :: ' + n.failureSummary) }))
                  };
                }
                """);
            var violations = result.GetProperty("violations").EnumerateArray().ToList();
            foreach (var violation in violations)
            {
                output.WriteLine(violation.ToString());
            }
            Assert.True(result.GetProperty("passes").GetInt32() > 10, "axe ran almost no rule");
            var serious = violations.Where(v => v.GetProperty("impact").GetString() is "serious" or "critical").Select(v => v.ToString()).ToList();
            Assert.Empty(serious);
            Assert.Empty(chat.Problems);
        });
    }

    [Fact]
    public async Task EligibilityQuestionnaireIsClickedThroughTheCardButtons()
    {
        await using var chat = await ChatPage.OpenAsync(browser);
        await chat.RunAsync(nameof(EligibilityQuestionnaireIsClickedThroughTheCardButtons), async () =>
        {
            await chat.WaitForWelcomeAsync();
            await chat.WelcomeCard.GetByRole(AriaRole.Button, new() { Name = BotTexts.Eligibility, Exact = true }).ClickAsync();

            // Each answer is a button of the newest question card; the next card must show its own question
            // (matched without apostrophes, which Web Chat shows as typographic ones).
            (string Question, string Button)[] steps =
            [
                ("Quelle formation vous intéresse", "Licence pro — insertion professionnelle et sociale"),
                ("Quel est votre diplôme le plus élevé", "Bac+2 ou plus"),
                ("expérience professionnelle avez-vous", "2 ans ou plus"),
                ("Dans quel domaine", "Insertion"),
                ("cours du jour ou les cours du soir", "Cours du soir"),
                ("sur 1 ou 2 ans", "1 an"),
                ("Qui financera la formation", "Moi-même (financement individuel)"),
            ];
            foreach (var (question, button) in steps)
            {
                var card = chat.Cards.Filter(new() { HasText = question }).Last;
                await card.WaitForAsync();
                await card.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
            }

            var result = chat.Cards.Filter(new() { HasText = "Vous remplissez les conditions" }).Last;
            await result.WaitForAsync();
            var text = await result.InnerTextAsync();
            output.WriteLine(text);
            Assert.Matches(FeeAnswer, text);
            Assert.Contains("Tarifs 2022-2023", text);
            foreach (var next in new[] { "Recommencer", "Voir le planning", "Réunion d'information", "Contacter" })
            {
                await result.GetByRole(AriaRole.Button, new() { Name = next, Exact = true }).WaitForAsync();
            }
            output.WriteLine("screenshot: " + await chat.ScreenshotAsync("phone-eligibility-result.png"));
            Assert.Empty(chat.Problems);
        });
    }

    [Fact]
    public async Task ErasingOnesDataFromThePageShowsTheConfirmationAndAReloadShowsNothingElse()
    {
        await using var chat = await ChatPage.OpenAsync(browser);
        await chat.RunAsync(nameof(ErasingOnesDataFromThePageShowsTheConfirmationAndAReloadShowsNothingElse), async () =>
        {
            await chat.WaitForWelcomeAsync();
            await chat.AskAsync(FeeQuestion);
            await chat.WaitForBotTextAsync(FeeAnswer);
            await chat.AskAsync("supprimer mes données");
            await chat.WaitForBotTextAsync(new Regex("définitivement toutes ces données", RegexOptions.None, TimeSpan.FromSeconds(1)));
            await chat.Page.GetByRole(AriaRole.Toolbar, new() { Name = "Actions suggérées" })
                .GetByRole(AriaRole.Button, new() { Name = "Oui", Exact = true }).ClickAsync();
            var confirmation = new Regex("sont effacés", RegexOptions.None, TimeSpan.FromSeconds(1));
            await chat.WaitForBotTextAsync(confirmation);

            await chat.Page.ReloadAsync();
            await chat.WaitForBotTextAsync(confirmation);
            Assert.Equal(0, await chat.Page.Locator(".webchat__bubble").Filter(new() { HasText = FeeQuestion }).CountAsync());
            Assert.Equal(0, await chat.WelcomeCard.CountAsync());
            Assert.Empty(chat.Problems);
        });
    }

    private static async Task<JsonElement> StoredConversationAsync(ChatPage chat)
    {
        var json = await chat.Page.EvaluateAsync<string?>("() => sessionStorage.getItem('cnam-bot/conversation')");
        Assert.NotNull(json);
        return JsonDocument.Parse(json).RootElement.Clone();
    }
}
