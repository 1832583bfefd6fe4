using System.Text.Json;
using Cnam.Bot.Protocol;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cnam.Bot.Auth;

/// <summary>
/// Checks that an inbound activity comes from Azure Bot Service (bot-protocol.md §3 A): a JWT signed by a
/// published Bot Framework key with RS256/384/512, issuer <c>https://api.botframework.com</c>, audience the
/// app id, valid within 5 minutes of skew, whose <c>serviceurl</c> claim is the activity's serviceUrl and whose
/// key is endorsed for the activity's channel. With no app id configured, header-less requests are let in.
/// </summary>
public sealed class BotFrameworkAuthenticator(
    IOptions<BotAuthenticationOptions> options,
    OpenIdKeySource keys,
    TrustedServiceUrls trustedServiceUrls,
    ILogger<BotFrameworkAuthenticator> logger)
{
    /// <summary>Algorithms Azure Bot Service signs with; anything else (HS*, PS*, none) is refused.</summary>
    public static readonly IReadOnlyList<string> AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private const string ServiceUrlClaim = "serviceurl";
    private const string EndorsementsProperty = "endorsements";

    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>True when a request without an <c>Authorization</c> header is refused.</summary>
    public bool RequiresToken => !options.Value.IsAnonymous;

    /// <summary>Validates <paramref name="authorizationHeader"/> for <paramref name="activity"/>; on success the
    /// activity's serviceUrl becomes trusted for outbound tokens.</summary>
    public async Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        AuthenticationResult result;
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            result = settings.IsAnonymous ? AuthenticationResult.Anonymous : AuthenticationResult.Fail("missing Authorization header");
        }
        else if (settings.IsAnonymous)
        {
            // Anonymous mode has no audience to check a token against, so a token can never be accepted.
            result = AuthenticationResult.Fail("a token was sent but no MicrosoftAppId is configured");
        }
        else
        {
            result = await ValidateTokenAsync(authorizationHeader, activity, settings.AppId!.Trim(), cancellationToken);
        }

        if (!result.Succeeded)
        {
            logger.LogWarning("Rejected an activity on channel {ChannelId}: {Reason}", activity.ChannelId, result.FailureReason);
        }
        else if (!result.IsAnonymous)
        {
            trustedServiceUrls.Add(activity.ServiceUrl!);
        }
        return result;
    }

    private async Task<AuthenticationResult> ValidateTokenAsync(string header, Activity activity, string appId, CancellationToken cancellationToken)
    {
        var parts = header.Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.OrdinalIgnoreCase) || parts[1].Length == 0)
        {
            return AuthenticationResult.Fail("Authorization header is not 'Bearer <token>'");
        }
        var token = parts[1];
        if (!_handler.CanReadToken(token))
        {
            return AuthenticationResult.Fail("token is not a JWT");
        }
        JsonWebToken unverified;
        try
        {
            unverified = _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return AuthenticationResult.Fail("token is not a JWT");
        }
        if (!AllowedAlgorithms.Contains(unverified.Alg, StringComparer.Ordinal))
        {
            return AuthenticationResult.Fail("token algorithm is not allowed");
        }
        if (string.IsNullOrEmpty(unverified.Kid))
        {
            return AuthenticationResult.Fail("token has no key id");
        }

        JsonWebKey? key;
        try
        {
            key = await keys.FindKeyAsync(unverified.Kid, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Bot Framework signing keys could not be read");
            return AuthenticationResult.Fail("signing keys unavailable");
        }
        if (key is null)
        {
            return AuthenticationResult.Fail("token signed with an unknown key");
        }
        if (!string.IsNullOrEmpty(activity.ChannelId) && !Endorsements(key).Contains(activity.ChannelId, StringComparer.Ordinal))
        {
            return AuthenticationResult.Fail("signing key is not endorsed for the channel");
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuer = BotAuthenticationOptions.BotFrameworkTokenIssuer,
            ValidAudience = appId,
            IssuerSigningKey = key,
            ValidAlgorithms = AllowedAlgorithms,
            ClockSkew = ClockSkew,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ValidateIssuer = true,
            ValidateAudience = true,
            TryAllIssuerSigningKeys = false,
        };
        var validation = await _handler.ValidateTokenAsync(token, parameters);
        if (!validation.IsValid || validation.SecurityToken is not JsonWebToken verified)
        {
            return AuthenticationResult.Fail("token validation failed: " + (validation.Exception?.GetType().Name ?? "invalid"));
        }
        // Issuer compared exactly, whatever leniency (trailing slash…) the library may have.
        if (!string.Equals(verified.Issuer, BotAuthenticationOptions.BotFrameworkTokenIssuer, StringComparison.Ordinal))
        {
            return AuthenticationResult.Fail("token issuer is not Bot Framework");
        }
        if (!verified.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimedServiceUrl)
            || string.IsNullOrEmpty(activity.ServiceUrl)
            || !string.Equals(claimedServiceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationResult.Fail("serviceurl claim does not match the activity");
        }
        return AuthenticationResult.Authenticated;
    }

    // The JWKS publishes, per key, the channels it may sign for: "endorsements": ["msteams", "webchat", …].
    private static IReadOnlyList<string> Endorsements(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue(EndorsementsProperty, out var value) || value is null)
        {
            return [];
        }
        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array =>
                array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList(),
            string single => [single],
            IEnumerable<object> items => items.OfType<object>().Select(i => i is JsonElement e ? e.ToString() : i.ToString() ?? "").ToList(),
            _ => [],
        };
    }
}
