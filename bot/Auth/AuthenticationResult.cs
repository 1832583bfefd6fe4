namespace Cnam.Bot.Auth;

/// <summary>Outcome of checking the <c>Authorization</c> header of an inbound activity.</summary>
public sealed record AuthenticationResult(bool Succeeded, bool IsAnonymous, string? FailureReason)
{
    /// <summary>A validated Azure Bot Service token.</summary>
    public static readonly AuthenticationResult Authenticated = new(true, false, null);

    /// <summary>Development mode: no app id configured and no header sent.</summary>
    public static readonly AuthenticationResult Anonymous = new(true, true, null);

    public static AuthenticationResult Fail(string reason) => new(false, false, reason);
}
