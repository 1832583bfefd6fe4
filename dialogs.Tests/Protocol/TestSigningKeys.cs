using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cnam.Bot.Tests.Protocol;

/// <summary>
/// RSA keys made for the test run, published as a Bot Framework style JWKS (each key with its
/// <c>endorsements</c>), and a factory for the tokens Azure Bot Service would send.
/// </summary>
public sealed class TestSigningKeys
{
    public const string AppId = "00000000-1111-2222-3333-444444444444";
    public const string Issuer = "https://api.botframework.com";

    private readonly Dictionary<string, (RSA Key, string[] Endorsements)> _published = new(StringComparer.Ordinal);
    private readonly object _lock = new();

    public TestSigningKeys()
    {
        Publish("channel-key", ["webchat", "msteams", "directline"]);
        Publish("teams-only-key", ["msteams"]);
    }

    /// <summary>Adds (or replaces) a key in the published set, as a key rotation does.</summary>
    public RSA Publish(string keyId, string[] endorsements)
    {
        var rsa = RSA.Create(2048);
        lock (_lock)
        {
            _published[keyId] = (rsa, endorsements);
        }
        return rsa;
    }

    public RSA KeyOf(string keyId)
    {
        lock (_lock)
        {
            return _published[keyId].Key;
        }
    }

    public string JwksJson()
    {
        lock (_lock)
        {
            var keys = _published.Select(p =>
            {
                var parameters = p.Value.Key.ExportParameters(false);
                return new Dictionary<string, object>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = p.Key,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                    ["endorsements"] = p.Value.Endorsements,
                };
            });
            return JsonSerializer.Serialize(new { keys });
        }
    }

    /// <summary>A token as Azure Bot Service sends it; every argument can be bent to make it wrong.</summary>
    public string CreateToken(
        string serviceUrl,
        string keyId = "channel-key",
        RSA? signWith = null,
        string algorithm = SecurityAlgorithms.RsaSha256,
        string issuer = Issuer,
        string audience = AppId,
        DateTime? expires = null)
    {
        var exp = expires ?? DateTime.UtcNow.AddMinutes(30);
        var key = new RsaSecurityKey(signWith ?? KeyOf(keyId)) { KeyId = keyId };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = exp.AddMinutes(-60),
            NotBefore = exp.AddMinutes(-60),
            Expires = exp,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(key, algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
