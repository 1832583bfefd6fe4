using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading.RateLimiting;
using Cnam.Bot.Connector;
using Cnam.Bot.Protocol;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Cnam.Bot;

/// <summary>
/// Rate limits (ASP.NET Core's rate limiter, token buckets, section <c>RateLimiting</c>): per client address on the
/// public website surface, per conversation on <c>/api/messages</c> and Direct Line posts (<see cref="ConversationRateLimiter"/>).
/// A refused request gets 429, a <c>Retry-After</c> header in seconds and a JSON error.
/// </summary>
public static class RateLimits
{
    private static readonly string[] Unlimited = [MessagesEndpoint.Path, "/healthz"];

    // The anonymous token issuers: each call may open a conversation. /tokens/generate needs the secret (a server
    // calls it for all its users) and /tokens/refresh a token: both count in the client budget instead.
    private static readonly string[] TokenPaths = ["/api/directline/token", WebsiteExtensions.TokenPath];

    public static WebApplicationBuilder AddRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitingOptions>()
            .Bind(builder.Configuration.GetSection(RateLimitingOptions.SectionName))
            .Validate(o => o.Client.IsValid && o.Tokens.IsValid && o.Conversation.IsValid,
                "RateLimiting: every PermitsPerMinute and Burst must be a positive number.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton<ConversationRateLimiter>();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingOptions>>((limiter, settings) =>
        {
            var limits = settings.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, cancellationToken) =>
                new ValueTask(WriteTooManyRequestsAsync(context.HttpContext, context.Lease, cancellationToken));
            if (limits.Enabled)
            {
                limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits));
            }
        });
        return builder;
    }

    /// <summary>Must come before the static files, so that the page and its files are limited too.</summary>
    public static WebApplication UseRateLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    /// <summary>429 with <c>Retry-After</c> (whole seconds, at least 1) taken from the refused lease.</summary>
    internal static Task WriteTooManyRequestsAsync(HttpContext http, RateLimitLease lease, CancellationToken cancellationToken) =>
        TooManyRequests(lease).ExecuteAsync(http);

    internal static IResult TooManyRequests(RateLimitLease lease) =>
        new TooManyRequestsResult(lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? RetryAfterSeconds(retryAfter.TotalSeconds) : 1);

    /// <summary>Whole seconds, at least 1.</summary>
    internal static int RetryAfterSeconds(double seconds) => Math.Max(1, (int)Math.Ceiling(seconds));

    internal sealed class TooManyRequestsResult(int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            http.Response.ContentType = "application/json; charset=utf-8";
            var error = ErrorResponse.Of("TooManyRequests", $"Too many requests: retry after {seconds} s.");
            return JsonSerializer.SerializeAsync(http.Response.Body, error, ProtocolJson.Options, http.RequestAborted);
        }
    }

    internal static TokenBucketRateLimiterOptions Bucket(RateLimitingOptions.Budget budget)
    {
        // At least one token per period: below one a second, the period stretches instead.
        var (period, tokens) = budget.PermitsPerMinute >= 60
            ? (TimeSpan.FromSeconds(1), (int)Math.Ceiling(budget.PermitsPerMinute / 60.0))
            : (TimeSpan.FromMinutes(1) / budget.PermitsPerMinute, 1);
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = budget.Burst,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitingOptions limits)
    {
        var path = context.Request.Path;
        if (Unlimited.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            // Bot Connector traffic for every user comes from a few Azure addresses: limited per conversation instead.
            return RateLimitPartition.GetNoLimiter("");
        }
        if (IsPolling(context.Request))
        {
            // DirectLineJS stops polling for good on a 429: a classroom behind one address must never get one. Polling
            // is limited per conversation instead, by the endpoint (a token reads its own conversation only).
            return RateLimitPartition.GetNoLimiter("");
        }
        var client = ClientKey(context.Connection.RemoteIpAddress);
        return TokenPaths.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase))
            ? RateLimitPartition.GetTokenBucketLimiter("tokens/" + client, _ => Bucket(limits.Tokens))
            : RateLimitPartition.GetTokenBucketLimiter("client/" + client, _ => Bucket(limits.Client));
    }

    /// <summary><c>GET /v3/directline/conversations/{id}/activities</c>, what Web Chat calls every second.</summary>
    private static bool IsPolling(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && request.Path.StartsWithSegments("/v3/directline/conversations", StringComparison.OrdinalIgnoreCase, out var rest)
        && rest.Value is { } tail && tail.Count(c => c == '/') == 2 && tail.EndsWith("/activities", StringComparison.OrdinalIgnoreCase);

    /// <summary>The client's address; an IPv6 client owns a whole /64, so it counts as one.</summary>
    internal static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "local";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}

