using System.Text.Json;
using System.Text.Json.Nodes;
using Cnam.Bot.Cards;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Tests.Web;

/// <summary>
/// Every card the bot can send goes through the official Adaptive Cards renderer (the adaptivecards version Web
/// Chat 4.18 bundles) in Chromium: no parse event, no validation issue, a rendered element, no console error.
/// The cards: the welcome card (built by the code) and every golden card JSON under <c>Cards/Resources/</c> (the
/// dialogs' cards); a file there may hold a card, an attachment or an activity with card attachments.
/// </summary>
[Collection(WebsiteBrowserCollection.Name)]
public sealed class CardRenderingTests(WebsiteBrowser browser)
{
    public const string WelcomeCardName = "WelcomeCard.Content()";

    public static TheoryData<string> BotCards()
    {
        var data = new TheoryData<string> { WelcomeCardName };
        var folder = Path.Combine(AppContext.BaseDirectory, "Cards", "Resources");
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(AppContext.BaseDirectory, file));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(BotCards))]
    public async Task EveryBotCardRendersWithoutParseErrorOrWarning(string source)
    {
        var cards = source == WelcomeCardName
            ? [JsonNode.Parse(WelcomeCard.Content().GetRawText())!]
            : CardsIn(JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, source)))!);
        Assert.True(cards.Count > 0, $"{source} holds no Adaptive Card");

        await using var harness = await CardHarness.OpenAsync(browser);
        foreach (var card in cards)
        {
            var (issues, text) = await harness.RenderAsync(card);
            Assert.True(issues.Count == 0, $"{source}: {string.Join("; ", issues)}");
            Assert.False(string.IsNullOrWhiteSpace(text), $"{source}: the rendered card shows nothing");
        }
        Assert.Empty(harness.Problems);
    }

    [Theory]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"NoSuchElement","text":"x"}]}""")]
    [InlineData("""{"type":"AdaptiveCard","version":"9.0","body":[{"type":"TextBlock","text":"x"}]}""")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","id":"a"},{"type":"Input.Text","id":"a"}]}""")]
    public async Task TheRenderingCheckCatchesABrokenCard(string json)
    {
        await using var harness = await CardHarness.OpenAsync(browser);
        var (issues, _) = await harness.RenderAsync(JsonNode.Parse(json)!);
        Assert.NotEmpty(issues);
    }

    /// <summary>The Adaptive Cards in a golden file: the card itself, an attachment, or an activity's attachments.</summary>
    internal static List<JsonNode> CardsIn(JsonNode json)
    {
        if (json is JsonArray array)
        {
            return array.Where(n => n is not null).SelectMany(n => CardsIn(n!)).ToList();
        }
        if (json is not JsonObject obj)
        {
            return [];
        }
        if ((string?)obj["type"] == "AdaptiveCard")
        {
            return [obj];
        }
        if ((string?)obj["contentType"] == Attachment.AdaptiveCardContentType && obj["content"] is JsonObject content)
        {
            return [content];
        }
        return obj["attachments"] is JsonArray attachments ? CardsIn(attachments) : [];
    }

    private sealed class CardHarness(ChatPage page) : IAsyncDisposable
    {
        public IReadOnlyList<string> Problems => page.Problems;

        public static async Task<CardHarness> OpenAsync(WebsiteBrowser browser)
        {
            var page = await ChatPage.OpenAsync(browser, "about:blank");
            await page.Page.SetContentAsync("<!doctype html><html lang=\"fr\"><head><title>Cartes</title></head><body></body></html>");
            await page.Page.AddScriptTagAsync(new() { Path = WebsiteBrowser.NodeModuleFile("adaptivecards/dist/adaptivecards.min.js") });
            await page.Page.AddScriptTagAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "Web", "Resources", "render-card.js") });
            return new CardHarness(page);
        }

        public async Task<(List<string> Issues, string Text)> RenderAsync(JsonNode card)
        {
            var result = await page.Page.EvaluateAsync<JsonElement>("json => window.renderAdaptiveCard(JSON.parse(json))", card.ToJsonString());
            var issues = result.GetProperty("issues").EnumerateArray().Select(i => i.GetString()!).ToList();
            return (issues, result.GetProperty("text").GetString() ?? "");
        }

        public ValueTask DisposeAsync() => page.DisposeAsync();
    }
}
