using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Cnam.Bot.Auth;
using Cnam.Bot.Connector;
using Cnam.Bot.Protocol;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Cnam.Bot.Tests.Protocol;

/// <summary>The Bot Connector client alone, over the fake network.</summary>
public sealed class ConnectorClientTests
{
    private static readonly ConnectorOptions Policy = new()
    {
        MaxAttempts = 3,
        BaseDelay = TimeSpan.FromMilliseconds(1),
        MaxDelay = TimeSpan.FromMilliseconds(4),
    };

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/emea")]
    [InlineData("https://smba.trafficmanager.net/emea//")]
    public void UrlHasExactlyOneSlashBetweenParts(string serviceUrl)
    {
        var uri = ConnectorClient.BuildUri(serviceUrl, ConnectorClient.BuildPath("v3/conversations", "a:1", "activities", "f:2"));

        Assert.Equal("https://smba.trafficmanager.net/emea/v3/conversations/a%3A1/activities/f%3A2", uri.AbsoluteUri);
    }

    [Fact]
    public void IdsWithReservedCharactersAreEscaped()
    {
        var path = ConnectorClient.BuildPath("v3/conversations", "19:abc@thread.skype;messageid=1/2 ?#", "activities", "1|0000004");

        Assert.Equal("v3/conversations/19%3Aabc%40thread.skype%3Bmessageid%3D1%2F2%20%3F%23/activities/1%7C0000004", path);
    }

    [Theory]
    [InlineData("ftp://connector.test/")]
    [InlineData("/relative/path")]
    [InlineData("")]
    public void ServiceUrlMustBeAnAbsoluteHttpUrl(string serviceUrl) =>
        Assert.Throws<ArgumentException>(() => ConnectorClient.BuildUri(serviceUrl, "v3/conversations"));