/// <summary>
/// The per-conversation budget of <c>/api/messages</c> and Direct Line posts: one token bucket per
/// <c>{channelId}/{conversationId}</c> with the <see cref="RateLimitingOptions.Conversation"/> budget. A bucket is
/// refilled when it is used (tokens accrue continuously at <c>PermitsPerMinute</c>, up to <c>Burst</c>), so an idle
/// conversation costs nothing; a sweep every <see cref="SweepInterval"/> drops the buckets that are full again. (The
/// partitioned limiter of System.Threading.RateLimiting refills every bucket it holds ten times a second under one
/// lock: with thousands of conversations that was 3 % of the bot's CPU under load.)
/// </summary>
public sealed class ConversationRateLimiter : IDisposable
{
    internal static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<(string Channel, string Conversation), Bucket>? _buckets;
    private readonly TimeProvider _clock;
    private readonly ITimer? _sweep;
    private readonly double _capacity;
    private readonly double _tokensPerTick;

    public ConversationRateLimiter(IOptions<RateLimitingOptions> options, TimeProvider? clock = null)
    {
        var limits = options.Value;
        _clock = clock ?? TimeProvider.System;
        if (!limits.Enabled)
        {
            return;
        }
        _capacity = limits.Conversation.Burst;
        _tokensPerTick = limits.Conversation.PermitsPerMinute / 60.0 / _clock.TimestampFrequency;
        _buckets = new();
        _sweep = _clock.CreateTimer(_ => Sweep(), null, SweepInterval, SweepInterval);
    }

    /// <summary>Buckets held: conversations that used part of their budget lately.</summary>
    internal int Count => _buckets?.Count ?? 0;

    /// <summary>
    /// Takes one turn from the conversation's budget: null when granted, else the 429 (with <c>Retry-After</c>) to
    /// answer instead of running the turn.
    /// </summary>
    public IResult? TryAcquire(string channelId, string conversationId)
    {
        if (_buckets is null)
        {
            return null;
        }
        var key = (channelId, conversationId);
        while (true)
        {
            var now = _clock.GetTimestamp();
            var bucket = _buckets.GetOrAdd(key, static (_, state) => new Bucket(state.Capacity, state.Now), (Capacity: _capacity, Now: now));
            lock (bucket)
            {
                if (bucket.Dropped)
                {
                    continue; // the sweep removed it meanwhile: it was full, a new one is too
                }
                bucket.Refill(now, _capacity, _tokensPerTick);
                if (bucket.Tokens >= 1)
                {
                    bucket.Tokens -= 1;
                    return null;
                }
                var waitTicks = (1 - bucket.Tokens) / _tokensPerTick;
                return new RateLimits.TooManyRequestsResult(RateLimits.RetryAfterSeconds(waitTicks / _clock.TimestampFrequency));
            }
        }
    }

    /// <summary>Drops the buckets that refilled to the brim: a new one would be the same.</summary>
    internal void Sweep()
    {
        if (_buckets is null)
        {
            return;
        }
        var now = _clock.GetTimestamp();
        foreach (var (key, bucket) in _buckets)
        {
            lock (bucket)
            {
                bucket.Refill(now, _capacity, _tokensPerTick);
                if (bucket.Tokens >= _capacity)
                {
                    bucket.Dropped = true;
                    _buckets.TryRemove(KeyValuePair.Create(key, bucket));
                }
            }
        }
    }

    public void Dispose() => _sweep?.Dispose();

    private sealed class Bucket(double tokens, long refilledAt)
    {
        public double Tokens = tokens;
        public bool Dropped;
        private long _refilledAt = refilledAt;

        public void Refill(long now, double capacity, double tokensPerTick)
        {
            if (now > _refilledAt)
            {
                Tokens = Math.Min(capacity, Tokens + (now - _refilledAt) * tokensPerTick);
                _refilledAt = now;
            }
        }
    }
}
