namespace Cnam.Bot.DirectLine;

/// <summary>Settings of the built-in Direct Line 3.0 channel (configuration section <c>DirectLine</c>).</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The Direct Line secret: a server-side credential for <c>POST /tokens/generate</c> and full access.
    /// Empty = secret access is disabled (tokens then come only from the page token endpoint).
    /// </summary>
    public string Secret { get; set; } = "";

    /// <summary>
    /// HMAC-SHA256 key for tokens (at least 32 characters). Empty = a random key generated once and kept in the
    /// state store, so that tokens survive a restart.
    /// </summary>
    public string TokenSigningKey { get; set; } = "";

    /// <summary>Token lifetime; Direct Line uses 1800 s and DirectLineJS refreshes every 15 min.</summary>
    public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>The <c>serviceUrl</c> put on activities sent to the bot. Empty = derived from the request.</summary>
    public string ServiceUrl { get; set; } = "";

    /// <summary>The bot's account in Direct Line conversations.</summary>
    public string BotId { get; set; } = "cnam-bot";

    public string BotName { get; set; } = "Cnam Bot";

    /// <summary>Largest accepted activity JSON, in bytes.</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>Largest accepted upload (all files of one upload together), in bytes.</summary>
    public int MaxUploadBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Most activities one conversation's log keeps: past it, the visitor's posts are refused (409
    /// <c>ConversationFull</c>) and the page must start a new conversation. Bounds what one token can make the store hold.
    /// </summary>
    public int MaxActivitiesPerConversation { get; set; } = 5000;

    /// <summary>Most activities returned by one <c>GET …/activities</c>; the client gets the rest on its next poll.</summary>
    public int MaxActivitiesPerGet { get; set; } = 100;

    /// <summary>
    /// Web origins allowed to call the page token endpoint <c>POST /api/directline/token</c> from another site.
    /// Empty = same origin only. The <c>/v3/directline</c> routes accept any origin (they need a bearer token).
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];
}
