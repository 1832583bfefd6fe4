using System.Net;
using System.Text.Json.Nodes;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Tests.DirectLine;

/// <summary>The DL rows of the conformance checklist (bot-protocol.md §5), over HTTP against the whole app.</summary>
public sealed class DirectLineApiTests : IClassFixture<DirectLineApiTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        public DirectLineAppFactory App { get; }

        public Fixture() => App = new DirectLineAppFactory(clock: Clock);

        public void Dispose() => App.Dispose();
    }

    private readonly Fixture _fixture;
    private readonly DirectLineTestClient _client;

    public DirectLineApiTests(Fixture fixture)
    {
        _fixture = fixture;
        _client = new DirectLineTestClient(fixture.App.CreateClient());
    }

    [Fact]
    public async Task GenerateTokenWithTheSecretAnswersAConversationWithoutStreamUrl()
    {
        var (status, body) = await _client.GenerateAsync(DirectLineAppFactory.Secret);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(string.IsNullOrEmpty((string?)body!["conversationId"]));
        Assert.False(string.IsNullOrEmpty((string?)body["token"]));
        Assert.Equal(1800, (int)body["expires_in"]!);
        Assert.Null(body["streamUrl"]);
    }

    [Fact]
    public async Task GenerateTokenRefusesAnEmbeddedUserIdWithoutTheDlPrefix()
    {
        var (status, body) = await _client.GenerateAsync(DirectLineAppFactory.Secret, """{"user":{"id":"visitor"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BadArgument", (string?)body!["error"]!["code"]);
    }

    [Fact]
    public async Task GenerateTokenNeedsTheSecretNotAToken()
    {
        var (_, token) = await _client.StartNewAsync();

        var (status, body) = await _client.GenerateAsync(token);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.NotNull(body!["error"]!["message"]);
    }

    [Fact]
    public async Task RefreshGivesANewTokenForTheSameConversation()
    {
        var (conversationId, token) = await _client.StartNewAsync();

        var (status, body) = await _client.SendAsync(HttpMethod.Post, $"{DirectLineTestClient.Base}/tokens/refresh", token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(conversationId, (string?)body!["conversationId"]);
        Assert.Equal(1800, (int)body["expires_in"]!);
        var refreshed = (string)body["token"]!;
        Assert.NotEqual(token, refreshed);
        var (getStatus, _) = await _client.GetActivitiesAsync(conversationId, refreshed);
        Assert.Equal(HttpStatusCode.OK, getStatus);
    }

    [Fact]
    public async Task StartingATokensConversationAnswers201ThenAgain200()
    {
        var (_, generated) = await _client.GenerateAsync(DirectLineAppFactory.Secret);
        var token = (string)generated!["token"]!;
        var conversationId = (string)generated["conversationId"]!;

        var (first, firstBody) = await _client.StartAsync(token);
        var (second, secondBody) = await _client.StartAsync(token);

        Assert.Equal(HttpStatusCode.Created, first);
        Assert.Equal(HttpStatusCode.OK, second);
        Assert.Equal(conversationId, (string?)firstBody!["conversationId"]);
        Assert.Equal(conversationId, (string?)secondBody!["conversationId"]);
        Assert.Equal(1800, (int)firstBody["expires_in"]!);
        Assert.Null(firstBody["streamUrl"]);
    }

    [Fact]
    public async Task StartingWithTheSecretCreatesANewConversationEachTime()
    {
        var (first, firstBody) = await _client.StartAsync(DirectLineAppFactory.Secret);
        var (second, secondBody) = await _client.StartAsync(DirectLineAppFactory.Secret);

        Assert.Equal(HttpStatusCode.Created, first);
        Assert.Equal(HttpStatusCode.Created, second);
        Assert.NotEqual((string?)firstBody!["conversationId"], (string?)secondBody!["conversationId"]);
    }

    [Fact]
    public async Task StartingTellsTheBotThatBotAndUserJoinedButClientsNeverSeeTheConversationUpdate()
    {
        var (conversationId, token) = await _client.StartNewAsync("dl_lea");

        var update = Assert.Single(_fixture.App.Bot.Received, a => a.Conversation?.Id == conversationId);
        Assert.Equal(ActivityTypes.ConversationUpdate, update.Type);
        Assert.Equal(["cnam-bot", "dl_lea"], update.MembersAdded!.Select(m => m.Id));
        Assert.Equal("directline", update.ChannelId);
        var (_, body) = await _client.GetActivitiesAsync(conversationId, token);
        var activities = body!["activities"]!.AsArray();
        Assert.DoesNotContain(activities, a => (string?)a!["type"] == ActivityTypes.ConversationUpdate);
        var welcome = Assert.Single(activities);
        Assert.Equal("welcome dl_lea", (string?)welcome!["text"]);
        Assert.Equal("bot", (string?)welcome["from"]!["role"]);
        Assert.Null(welcome["replyToId"]);
    }

    [Fact]
    public async Task AnExpiredTokenIsRefusedWithTokenExpired()
    {
        var (conversationId, token) = await _client.StartNewAsync();

        _fixture.Clock.Advance(TimeSpan.FromSeconds(1801));
        var (getStatus, getBody) = await _client.GetActivitiesAsync(conversationId, token);
        var (refreshStatus, refreshBody) = await _client.SendAsync(HttpMethod.Post, $"{DirectLineTestClient.Base}/tokens/refresh", token);

        Assert.Equal(HttpStatusCode.Forbidden, getStatus);
        Assert.Equal("TokenExpired", (string?)getBody!["error"]!["code"]);
        Assert.Equal(HttpStatusCode.Forbidden, refreshStatus);
        Assert.Equal("TokenExpired", (string?)refreshBody!["error"]!["code"]);
    }

    [Fact]
    public async Task AnUnknownConversationIs404()
    {
        var (getStatus, getBody) = await _client.GetActivitiesAsync("NoSuchConversation", DirectLineAppFactory.Secret);
        var (_, generated) = await _client.GenerateAsync(DirectLineAppFactory.Secret);
        var neverStarted = (string)generated!["conversationId"]!;
        var (postStatus, _) = await _client.PostActivityAsync(neverStarted, (string)generated["token"]!, DirectLineTestClient.Message("bonjour", "c-404"));
        var (reconnectStatus, _) = await _client.SendAsync(HttpMethod.Get, $"{DirectLineTestClient.Base}/conversations/{neverStarted}?watermark=", (string)generated["token"]!);

        Assert.Equal(HttpStatusCode.NotFound, getStatus);
        Assert.Equal("NotFound", (string?)getBody!["error"]!["code"]);
        Assert.Equal(HttpStatusCode.NotFound, postStatus);
        Assert.Equal(HttpStatusCode.NotFound, reconnectStatus);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer a b")]
    public async Task AMissingOrMalformedAuthorizationHeaderIs401(string? header)
    {
        var (conversationId, _) = await _client.StartNewAsync();
        using var http = _fixture.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{DirectLineTestClient.Base}/conversations/{conversationId}/activities?watermark=");
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unauthorized", (string?)body!["error"]!["code"]);
    }

    [Fact]
    public async Task ATokenForAnotherConversationIs403()
    {
        var (first, _) = await _client.StartNewAsync();
        var (_, otherToken) = await _client.StartNewAsync();

        var (getStatus, getBody) = await _client.GetActivitiesAsync(first, otherToken);
        var (postStatus, _) = await _client.PostActivityAsync(first, otherToken, DirectLineTestClient.Message("intrus", "c-403"));
        var (reconnectStatus, _) = await _client.SendAsync(HttpMethod.Get, $"{DirectLineTestClient.Base}/conversations/{first}", otherToken);

        Assert.Equal(HttpStatusCode.Forbidden, getStatus);
        Assert.Equal("Forbidden", (string?)getBody!["error"]!["code"]);
        Assert.Equal(HttpStatusCode.Forbidden, postStatus);
        Assert.Equal(HttpStatusCode.Forbidden, reconnectStatus);
    }

    [Fact]
    public async Task ATamperedOrForeignTokenIs403()
    {
        var (conversationId, token) = await _client.StartNewAsync();
        var parts = token.Split('.');
        var forged = parts[0] + "." + parts[1] + "." + new string('A', parts[2].Length);

        var (forgedStatus, _) = await _client.GetActivitiesAsync(conversationId, forged);
        var (garbageStatus, _) = await _client.GetActivitiesAsync(conversationId, "not-a-token");

        Assert.Equal(HttpStatusCode.Forbidden, forgedStatus);
        Assert.Equal(HttpStatusCode.Forbidden, garbageStatus);
    }

    [Fact]
    public async Task AnEmptyWatermarkGivesTheWholeHistoryAndALaterOneOnlyNewerActivities()
    {
        var (conversationId, token) = await _client.StartNewAsync();
        await _client.PostActivityAsync(conversationId, token, DirectLineTestClient.Message("un", "c-1"));

        var (_, full) = await _client.GetActivitiesAsync(conversationId, token);
        var firstWatermark = (string)full!["watermark"]!;
        var (_, nothingNew) = await _client.GetActivitiesAsync(conversationId, token, firstWatermark);
        await _client.PostActivityAsync(conversationId, token, DirectLineTestClient.Message("deux", "c-2"));
        var (_, newer) = await _client.GetActivitiesAsync(conversationId, token, firstWatermark);
        var (_, fullAgain) = await _client.GetActivitiesAsync(conversationId, token);

        Assert.Equal(["welcome dl_visitor", "un", "echo: un"], full["activities"]!.AsArray().Select(a => (string?)a!["text"]));
        Assert.Empty(nothingNew!["activities"]!.AsArray());
        Assert.Equal(firstWatermark, (string?)nothingNew["watermark"]);
        Assert.Equal(["deux", "echo: deux"], newer!["activities"]!.AsArray().Select(a => (string?)a!["text"]));
        Assert.True(long.Parse((string)newer["watermark"]!) > long.Parse(firstWatermark));
        Assert.Equal(5, fullAgain!["activities"]!.AsArray().Count);
        var ids = fullAgain["activities"]!.AsArray().Select(a => (string)a!["id"]!).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.All(ids, id => Assert.StartsWith(conversationId + "|", id));
    }

    [Fact]
    public async Task APostedActivityIsEchoedWithItsIdClientActivityIdUserRoleAndTimestampThenTheBotReplyFollows()
    {
        var (conversationId, token) = await _client.StartNewAsync("dl_echo");
        var (_, before) = await _client.GetActivitiesAsync(conversationId, token);

        var (status, posted) = await _client.PostActivityAsync(conversationId, token, DirectLineTestClient.Message("bonjour", "client-42", fromId: "someone-else"));
        var (_, after) = await _client.GetActivitiesAsync(conversationId, token, (string)before!["watermark"]!);

        Assert.Equal(HttpStatusCode.OK, status);
        var id = (string)posted!["id"]!;
        var activities = after!["activities"]!.AsArray();
        Assert.Equal(2, activities.Count);
        var echo = activities[0]!;
        Assert.Equal(id, (string?)echo["id"]);
        Assert.Equal("client-42", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Equal(42, (int)echo["channelData"]!["other"]!);
        Assert.Equal("ClientCapabilities", (string?)echo["entities"]![0]!["type"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        Assert.Equal("dl_echo", (string?)echo["from"]!["id"]);
        Assert.Equal("directline", (string?)echo["channelId"]);
        Assert.Equal("cnam-bot", (string?)echo["recipient"]!["id"]);
        Assert.Equal("fr-FR", (string?)echo["locale"]);
        Assert.StartsWith("http://localhost", (string?)echo["serviceUrl"]);
        var reply = activities[1]!;
        Assert.Equal("echo: bonjour", (string?)reply["text"]);
        Assert.Equal("bot", (string?)reply["from"]!["role"]);
        Assert.Equal(id, (string?)reply["replyToId"]);
        Assert.Equal("dl_echo", (string?)reply["recipient"]!["id"]);
        var echoTime = DateTimeOffset.Parse((string)echo["timestamp"]!);
        var replyTime = DateTimeOffset.Parse((string)reply["timestamp"]!);
        Assert.True(replyTime > echoTime, $"{replyTime:O} should be after {echoTime:O}");
        Assert.Equal(TimeSpan.Zero, echoTime.Offset);
    }

    [Fact]
    public async Task TheUserActivityIsStoredBeforeTheBotRunsItsTurn()
    {
        var (conversationId, token) = await _client.StartNewAsync();

        await _client.PostActivityAsync(conversationId, token, DirectLineTestClient.Message("log?", "c-log"));
        var (_, body) = await _client.GetActivitiesAsync(conversationId, token);

        Assert.Equal("stored", (string?)body!["activities"]!.AsArray()[^1]!["text"]);
    }

    [Fact]
    public async Task ABotFailureAnswers502BotRejectedActivity()
    {
        var (conversationId, token) = await _client.StartNewAsync();

        var (status, body) = await _client.PostActivityAsync(conversationId, token, DirectLineTestClient.Message("fail", "c-fail"));

        Assert.Equal(HttpStatusCode.BadGateway, status);
        Assert.Equal("BotRejectedActivity", (string?)body!["error"]!["code"]);
    }

    [Fact]
    public async Task AnActivityWithoutTypeOrWithInvalidJsonIs400()
    {
        var (conversationId, token) = await _client.StartNewAsync();

        var (noType, _) = await _client.PostActivityAsync(conversationId, token, """{"text":"x","from":{"id":"u"}}""");
        var (badJson, body) = await _client.PostActivityAsync(conversationId, token, "{not json");
        var (channelOnly, _) = await _client.PostActivityAsync(conversationId, token, """{"type":"conversationUpdate","from":{"id":"u"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, noType);
        Assert.Equal(HttpStatusCode.BadRequest, badJson);
        Assert.Equal("BadSyntax", (string?)body!["error"]!["code"]);
        Assert.Equal(HttpStatusCode.BadRequest, channelOnly);
    }

    [Fact]
    public async Task UserTypingReachesTheBotButIsNotKeptInTheLog()
    {
        var (conversationId, token) = await _client.StartNewAsync();
        var (_, before) = await _client.GetActivitiesAsync(conversationId, token);

        var (status, _) = await _client.PostActivityAsync(conversationId, token, """{"type":"typing","from":{"id":"u"}}""");
        var (_, after) = await _client.GetActivitiesAsync(conversationId, token, (string)before!["watermark"]!);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(_fixture.App.Bot.Received, a => a.Conversation?.Id == conversationId && a.Type == ActivityTypes.Typing);
        Assert.Empty(after!["activities"]!.AsArray());
    }

    [Fact]
    public async Task WithoutAnEmbeddedUserTheFirstSenderIsAnnouncedToTheBotAtItsFirstMessage()
    {
        var (_, generated) = await _client.GenerateAsync(DirectLineAppFactory.Secret);
        var token = (string)generated!["token"]!;
        var (_, started) = await _client.StartAsync(token);
        var conversationId = (string)started!["conversationId"]!;

        await _client.PostActivityAsync(conversationId, token, DirectLineTestClient.Message("salut", "c-anon", fromId: "r_anon"));
        var (_, body) = await _client.GetActivitiesAsync(conversationId, token);
        var (forgedStatus, _) = await _client.PostActivityAsync(conversationId, token, DirectLineTestClient.Message("x", "c-dl", fromId: "dl_forged"));

        var updates = _fixture.App.Bot.Received.Where(a => a.Conversation?.Id == conversationId && a.Type == ActivityTypes.ConversationUpdate).ToList();
        Assert.Equal(2, updates.Count);
        Assert.Equal(["cnam-bot"], updates[0].MembersAdded!.Select(m => m.Id));
        Assert.Equal(["r_anon"], updates[1].MembersAdded!.Select(m => m.Id));
        Assert.Equal(["welcome r_anon", "salut", "echo: salut"], body!["activities"]!.AsArray().Select(a => (string?)a!["text"]));
        Assert.Equal(HttpStatusCode.Forbidden, forgedStatus);
    }

    [Fact]
    public async Task ReconnectingAnswersTheConversationWithAFreshToken()
    {
        var (conversationId, token) = await _client.StartNewAsync();

        var (status, body) = await _client.SendAsync(HttpMethod.Get, $"{DirectLineTestClient.Base}/conversations/{conversationId}?watermark=1", token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(conversationId, (string?)body!["conversationId"]);
        var (getStatus, _) = await _client.GetActivitiesAsync(conversationId, (string)body["token"]!);
        Assert.Equal(HttpStatusCode.OK, getStatus);
    }

    [Fact]
    public async Task TheCorsPreflightAllowsTheHeadersDirectLineJsSends()
    {
        using var http = _fixture.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, $"{DirectLineTestClient.Base}/conversations/abc/activities");
        request.Headers.Add("Origin", "https://any.site.test");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("authorization", allowed);
        Assert.Contains("content-type", allowed);
        Assert.Contains("x-ms-bot-agent", allowed);
    }

    [Fact]
    public async Task ThePageTokenEndpointGivesATokenForANewConversationAndAFreshDlUser()
    {
        using var http = _fixture.App.CreateClient();

        using var first = await http.PostAsync("/api/directline/token", null);
        using var second = await http.PostAsync("/api/directline/token", null);
        var one = JsonNode.Parse(await first.Content.ReadAsStringAsync())!;
        var two = JsonNode.Parse(await second.Content.ReadAsStringAsync())!;
        var token = (string)one["token"]!;
        var (startStatus, started) = await _client.StartAsync(token);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.StartsWith("dl_", (string?)one["userId"]);
        Assert.NotEqual((string?)one["userId"], (string?)two["userId"]);
        Assert.NotEqual((string?)one["conversationId"], (string?)two["conversationId"]);
        Assert.Equal(1800, (int)one["expires_in"]!);
        Assert.DoesNotContain(DirectLineAppFactory.Secret, one.ToJsonString());
        Assert.Equal(HttpStatusCode.Created, startStatus);
        Assert.Equal((string?)one["conversationId"], (string?)started!["conversationId"]);
    }

    [Fact]
    public async Task ThePageTokenEndpointAllowsOnlyConfiguredOriginsAcrossSites()
    {
        using var http = _fixture.App.CreateClient();

        async Task<string?> AllowedOriginFor(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, "/api/directline/token");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            using var response = await http.SendAsync(request);
            return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
        }

        Assert.Equal(DirectLineAppFactory.AllowedOrigin, await AllowedOriginFor(DirectLineAppFactory.AllowedOrigin));
        Assert.Null(await AllowedOriginFor("https://evil.example"));
    }
}
