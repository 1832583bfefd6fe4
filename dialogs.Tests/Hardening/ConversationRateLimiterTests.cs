using Cnam.Bot.Tests.DirectLine;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Cnam.Bot.Tests.Hardening;

/// <summary>The per-conversation token buckets: refill by elapsed time, Retry-After, independence, the idle sweep.</summary>
public sealed class ConversationRateLimiterTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero));

    private ConversationRateLimiter Limiter(int permitsPerMinute, int burst, bool enabled = true) =>
        new(Options.Create(new RateLimitingOptions
        {
            Enabled = enabled,
            Conversation = new() { PermitsPerMinute = permitsPerMinute, Burst = burst },
        }), _clock);

    private static async Task<int?> RetryAfterAsync(IResult? refused)
    {
        if (refused is null)
        {
            return null;
        }
        var http = new DefaultHttpContext();
        http.Response.Body = new MemoryStream();
        await refused.ExecuteAsync(http);
        Assert.Equal(StatusCodes.Status429TooManyRequests, http.Response.StatusCode);
        return int.Parse(http.Response.Headers.RetryAfter.ToString());
    }

    [Fact]
    public async Task TheBurstPassesThenTheBucketRefillsWithTime()
    {
        using var limiter = Limiter(permitsPerMinute: 60, burst: 3);
        for (var i = 0; i < 3; i++)
        {
            Assert.Null(limiter.TryAcquire("msteams", "a"));
        }
        Assert.Equal(1, await RetryAfterAsync(limiter.TryAcquire("msteams", "a")));

        _clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.NotNull(limiter.TryAcquire("msteams", "a"));
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Null(limiter.TryAcquire("msteams", "a"));
        Assert.NotNull(limiter.TryAcquire("msteams", "a"));

        // Never more than the burst, however long the conversation was quiet.
        _clock.Advance(TimeSpan.FromHours(1));
        for (var i = 0; i < 3; i++)
        {
            Assert.Null(limiter.TryAcquire("msteams", "a"));
        }
        Assert.NotNull(limiter.TryAcquire("msteams", "a"));
    }

    [Fact]
    public async Task RetryAfterIsTheWaitForTheNextTokenInWholeSeconds()
    {
        using var limiter = Limiter(permitsPerMinute: 1, burst: 1);
        Assert.Null(limiter.TryAcquire("webchat", "a"));
        Assert.Equal(60, await RetryAfterAsync(limiter.TryAcquire("webchat", "a")));
        _clock.Advance(TimeSpan.FromSeconds(45.5));
        Assert.Equal(15, await RetryAfterAsync(limiter.TryAcquire("webchat", "a")));
    }

    [Fact]
    public void ConversationsAndChannelsHaveTheirOwnBudgets()
    {
        using var limiter = Limiter(permitsPerMinute: 1, burst: 2);
        Assert.Null(limiter.TryAcquire("webchat", "a"));
        Assert.Null(limiter.TryAcquire("webchat", "a"));
        Assert.NotNull(limiter.TryAcquire("webchat", "a"));
        Assert.Null(limiter.TryAcquire("webchat", "b"));
        Assert.Null(limiter.TryAcquire("msteams", "a"));
        // The key is the pair, not the joined text.
        Assert.Null(limiter.TryAcquire("webchat/a", ""));
    }

    [Fact]
    public void TheSweepDropsOnlyTheBucketsThatAreFullAgain()
    {
        using var limiter = Limiter(permitsPerMinute: 60, burst: 2);
        Assert.Null(limiter.TryAcquire("webchat", "quiet"));
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Null(limiter.TryAcquire("webchat", "busy"));
        Assert.Null(limiter.TryAcquire("webchat", "busy"));
        Assert.Equal(2, limiter.Count);

        _clock.Advance(TimeSpan.FromSeconds(1)); // quiet is full again, busy has one token of two
        limiter.Sweep();
        Assert.Equal(1, limiter.Count);

        // busy kept its state: one token left, not a fresh burst.
        Assert.Null(limiter.TryAcquire("webchat", "busy"));
        Assert.NotNull(limiter.TryAcquire("webchat", "busy"));
        // quiet starts over with the whole burst.
        Assert.Null(limiter.TryAcquire("webchat", "quiet"));
        Assert.Null(limiter.TryAcquire("webchat", "quiet"));
        Assert.NotNull(limiter.TryAcquire("webchat", "quiet"));
    }

    [Fact]
    public void DisabledGrantsEverythingAndHoldsNothing()
    {
        using var limiter = Limiter(permitsPerMinute: 1, burst: 1, enabled: false);
        for (var i = 0; i < 10; i++)
        {
            Assert.Null(limiter.TryAcquire("webchat", "a"));
        }
        Assert.Equal(0, limiter.Count);
    }
}
