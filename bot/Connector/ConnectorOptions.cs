namespace Cnam.Bot.Connector;

/// <summary>Retry and timeout policy of Bot Connector calls (section <c>BotFrameworkConnector</c>).</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "BotFrameworkConnector";

    /// <summary>Attempts per call, the first included.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>First backoff delay; doubled at every retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest computed backoff delay.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>Longest <c>Retry-After</c> we are willing to wait; a longer one ends the retries.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time limit of one HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
