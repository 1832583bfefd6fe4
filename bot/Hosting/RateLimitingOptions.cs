namespace Cnam.Bot;

/// <summary>
/// Settings of the rate limits (configuration section <c>RateLimiting</c>). Each budget is a token bucket: up to
/// <see cref="Budget.Burst"/> requests at once, refilled at <see cref="Budget.PermitsPerMinute"/>. The defaults are
/// far above what people do (Web Chat polls once a second per conversation; a person types a few messages a minute)
/// and above the load benchmark (32 conversations from one address), so only floods are refused.
/// </summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>False turns every limit off (e.g. a load test that wants to find the bot's own ceiling).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Per client address, on the public website surface: the page and its files, Direct Line, the calendar feed.
    /// A classroom behind one address shares it, hence the size.
    /// </summary>
    public Budget Client { get; set; } = new() { PermitsPerMinute = 3000, Burst = 300 };

    /// <summary>
    /// Per client address, on the page token endpoints (<c>/api/directline/token</c>, <c>/api/webchat/token</c>), which
    /// anyone may call and which each open a conversation. A class opening the page together stays within the burst.
    /// </summary>
    public Budget Tokens { get; set; } = new() { PermitsPerMinute = 120, Burst = 60 };

    /// <summary>
    /// Per conversation, on <c>/api/messages</c> and Direct Line activity posts. Never per address on
    /// <c>/api/messages</c>: every Bot Connector user arrives from a few Azure addresses.
    /// </summary>
    public Budget Conversation { get; set; } = new() { PermitsPerMinute = 1800, Burst = 120 };

    /// <summary>One token bucket.</summary>
    public sealed class Budget
    {
        public int PermitsPerMinute { get; set; }

        public int Burst { get; set; }

        internal bool IsValid => PermitsPerMinute > 0 && Burst > 0;
    }
}
