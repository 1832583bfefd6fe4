using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cnam.Bot.State;
using Microsoft.Extensions.Options;

namespace Cnam.Bot.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: compact JWTs signed with HMAC-SHA256. A JWT is used (rather than an
/// opaque string) because DirectLineJS and Web Chat read the embedded user id from the token's <c>user</c> claim.
/// </summary>
public sealed class DirectLineTokenService(IOptions<DirectLineOptions> options, IStateStore store, TimeProvider clock)
{
    private const string Issuer = "cnam-bot/directline";

    // '.' never appears in a conversation id, so this key cannot collide with a conversation's documents.
    internal const string SigningKeyStoreKey = "dl/.signing-key";

    private static readonly string EncodedHeader = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    private readonly SemaphoreSlim _keyLock = new(1, 1);
    private byte[]? _key;

    public TimeSpan Lifetime => TimeSpan.FromSeconds(options.Value.TokenLifetimeSeconds);

    /// <summary>Seconds the token has left (<c>expires_in</c>).</summary>
    public int ExpiresIn(DirectLineTokenClaims claims) =>
        (int)Math.Max(0, Math.Ceiling((claims.ExpiresAt - clock.GetUtcNow()).TotalSeconds));

    /// <summary>Signs a token for a conversation (and an embedded user, when given) valid for <see cref="Lifetime"/>.</summary>
    public async Task<(string Token, DirectLineTokenClaims Claims)> IssueAsync(
        string conversationId, string? userId, string? userName, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expires = now + Lifetime;
        var payload = new TokenPayload
        {
            Issuer = Issuer,
            Conversation = conversationId,
            User = userId,
            Name = userName,
            IssuedAt = now.ToUnixTimeSeconds(),
            Expires = expires.ToUnixTimeSeconds(),
            // Two tokens issued in the same second (a refresh) still differ.
            Nonce = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(9)),
        };
        var signingInput = EncodedHeader + "." + Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload, PayloadJson));
        var signature = HMACSHA256.HashData(await GetKeyAsync(cancellationToken), Encoding.ASCII.GetBytes(signingInput));
        var claims = new DirectLineTokenClaims(conversationId, userId, userName, DateTimeOffset.FromUnixTimeSeconds(payload.Expires));
        return (signingInput + "." + Base64Url.EncodeToString(signature), claims);
    }

    /// <summary>Checks a token's signature, issuer and expiry.</summary>
    public async Task<(TokenValidationStatus Status, DirectLineTokenClaims? Claims)> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != EncodedHeader || !TryDecode(parts[2], out var signature))
        {
            return (TokenValidationStatus.Invalid, null);
        }
        var expected = HMACSHA256.HashData(await GetKeyAsync(cancellationToken), Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(expected, signature) || !TryDecode(parts[1], out var payloadBytes))
        {
            return (TokenValidationStatus.Invalid, null);
        }
        TokenPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<TokenPayload>(payloadBytes, PayloadJson);
        }
        catch (JsonException)
        {
            return (TokenValidationStatus.Invalid, null);
        }
        if (payload is null || payload.Issuer != Issuer || string.IsNullOrEmpty(payload.Conversation))
        {
            return (TokenValidationStatus.Invalid, null);
        }
        var expires = DateTimeOffset.FromUnixTimeSeconds(payload.Expires);
        var claims = new DirectLineTokenClaims(payload.Conversation, payload.User, payload.Name, expires);
        return clock.GetUtcNow() >= expires ? (TokenValidationStatus.Expired, claims) : (TokenValidationStatus.Valid, claims);
    }

    private static bool TryDecode(string text, out byte[] bytes)
    {
        try
        {
            bytes = Base64Url.DecodeFromChars(text);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }

    private async Task<byte[]> GetKeyAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _key) is { } cached)
        {
            return cached;
        }
        await _keyLock.WaitAsync(cancellationToken);
        try
        {
            _key ??= await LoadKeyAsync(cancellationToken);
            return _key;
        }
        finally
        {
            _keyLock.Release();
        }
    }

    private async Task<byte[]> LoadKeyAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value.TokenSigningKey;
        if (!string.IsNullOrEmpty(configured))
        {
            return Encoding.UTF8.GetBytes(configured);
        }
        var stored = await store.ReadAsync(SigningKeyStoreKey, cancellationToken);
        if (stored is null)
        {
            var json = JsonSerializer.Serialize(new StoredKey(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
            try
            {
                await store.WriteAsync(SigningKeyStoreKey, json, expectedETag: null, cancellationToken);
            }
            catch (ConcurrencyException)
            {
                // Another instance stored its key first: everyone uses that one.
            }
            stored = await store.ReadAsync(SigningKeyStoreKey, cancellationToken)
                ?? throw new InvalidOperationException("The Direct Line signing key could not be stored.");
        }
        var key = JsonSerializer.Deserialize<StoredKey>(stored.Json)?.Key
            ?? throw new InvalidOperationException("The stored Direct Line signing key is unreadable.");
        return Convert.FromBase64String(key);
    }

    private static readonly JsonSerializerOptions PayloadJson = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private sealed record StoredKey(string Key);

    private sealed class TokenPayload
    {
        [JsonPropertyName("iss")] public string? Issuer { get; set; }
        [JsonPropertyName("conv")] public string? Conversation { get; set; }

        // DirectLineJS and Web Chat take the user id from this claim.
        [JsonPropertyName("user")] public string? User { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("iat")] public long IssuedAt { get; set; }
        [JsonPropertyName("exp")] public long Expires { get; set; }
        [JsonPropertyName("jti")] public string? Nonce { get; set; }
    }
}