    [Fact]
    public void RetryAfterDeltaIsHonouredExactly()
    {
        var delay = ConnectorClient.ComputeDelay(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)), 1, new ConnectorOptions(), DateTimeOffset.UnixEpoch, 0.9);

        Assert.Equal(TimeSpan.FromSeconds(7), delay);
    }

    [Fact]
    public void RetryAfterDateIsTurnedIntoAWaitFromNow()
    {
        var now = new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);
        var delay = ConnectorClient.ComputeDelay(new RetryConditionHeaderValue(now.AddSeconds(12)), 1, new ConnectorOptions(), now, 0.1);

        Assert.Equal(TimeSpan.FromSeconds(12), delay);
    }

    [Fact]
    public void RetryAfterBeyondTheLimitStopsRetrying()
    {
        var delay = ConnectorClient.ComputeDelay(new RetryConditionHeaderValue(TimeSpan.FromMinutes(5)), 1, new ConnectorOptions(), DateTimeOffset.UnixEpoch, 0.5);

        Assert.Null(delay);
    }

    [Theory]
    [InlineData(1, 0.0, 250)]
    [InlineData(1, 0.999, 749.5)]
    [InlineData(2, 0.5, 1000)]
    [InlineData(3, 0.5, 2000)]
    [InlineData(10, 0.5, 8000)]
    public void BackoffDoublesWithJitterUpToTheCap(int attempt, double random, double expectedMilliseconds)
    {
        var delay = ConnectorClient.ComputeDelay(null, attempt, new ConnectorOptions(), DateTimeOffset.UnixEpoch, random);

        Assert.Equal(expectedMilliseconds, delay!.Value.TotalMilliseconds, precision: 3);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task TransientAnswersAreRetried(HttpStatusCode status)
    {
        var (client, network, _) = Create(anonymous: true);
        network.EnqueueConnectorAnswer(() => new HttpResponseMessage(status));

        var response = await client.SendToConversationAsync(FakeNetwork.ServiceUrl, "conv-1", new Activity { Type = ActivityTypes.Message, Text = "x" }, CancellationToken.None);

        Assert.Equal("reply-1", response.Id);
        Assert.Equal(2, network.ConnectorCalls.Count);
    }

    [Fact]
    public async Task RetriesStopAfterTheLastAttemptWithTheConnectorErrorCode()
    {
        var (client, network, _) = Create(anonymous: true);
        for (var i = 0; i < Policy.MaxAttempts; i++)
        {
            network.EnqueueConnectorAnswer(() => FakeNetwork.Json(HttpStatusCode.ServiceUnavailable, """{"error":{"code":"ServiceError","message":"down"}}"""));
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendToConversationAsync(FakeNetwork.ServiceUrl, "conv-1", new Activity { Type = ActivityTypes.Message }, CancellationToken.None));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal("ServiceError", error.ErrorCode);
        Assert.Equal(Policy.MaxAttempts, network.ConnectorCalls.Count);
    }

    [Fact]
    public async Task ClientErrorsAreNotRetried()
    {
        var (client, network, _) = Create(anonymous: true);
        network.EnqueueConnectorAnswer(() => FakeNetwork.Json(HttpStatusCode.Forbidden, """{"error":{"code":"BotNotInConversationRoster","message":"no"}}"""));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.ReplyToActivityAsync(FakeNetwork.ServiceUrl, "conv-1", "a-1", new Activity { Type = ActivityTypes.Message }, CancellationToken.None));

        Assert.Equal(403, error.StatusCode);
        Assert.Equal("BotNotInConversationRoster", error.ErrorCode);
        Assert.Single(network.ConnectorCalls);
    }

    [Fact]
    public async Task TokenIsNeverSentToAServiceUrlThatNoAuthenticatedActivityBrought()
    {
        var (client, network, _) = Create(anonymous: false);

        await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendToConversationAsync("https://connector.test/unknown/", "conv-1", new Activity { Type = ActivityTypes.Message }, CancellationToken.None));

        Assert.Empty(network.ConnectorCalls);
    }

    [Fact]
    public async Task ProactiveSendUsesTheConversationReference()
    {
        var (client, network, trusted) = Create(anonymous: false);
        trusted.Add(FakeNetwork.ServiceUrl);
        var reference = new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = FakeNetwork.ServiceUrl,
            Conversation = new ConversationAccount { Id = "a:1Xy2", TenantId = "t-1" },
            Bot = new ChannelAccount { Id = "28:bot" },
            User = new ChannelAccount { Id = "29:user" },
            Locale = "fr-FR",
        };

        await client.SendToConversationAsync(reference, new Activity { Text = "Rappel" }, CancellationToken.None);

        var call = Assert.Single(network.ConnectorCalls);
        Assert.Equal("https://connector.test/emea/v3/conversations/a%3A1Xy2/activities", call.Uri.AbsoluteUri);
        Assert.Equal("Bearer " + FakeNetwork.ConnectorAccessToken, call.Authorization);
        var body = JsonNode.Parse(call.Body)!;
        Assert.Equal("message", (string?)body["type"]);
        Assert.Equal("28:bot", (string?)body["from"]!["id"]);
        Assert.Equal("29:user", (string?)body["recipient"]!["id"]);
        Assert.Equal("msteams", (string?)body["channelId"]);
    }

    [Fact]
    public async Task CreateConversationPostsTheParametersAndReadsTheNewIds()
    {
        var (client, network, trusted) = Create(anonymous: false);
        trusted.Add(FakeNetwork.ServiceUrl);
        network.EnqueueConnectorAnswer(() => FakeNetwork.Json(HttpStatusCode.Created, """{"id":"a:new","activityId":"1:first","serviceUrl":"https://connector.test/emea/"}"""));
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "t-1",
            Activity = new Activity { Type = ActivityTypes.Message, Text = "Bonjour", Id = "not-sent" },
        };

        var created = await client.CreateConversationAsync(FakeNetwork.ServiceUrl, parameters, CancellationToken.None);

        Assert.Equal("a:new", created.Id);
        Assert.Equal("1:first", created.ActivityId);
        var call = Assert.Single(network.ConnectorCalls);
        Assert.Equal("https://connector.test/emea/v3/conversations", call.Uri.AbsoluteUri);
        var body = JsonNode.Parse(call.Body)!;
        Assert.Equal("t-1", (string?)body["tenantId"]);
        Assert.Equal("29:user", (string?)body["members"]![0]!["id"]);
        Assert.Null(body["activity"]!["id"]);
    }

    private static (ConnectorClient Client, FakeNetwork Network, TrustedServiceUrls Trusted) Create(bool anonymous)
    {
        var network = new FakeNetwork(new TestSigningKeys());
        var factory = new SingleHandlerFactory(network);
        var auth = new BotAuthenticationOptions
        {
            AppId = anonymous ? "" : TestSigningKeys.AppId,
            AppPassword = anonymous ? "" : "secret",
            LoginAuthorityHost = FakeNetwork.LoginAuthorityHost,
        };
        var trusted = new TrustedServiceUrls();
        var client = new ConnectorClient(
            factory, new MsalBotTokenProvider(Options.Create(auth), factory), trusted,
            Options.Create(Policy), TimeProvider.System, NullLogger<ConnectorClient>.Instance);
        return (client, network, trusted);
    }

    private sealed class SingleHandlerFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}
