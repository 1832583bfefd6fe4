namespace Cnam.Bot.Auth;

/// <summary>Bearer tokens for calls to the Bot Connector.</summary>
public interface IBotTokenProvider
{
    /// <summary>A valid access token, or null in anonymous development mode (no Authorization header is sent).</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
