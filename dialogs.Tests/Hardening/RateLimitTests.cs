using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Cnam.Bot.Dialogs;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Tests.Hardening;

/// <summary>
/// Issue 10, limits: per-client budgets on the website surface, per-conversation budgets on <c>/api/messages</c> and
/// Direct Line posts, 429 with <c>Retry-After</c>, and defaults that let legitimate load through.
/// </summary>
public sealed class RateLimitTests
{
    private static readonly Dictionary<string, string?> TightLimits = new()
    {
        ["RateLimiting:Tokens:Burst"] = "3",
        ["RateLimiting:Tokens:PermitsPerMinute"] = "1",
        ["RateLimiting:Client:Burst"] = "5",
        ["RateLimiting:Client:PermitsPerMinute"] = "1",
        ["RateLimiting:Conversation:Burst"] = "3",
        ["RateLimiting:Conversation:PermitsPerMinute"] = "1",
    };

    [Fact]
    public async Task TokenEndpointsAreLimitedPerClientAddressWith429AndRetryAfter()
    {
        using var host = new HardeningHost(settings: TightLimits);
        var client = host.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var ok = await PostFrom(client, "/api/directline/token", "203.0.113.7");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        using var refused = await PostFrom(client, "/api/webchat/token", "203.0.113.7");
        await AssertTooManyRequestsAsync(refused);

        // Another address has its own budget.
        using var other = await PostFrom(client, "/api/directline/token", "198.51.100.20");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task ThePageCalendarAndDirectLineShareOnePerClientBudgetButHealthIsNeverLimited()
    {
        using var host = new HardeningHost(settings: TightLimits);
        var client = host.CreateClient();
        string[] paths = ["/", "/css/site.css", "/calendar/lp110/insertion-pro/soir.ics", "/v3/directline/conversations/x", "/nothing-here"];
        foreach (var path in paths)
        {
            using var response = await GetFrom(client, path, "2001:db8:1:2::10");
            Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
        }
        // Same /64: the same client.
        using var refused = await GetFrom(client, "/", "2001:db8:1:2::99");
        await AssertTooManyRequestsAsync(refused);
        for (var i = 0; i < 20; i++)
        {
            using var health = await GetFrom(client, "/healthz", "2001:db8:1:2::10");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }
    }

    [Fact]
    public async Task ApiMessagesIsLimitedPerConversationNeverPerAddress()
    {
        using var host = new HardeningHost(settings: TightLimits);
        var client = host.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var ok = await SendMessageAsync(client, "conv-a", "bonjour");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        using var refused = await SendMessageAsync(client, "conv-a", "bonjour");
        await AssertTooManyRequestsAsync(refused);

        // Many conversations from the same address (as Bot Connector traffic arrives) all get through.
        for (var i = 0; i < 12; i++)
        {
            using var other = await SendMessageAsync(client, $"conv-b{i}", "bonjour");
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        }
    }

    [Fact]
    public async Task DirectLinePostsAreLimitedPerConversation()
    {
        using var host = new HardeningHost(settings: new Dictionary<string, string?>(TightLimits) { ["RateLimiting:Client:Burst"] = "1000" });
        var client = host.CreateClient();
        var conversation = await DirectLineSession.StartAsync(client);
        for (var i = 0; i < 3; i++)
        {
            using var ok = await conversation.PostAsync(client, new { type = "message", from = new { id = conversation.UserId }, text = "bonjour" });
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        using var refused = await conversation.PostAsync(client, new { type = "message", from = new { id = conversation.UserId }, text = "bonjour" });
        await AssertTooManyRequestsAsync(refused);

        // Reading is not a post: the visitor still sees the conversation.
        using var read = await conversation.GetActivitiesAsync(client);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    /// <summary>DirectLineJS stops polling for good on a 429: polling is limited per conversation, never per address.</summary>
    [Fact]
    public async Task PollingIsNeverLimitedPerAddressOnlyPerConversation()
    {
        using var host = new HardeningHost(settings: new Dictionary<string, string?>(TightLimits) { ["RateLimiting:Client:Burst"] = "4", ["RateLimiting:Tokens:Burst"] = "10" });
        var client = host.CreateClient();
        var sessions = new[] { await DirectLineSession.StartAsync(client), await DirectLineSession.StartAsync(client) };
        foreach (var session in sessions)
        {
            // The conversation's budget (3) and nothing else: the address spent its own long ago.
            for (var i = 0; i < 3; i++)
            {
                using var poll = await session.GetActivitiesAsync(client);
                Assert.Equal(HttpStatusCode.OK, poll.StatusCode);
            }
        }
        using var refused = await sessions[0].GetActivitiesAsync(client);
        await AssertTooManyRequestsAsync(refused);
        // Two starts and this page on the address's budget of 4: the seven polls did not count.
        using var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    /// <summary>The load benchmark's shape: 32 concurrent conversations from one address through /api/messages, defaults.</summary>
    [Fact]
    public async Task DefaultsLetThirtyTwoConcurrentConversationsFromOneAddressThrough()
    {
        using var host = new HardeningHost();
        var client = host.CreateClient();
        var statuses = await Task.WhenAll(Enumerable.Range(0, 32).Select(async n =>
        {
            var codes = new List<HttpStatusCode>();
            for (var turn = 0; turn < 8; turn++)
            {
                using var response = await SendMessageAsync(client, $"bench-{n}", turn % 2 == 0 ? BotTexts.AskQuestion : "Combien coûte la licence ?");
                codes.Add(response.StatusCode);
            }
            return codes;
        }));
        Assert.All(statuses.SelectMany(s => s), s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task DisabledMeansNoLimit()
    {
        using var host = new HardeningHost(settings: new Dictionary<string, string?>(TightLimits) { ["RateLimiting:Enabled"] = "false" });
        var client = host.CreateClient();
        for (var i = 0; i < 10; i++)
        {
            using var token = await PostFrom(client, "/api/directline/token", "203.0.113.7");
            Assert.Equal(HttpStatusCode.OK, token.StatusCode);
            using var message = await SendMessageAsync(client, "conv-a", "bonjour");
            Assert.Equal(HttpStatusCode.OK, message.StatusCode);
        }
    }

    private static async Task AssertTooManyRequestsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 120);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("TooManyRequests", json.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    private static Task<HttpResponseMessage> PostFrom(HttpClient client, string path, string address) =>
        SendFrom(client, new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent("{}", Encoding.UTF8, "application/json") }, address);

    private static Task<HttpResponseMessage> GetFrom(HttpClient client, string path, string address) =>
        SendFrom(client, new HttpRequestMessage(HttpMethod.Get, path), address);

    private static Task<HttpResponseMessage> SendFrom(HttpClient client, HttpRequestMessage request, string address)
    {
        request.Headers.Add(HardeningHost.ClientAddressHeader, address);
        return client.SendAsync(request);
    }

    internal static Task<HttpResponseMessage> SendMessageAsync(HttpClient client, string conversationId, string text) =>
        client.PostAsJsonAsync(MessagesEndpoint.Path, new
        {
            type = "message",
            id = Guid.NewGuid().ToString("N"),
            channelId = "test",
            serviceUrl = "http://localhost:9/none",
            from = new { id = "user-" + conversationId },
            recipient = new { id = "bot" },
            conversation = new { id = conversationId },
            locale = "fr-FR",
            text,
            deliveryMode = "expectReplies",
        });
}
