using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Tests.Protocol;

/// <summary>POST /api/messages end to end: the real host, a test bot, a fake Bot Connector.</summary>
public sealed class MessagesEndpointTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task ExpectRepliesReturnsTheRepliesInTheBodyAndPostsNothingToTheServiceUrl()
    {
        using var host = new ProtocolHost(new TestBot());
        var response = await host.PostAuthenticatedAsync(ProtocolHost.Message("bonjour", deliveryMode: DeliveryModes.ExpectReplies));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var reply = Assert.Single(body["activities"]!.AsArray())!;
        Assert.Equal("message", (string?)reply["type"]);
        Assert.Equal("écho : bonjour", (string?)reply["text"]);
        Assert.Equal("activity-1", (string?)reply["replyToId"]);
        Assert.Equal("bot-1", (string?)reply["from"]!["id"]);
        Assert.Equal("user-1", (string?)reply["recipient"]!["id"]);
        Assert.Equal("conv-1", (string?)reply["conversation"]!["id"]);
        Assert.Equal("acceptingInput", (string?)reply["inputHint"]);
        Assert.Null(reply["id"]);
        Assert.Null(reply["serviceUrl"]);
        Assert.Empty(host.Network.ConnectorCalls);
    }

    [Fact]
    public async Task ExpectRepliesInAnonymousModeNeedsNoServiceUrl()
    {
        using var host = new ProtocolHost(new TestBot(), authenticated: false);
        var activity = ProtocolHost.Message("salut", deliveryMode: DeliveryModes.ExpectReplies);
        activity.ServiceUrl = null;

        var response = await host.PostAsync(ProtocolJson.Serialize(activity));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("écho : salut", (string?)body["activities"]![0]!["text"]);
        Assert.Empty(host.Network.Requests);
    }

    [Fact]
    public async Task NormalMessageIsAnsweredWithAnEmptyOkAndTheReplyGoesToTheEscapedConnectorUrlWithTheToken()
    {
        using var host = new ProtocolHost(new TestBot());
        const string teamsConversation = "19:4a9b7c0d@thread.tacv2;messageid=1741678938452";
        var activity = ProtocolHost.Message("bonjour", channelId: "msteams", conversationId: teamsConversation);
        activity.Id = "1741678938452";

        var response = await host.PostAuthenticatedAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var call = Assert.Single(host.Network.ConnectorCalls);
        Assert.Equal(HttpMethod.Post, call.Method);
        Assert.Equal(
            "https://connector.test/emea/v3/conversations/19%3A4a9b7c0d%40thread.tacv2%3Bmessageid%3D1741678938452/activities/1741678938452",
            call.Uri.AbsoluteUri);
        Assert.Equal("Bearer " + FakeNetwork.ConnectorAccessToken, call.Authorization);
        var sent = JsonNode.Parse(call.Body)!;
        Assert.Equal("écho : bonjour", (string?)sent["text"]);
        Assert.Equal("1741678938452", (string?)sent["replyToId"]);
        Assert.Null(sent["serviceUrl"]);

        var tokenRequest = Assert.Single(host.Network.Requests, r => r.Uri.Host == FakeNetwork.LoginHost);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", tokenRequest.Uri.AbsolutePath);
        Assert.Contains("grant_type=client_credentials", tokenRequest.Body);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", tokenRequest.Body);
        Assert.Contains("client_id=" + TestSigningKeys.AppId, tokenRequest.Body);
    }

    [Fact]
    public async Task SingleTenantBotAsksItsOwnTenantForConnectorTokens()
    {
        using var host = new ProtocolHost(new TestBot(), settings: new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "singletenant",
            ["MicrosoftAppTenantId"] = "7d1c5a3e-0000-4000-8000-000000000001",
        });

        var response = await host.PostAuthenticatedAsync(ProtocolHost.Message("bonjour"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tokenRequest = Assert.Single(host.Network.Requests, r => r.Uri.Host == FakeNetwork.LoginHost);
        Assert.Equal("/7d1c5a3e-0000-4000-8000-000000000001/oauth2/v2.0/token", tokenRequest.Uri.AbsolutePath);
    }

    [Fact]
    public async Task ConnectorTokenIsReusedAcrossTurns()
    {
        using var host = new ProtocolHost(new TestBot());
        await host.PostAuthenticatedAsync(ProtocolHost.Message("un"));
        await host.PostAuthenticatedAsync(ProtocolHost.Message("deux"));

        Assert.Equal(2, host.Network.ConnectorCalls.Count);
        Assert.Single(host.Network.Requests, r => r.Uri.Host == FakeNetwork.LoginHost);
    }

    [Fact]
    public async Task ThrottledReplyIsRetriedAfterRetryAfter()
    {
        using var host = new ProtocolHost(new TestBot());
        host.Network.EnqueueConnectorAnswer(() =>
        {
            var throttled = FakeNetwork.Json(HttpStatusCode.TooManyRequests, """{"error":{"code":"Throttled","message":"slow down"}}""");
            throttled.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.Zero);
            return throttled;
        });

        var response = await host.PostAuthenticatedAsync(ProtocolHost.Message("bonjour"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = host.Network.ConnectorCalls;
        Assert.Equal(2, calls.Count);
        Assert.Equal(calls[0].Uri, calls[1].Uri);
        Assert.Equal(calls[0].Body, calls[1].Body);
    }

    [Fact]
    public async Task ReplyRejectedByTheConnectorFailsTheTurnWith500()
    {
        using var host = new ProtocolHost(new TestBot());
        host.Network.EnqueueConnectorAnswer(() => FakeNetwork.Json(HttpStatusCode.RequestEntityTooLarge, """{"error":{"code":"MessageSizeTooBig","message":"too big"}}"""));

        var response = await host.PostAuthenticatedAsync(ProtocolHost.Message("bonjour"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Single(host.Network.ConnectorCalls);
    }

    [Fact]
    public async Task TypingIsPostedToTheConnectorWhenATurnTakesLongerThanASecond()
    {
        var bot = new TestBot();
        using var host = new ProtocolHost(bot);
        // The turn only ends once the typing indicator has reached the Connector.
        bot.WhileSlow = () => host.Network.WaitForAsync(r => r.IsConnectorCall && r.Body.Contains("\"typing\""), Patience);

        var response = await host.PostAuthenticatedAsync(ProtocolHost.Message(TestBot.SlowText));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = host.Network.ConnectorCalls;
        Assert.True(calls.Count >= 2);
        var typing = JsonNode.Parse(calls[0].Body)!;
        Assert.Equal("typing", (string?)typing["type"]);
        Assert.Equal("bot-1", (string?)typing["from"]!["id"]);
        Assert.EndsWith("/v3/conversations/conv-1/activities/activity-1", calls[0].Uri.AbsoluteUri);
        Assert.Equal("Bearer " + FakeNetwork.ConnectorAccessToken, calls[0].Authorization);
        Assert.Equal("écho : slow", (string?)JsonNode.Parse(calls[^1].Body)!["text"]);
    }

    [Fact]
    public async Task AdaptiveCardActionInvokeAnswersHttp200WithTheCardResponseAsBody()
    {
        using var host = new ProtocolHost(new TestBot());
        var response = await host.PostAuthenticatedAsync(Invoke("refresh"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Equal("AdaptiveCard", (string?)body["value"]!["type"]);
        Assert.Null(body["status"]);
        Assert.Empty(host.Network.ConnectorCalls);
    }

    [Fact]
    public async Task AdaptiveCardActionWithABadVerbAnswersHttp400WithAnErrorBody()
    {
        using var host = new ProtocolHost(new TestBot());
        var response = await host.PostAuthenticatedAsync(Invoke("nonsense"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Equal("BadRequest", (string?)body["value"]!["code"]);
    }

    [Fact]
    public async Task UnknownInvokeIsAnswered501()
    {
        using var host = new ProtocolHost(new TestBot());
        var invoke = Invoke("refresh");
        invoke.Name = "composeExtension/query";

        var response = await host.PostAuthenticatedAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ExpectRepliesTakesPrecedenceOverInvokeAndCarriesTheInvokeResponse()
    {
        using var host = new ProtocolHost(new TestBot());
        var invoke = Invoke("nonsense");
        invoke.DeliveryMode = DeliveryModes.ExpectReplies;

        var response = await host.PostAuthenticatedAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var carried = Assert.Single(body["activities"]!.AsArray())!;
        Assert.Equal("invokeResponse", (string?)carried["type"]);
        Assert.Equal(400, (int?)carried["value"]!["status"]);
        Assert.Equal(400, (int?)carried["value"]!["body"]!["statusCode"]);
    }

    [Fact]
    public async Task UnknownActivityTypeWithUnknownFieldsAndEntitiesIsAccepted()
    {
        var bot = new TestBot();
        using var host = new ProtocolHost(bot, authenticated: false);
        const string json = """
            {"type":"agenticThing","id":"x1","serviceUrl":"https://connector.test/emea/","channelId":"webchat",
             "conversation":{"id":"conv-9"},"from":{"id":"user-1"},"recipient":{"id":"bot-1"},
             "futureField":{"nested":[1,2,3]},"entities":[{"type":"somethingNew","weight":3}]}
            """;

        var response = await host.PostAsync(json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = Assert.Single(bot.Received);
        Assert.Equal("agenticThing", received.Type);
        Assert.True(received.Properties!.ContainsKey("futureField"));
        Assert.Empty(host.Network.Requests);
    }

    [Theory]
    [InlineData("", "MissingBody")]
    [InlineData("{not json", "InvalidJson")]
    [InlineData("[1,2]", "InvalidJson")]
    [InlineData("null", "InvalidJson")]
    [InlineData("""{"text":"no type","channelId":"webchat"}""", "MissingProperty")]
    [InlineData("""{"type":"","text":"empty type"}""", "MissingProperty")]
    public async Task MalformedActivityIs400WithAnErrorBody(string body, string code)
    {
        using var host = new ProtocolHost(new TestBot(), authenticated: false);
        var response = await host.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        Assert.Equal(code, (string?)error["code"]);
        Assert.False(string.IsNullOrEmpty((string?)error["message"]));
    }

    [Fact]
    public async Task NormalMessageWithoutServiceUrlIs400()
    {
        using var host = new ProtocolHost(new TestBot(), authenticated: false);
        var activity = ProtocolHost.Message("bonjour");
        activity.ServiceUrl = null;

        var response = await host.PostAsync(ProtocolJson.Serialize(activity));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherVerbsAre405(string verb)
    {
        using var host = new ProtocolHost(new TestBot());
        var response = await host.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(verb), "/api/messages"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.Equal("MethodNotAllowed", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]);
    }

    [Fact]
    public async Task BodyOver512KilobytesIs413()
    {
        var bot = new TestBot();
        using var host = new ProtocolHost(bot, authenticated: false);
        var activity = ProtocolHost.Message(new string('a', 600 * 1024));

        var response = await host.PostAsync(ProtocolJson.Serialize(activity));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("PayloadTooLarge", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]);
        Assert.Empty(bot.Received);
    }

    [Fact]
    public async Task BodyWithoutContentLengthOver512KilobytesIs413()
    {
        var bot = new TestBot();
        using var host = new ProtocolHost(bot, authenticated: false);
        var bytes = Encoding.UTF8.GetBytes(ProtocolJson.Serialize(ProtocolHost.Message(new string('a', 600 * 1024))));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StreamContent(new UnseekableStream(bytes)) };
        request.Headers.TransferEncodingChunked = true;

        var response = await host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(bot.Received);
    }

    [Fact]
    public async Task BotFailureIs500WithoutDetails()
    {
        using var host = new ProtocolHost(new TestBot());
        var response = await host.PostAuthenticatedAsync(ProtocolHost.Message(TestBot.FailText));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal("InternalError", (string?)JsonNode.Parse(text)!["error"]!["code"]);
        Assert.DoesNotContain("do not log", text);
        Assert.DoesNotContain("InvalidOperationException", text);
    }

    [Fact]
    public async Task CallerIdFromTheWireIsReplacedByTheAuthenticatedCaller()
    {
        var bot = new TestBot();
        using var host = new ProtocolHost(bot);
        var activity = ProtocolHost.Message("bonjour", deliveryMode: DeliveryModes.ExpectReplies);
        activity.CallerId = "urn:botframework:forged";

        await host.PostAuthenticatedAsync(activity);

        Assert.Equal("urn:botframework:azure", Assert.Single(bot.Received).CallerId);
    }

    [Fact]
    public async Task CallerIdIsClearedInAnonymousMode()
    {
        var bot = new TestBot();
        using var host = new ProtocolHost(bot, authenticated: false);
        var activity = ProtocolHost.Message("bonjour", deliveryMode: DeliveryModes.ExpectReplies);
        activity.CallerId = "urn:botframework:azure";

        await host.PostAsync(ProtocolJson.Serialize(activity));

        Assert.Null(Assert.Single(bot.Received).CallerId);
    }

    [Fact]
    public async Task AnonymousModeRepliesWithoutAnyToken()
    {
        using var host = new ProtocolHost(new TestBot(), authenticated: false);
        var response = await host.PostAsync(ProtocolJson.Serialize(ProtocolHost.Message("bonjour")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(host.Network.ConnectorCalls);
        Assert.Null(call.Authorization);
        Assert.DoesNotContain(host.Network.Requests, r => r.Uri.Host == FakeNetwork.LoginHost);
    }

    [Fact]
    public async Task InconsistentCredentialsStopTheHostAtStartWithAClearMessage()
    {
        using var host = new ProtocolHost(new TestBot(), settings: new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = "",
        });

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());
        Assert.Contains("MicrosoftAppTenantId", error.ToString());
    }

    private static Activity Invoke(string verb)
    {
        var activity = ProtocolHost.Message("", channelId: "msteams");
        activity.Type = ActivityTypes.Invoke;
        activity.Text = null;
        activity.Name = ActivityHandler.AdaptiveCardActionInvoke;
        activity.Value = JsonSerializer.SerializeToElement(new
        {
            action = new { type = "Action.Execute", id = "refresh-card", verb, data = new { choice = "LP110" } },
            trigger = "manual",
        });
        return activity;
    }

    private sealed class UnseekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
