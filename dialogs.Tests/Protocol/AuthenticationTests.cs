using System.Net;
using System.Security.Cryptography;
using Cnam.Bot.Auth;
using Cnam.Bot.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Cnam.Bot.Tests.Protocol;

/// <summary>One host with an app id, shared by the authentication matrix (bot-protocol.md §3 and checklist).</summary>
public sealed class AuthenticatedHostFixture : IDisposable
{
    public TestBot Bot { get; } = new();

    public ProtocolHost Host { get; }

    public AuthenticatedHostFixture() => Host = new ProtocolHost(Bot);

    public void Dispose() => Host.Dispose();
}

public sealed class AuthenticationTests(AuthenticatedHostFixture fixture) : IClassFixture<AuthenticatedHostFixture>
{
    private ProtocolHost Host => fixture.Host;

    private TestSigningKeys Keys => fixture.Host.Network.Keys;

    [Fact]
    public async Task ValidTokenIsAccepted()
    {
        var activity = Probe("webchat");
        var response = await Host.PostAsync(ProtocolJson.Serialize(activity), "Bearer " + Keys.CreateToken(FakeNetwork.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(fixture.Bot.Received, a => a.Id == activity.Id);
    }

    [Fact]
    public async Task TokenExpiredWithinTheFiveMinuteSkewIsAccepted()
    {
        var token = Keys.CreateToken(FakeNetwork.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-3));
        var response = await Host.PostAsync(ProtocolJson.Serialize(Probe("webchat")), "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ServiceUrlClaimIsComparedIgnoringCase()
    {
        var token = Keys.CreateToken(FakeNetwork.ServiceUrl.ToUpperInvariant());
        var response = await Host.PostAsync(ProtocolJson.Serialize(Probe("webchat")), "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task EmptyChannelIdPassesTheEndorsementCheck()
    {
        var token = Keys.CreateToken(FakeNetwork.ServiceUrl, keyId: "teams-only-key");
        var response = await Host.PostAsync(ProtocolJson.Serialize(Probe("")), "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task KeyEndorsedForTheChannelIsAccepted()
    {
        var token = Keys.CreateToken(FakeNetwork.ServiceUrl, keyId: "teams-only-key");
        var response = await Host.PostAsync(ProtocolJson.Serialize(Probe("msteams")), "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string, string> RejectedRequests => new()
    {
        { "", "missing Authorization header" },
        { "Basic dXNlcjpwYXNz", "not 'Bearer <token>'" },
        { "Bearer a b", "not 'Bearer <token>'" },
        { "Bearer not-a-jwt", "not a JWT" },
        { "bad-signature", "SecurityTokenInvalidSignatureException" },
        { "expired", "SecurityTokenExpiredException" },
        { "future", "SecurityTokenNotYetValidException" },
        { "wrong-audience", "SecurityTokenInvalidAudienceException" },
        { "wrong-issuer", "SecurityTokenInvalidIssuerException" },
        { "issuer-slash", "SecurityTokenInvalidIssuerException" },
        { "serviceurl-mismatch", "serviceurl claim does not match" },
        { "not-endorsed", "not endorsed for the channel" },
        { "ps256", "algorithm is not allowed" },
        { "hs256", "algorithm is not allowed" },
        { "unknown-kid", "unknown key" },
    };

    [Theory]
    [MemberData(nameof(RejectedRequests))]
    public async Task RequestIsRejectedWith401ForTheExpectedReasonAndNeverReachesTheBot(string variant, string reason)
    {
        var activity = Probe("webchat");
        var header = variant switch
        {
            "" => null,
            _ when variant.Contains(' ') => variant,
            "bad-signature" => "Bearer " + Keys.CreateToken(FakeNetwork.ServiceUrl, signWith: RSA.Create(2048)),
            "expired" => "Bearer " + Keys.CreateToken(FakeNetwork.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-6)),
            "future" => "Bearer " + FutureToken(),
            "wrong-audience" => "Bearer " + Keys.CreateToken(FakeNetwork.ServiceUrl, audience: "someone-else"),
            "wrong-issuer" => "Bearer " + Keys.CreateToken(FakeNetwork.ServiceUrl, issuer: "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/"),
            "issuer-slash" => "Bearer " + Keys.CreateToken(FakeNetwork.ServiceUrl, issuer: "https://api.botframework.com/"),
            "serviceurl-mismatch" => "Bearer " + Keys.CreateToken("https://attacker.test/"),
            "not-endorsed" => "Bearer " + Keys.CreateToken(FakeNetwork.ServiceUrl, keyId: "teams-only-key"),
            "ps256" => "Bearer " + Keys.CreateToken(FakeNetwork.ServiceUrl, algorithm: SecurityAlgorithms.RsaSsaPssSha256),
            "hs256" => "Bearer " + Hs256Token(),
            "unknown-kid" => "Bearer " + Keys.CreateToken(FakeNetwork.ServiceUrl, keyId: "unpublished-key", signWith: RSA.Create(2048)),
            _ => throw new ArgumentOutOfRangeException(nameof(variant)),
        };

        var result = await Host.Services.GetRequiredService<BotFrameworkAuthenticator>().AuthenticateAsync(header, activity, CancellationToken.None);
        Assert.False(result.Succeeded);
        Assert.Contains(reason, result.FailureReason);

        var response = await Host.PostAsync(ProtocolJson.Serialize(activity), header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.DoesNotContain(fixture.Bot.Received, a => a.Id == activity.Id);
        Assert.DoesNotContain(Host.Network.ConnectorCalls, c => c.Body.Contains(activity.Id!));
    }

    [Fact]
    public async Task ServiceUrlOfAnAuthenticatedActivityBecomesTrustedAndAForgedOneDoesNot()
    {
        var trusted = Host.Services.GetRequiredService<TrustedServiceUrls>();
        await Host.PostAsync(ProtocolJson.Serialize(Probe("webchat")), "Bearer " + Keys.CreateToken(FakeNetwork.ServiceUrl));
        var forged = Probe("webchat");
        forged.ServiceUrl = "https://forged.test/";
        await Host.PostAsync(ProtocolJson.Serialize(forged), "Bearer " + Keys.CreateToken(FakeNetwork.ServiceUrl));

        Assert.True(trusted.IsTrusted(FakeNetwork.ServiceUrl));
        Assert.True(trusted.IsTrusted(FakeNetwork.ServiceUrl.TrimEnd('/')));
        Assert.False(trusted.IsTrusted("https://forged.test/"));
    }

    private string FutureToken()
    {
        // Valid from in 10 minutes: beyond the 5-minute skew.
        var handler = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TestSigningKeys.Issuer,
            Audience = TestSigningKeys.AppId,
            NotBefore = DateTime.UtcNow.AddMinutes(10),
            Expires = DateTime.UtcNow.AddMinutes(70),
            Claims = new Dictionary<string, object> { ["serviceurl"] = FakeNetwork.ServiceUrl },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(Keys.KeyOf("channel-key")) { KeyId = "channel-key" }, SecurityAlgorithms.RsaSha256),
        });
    }

    private static string Hs256Token()
    {
        // A symmetric token whose kid names a published key: must be refused for its algorithm alone.
        var handler = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler();
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TestSigningKeys.Issuer,
            Audience = TestSigningKeys.AppId,
            Claims = new Dictionary<string, object> { ["serviceurl"] = FakeNetwork.ServiceUrl },
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = "channel-key" }, SecurityAlgorithms.HmacSha256),
        });
    }

    private static Activity Probe(string channelId)
    {
        var activity = ProtocolHost.Message("bonjour", channelId: channelId, deliveryMode: DeliveryModes.ExpectReplies);
        activity.Id = Guid.NewGuid().ToString("N");
        return activity;
    }
}

/// <summary>Hosts with their own key-set history or no app id.</summary>
public sealed class AuthenticationModeTests
{
    [Fact]
    public async Task KeyRotatedInAfterStartIsFoundByRefreshingOnUnknownKeyId()
    {
        using var host = new ProtocolHost(new TestBot());
        var first = await host.PostAsync(Serialize("webchat"), "Bearer " + host.Network.Keys.CreateToken(FakeNetwork.ServiceUrl));
        host.Network.Keys.Publish("rotated-key", ["webchat"]);

        var second = await host.PostAsync(Serialize("webchat"), "Bearer " + host.Network.Keys.CreateToken(FakeNetwork.ServiceUrl, keyId: "rotated-key"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(host.Network.Requests.Count(r => r.Uri.AbsoluteUri == FakeNetwork.JwksUrl) >= 2);
    }

    [Fact]
    public async Task AnonymousModeAcceptsARequestWithoutAuthorization()
    {
        using var host = new ProtocolHost(new TestBot(), authenticated: false);
        var response = await host.PostAsync(Serialize("emulator"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("Bearer bogus")]
    [InlineData("Bearer valid")]
    public async Task AnonymousModeStillRejectsARequestThatCarriesAToken(string header)
    {
        var bot = new TestBot();
        using var host = new ProtocolHost(bot, authenticated: false);
        if (header == "Bearer valid")
        {
            header = "Bearer " + host.Network.Keys.CreateToken(FakeNetwork.ServiceUrl);
        }

        var response = await host.PostAsync(Serialize("emulator"), header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Received);
    }

    private static string Serialize(string channelId) =>
        ProtocolJson.Serialize(ProtocolHost.Message("bonjour", channelId: channelId, deliveryMode: DeliveryModes.ExpectReplies));
}
