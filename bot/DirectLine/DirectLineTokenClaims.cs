namespace Cnam.Bot.DirectLine;

/// <summary>What a Direct Line token grants: one conversation, optionally one embedded user, until it expires.</summary>
public sealed record DirectLineTokenClaims(string ConversationId, string? UserId, string? UserName, DateTimeOffset ExpiresAt);

/// <summary>Outcome of checking a bearer token.</summary>
public enum TokenValidationStatus
{
    /// <summary>Signature, format and lifetime are fine.</summary>
    Valid,

    /// <summary>Not a token this server signed (malformed, other key, tampered).</summary>
    Invalid,

    /// <summary>Signed by this server but past its expiry: Direct Line answers 403 <c>TokenExpired</c>.</summary>
    Expired,
}
