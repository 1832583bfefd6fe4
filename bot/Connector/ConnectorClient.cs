using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Cnam.Bot.Auth;
using Cnam.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace Cnam.Bot.Connector;

/// <summary>
/// Calls the Bot Connector of the channel that sent an activity. Tokens go only to serviceUrls that came on
/// an authenticated activity (<see cref="TrustedServiceUrls"/>); throttling and transient failures
/// (429, 412, 500, 502, 503, 504, timeouts) are retried with exponential backoff, jitter and Retry-After.
/// </summary>
public sealed class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    IBotTokenProvider tokenProvider,
    TrustedServiceUrls trustedServiceUrls,
    IOptions<ConnectorOptions> options,
    TimeProvider clock,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    public const string HttpClientName = "BotConnector";

    private static readonly HashSet<HttpStatusCode> Retryable =
    [
        HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed, HttpStatusCode.InternalServerError,
        HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout,
    ];

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        PostAsync<ResourceResponse>(serviceUrl, BuildPath("v3/conversations", conversationId, "activities", replyToId), activity, cancellationToken);

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        PostAsync<ResourceResponse>(serviceUrl, BuildPath("v3/conversations", conversationId, "activities"), activity, cancellationToken);

    public Task<ResourceResponse> SendToConversationAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(reference.ServiceUrl) || string.IsNullOrEmpty(reference.Conversation?.Id) || string.IsNullOrEmpty(reference.ChannelId))
        {
            throw new ArgumentException("A conversation reference needs serviceUrl, channelId and conversation.id (A7550).", nameof(reference));
        }
        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId ??= reference.ChannelId;
        activity.Conversation ??= reference.Conversation;
        activity.From ??= reference.Bot;
        activity.Recipient ??= reference.User;
        activity.Locale ??= reference.Locale;
        return SendToConversationAsync(reference.ServiceUrl, reference.Conversation.Id, activity, cancellationToken);
    }

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        PostAsync<ConversationResourceResponse>(serviceUrl, "v3/conversations", parameters, cancellationToken);

    /// <summary>Path segments joined by exactly one '/', each id escaped (Teams ids contain ':', ';', '@', '=').</summary>
    internal static string BuildPath(string prefix, string conversationId, string collection, string? activityId = null)
    {
        if (string.IsNullOrEmpty(conversationId))
        {
            throw new ArgumentException("The conversation id is required.", nameof(conversationId));
        }
        var path = prefix + "/" + Uri.EscapeDataString(conversationId) + "/" + collection;
        return string.IsNullOrEmpty(activityId) ? path : path + "/" + Uri.EscapeDataString(activityId);
    }

    internal static Uri BuildUri(string serviceUrl, string path)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUri) || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("serviceUrl must be an absolute http(s) URL.", nameof(serviceUrl));
        }
        // serviceUrls come with or without a trailing slash (Teams: ".../emea/"): exactly one '/' between parts.
        return new Uri(serviceUrl.TrimEnd('/') + "/" + path.TrimStart('/'));
    }

    /// <summary>
    /// How long to wait before attempt <paramref name="attempt"/> + 1: the server's Retry-After (delta or date)
    /// when given, else <c>BaseDelay·2^(attempt-1)</c> capped at MaxDelay with ±50 % jitter.
    /// Null when the server asks for a longer wait than <see cref="ConnectorOptions.MaxRetryAfter"/>.
    /// </summary>
    internal static TimeSpan? ComputeDelay(RetryConditionHeaderValue? retryAfter, int attempt, ConnectorOptions policy, DateTimeOffset now, double random)
    {
        if (retryAfter is not null)
        {
            var wait = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - now : TimeSpan.Zero);
            if (wait < TimeSpan.Zero)
            {
                wait = TimeSpan.Zero;
            }
            return wait > policy.MaxRetryAfter ? null : wait;
        }
        var exponential = policy.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1);
        var capped = Math.Min(exponential, policy.MaxDelay.TotalMilliseconds);
        // Jitter in [50 %, 150 %) spreads the retries of many conversations throttled at once.
        return TimeSpan.FromMilliseconds(capped * (0.5 + random));
    }

    private async Task<T> PostAsync<T>(string serviceUrl, string path, object body, CancellationToken cancellationToken) where T : new()
    {
        var uri = BuildUri(serviceUrl, path);
        var token = await tokenProvider.GetTokenAsync(cancellationToken);
        if (token is not null && !trustedServiceUrls.IsTrusted(serviceUrl))
        {
            // Never hand the bot's token to an address that did not come from a validated activity.
            throw new ConnectorException("The serviceUrl is not trusted: it did not come from an authenticated activity.");
        }
        var payload = JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ProtocolJson.OutboundOptions);
        var policy = options.Value;
        var client = httpClientFactory.CreateClient(HttpClientName);

        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(payload) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var attemptCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attemptCts.CancelAfter(policy.AttemptTimeout);
            HttpResponseMessage? response = null;
            try
            {
                response = await client.SendAsync(request, attemptCts.Token);
                if (response.IsSuccessStatusCode)
                {
                    return await ReadBodyAsync<T>(response, cancellationToken);
                }
                var status = (int)response.StatusCode;
                if (!Retryable.Contains(response.StatusCode) || attempt >= policy.MaxAttempts)
                {
                    throw new ConnectorException($"Bot Connector answered {status}.", status, await ReadErrorCodeAsync(response, cancellationToken));
                }
                var delay = ComputeDelay(response.Headers.RetryAfter, attempt, policy, clock.GetUtcNow(), Random.Shared.NextDouble())
                    ?? throw new ConnectorException($"Bot Connector answered {status} with a Retry-After beyond the limit.", status);
                logger.LogInformation("Bot Connector answered {Status}; retry {Attempt} in {Delay} ms", status, attempt, (int)delay.TotalMilliseconds);
                await Task.Delay(delay, clock, cancellationToken);
            }
            catch (Exception ex) when (IsTransportFailure(ex, cancellationToken) && attempt < policy.MaxAttempts)
            {
                var delay = ComputeDelay(null, attempt, policy, clock.GetUtcNow(), Random.Shared.NextDouble())!.Value;
                logger.LogInformation("Bot Connector call failed ({Error}); retry {Attempt} in {Delay} ms", ex.GetType().Name, attempt, (int)delay.TotalMilliseconds);
                await Task.Delay(delay, clock, cancellationToken);
            }
            catch (Exception ex) when (IsTransportFailure(ex, cancellationToken))
            {
                throw new ConnectorException("Bot Connector could not be reached.", inner: ex);
            }
            finally
            {
                response?.Dispose();
            }
        }
    }

    // A timeout of one attempt (not the caller's cancellation) or a network error.
    private static bool IsTransportFailure(Exception ex, CancellationToken callerToken) =>
        ex is HttpRequestException || (ex is OperationCanceledException && !callerToken.IsCancellationRequested);

    private static async Task<T> ReadBodyAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken) where T : new()
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new T();
        }
        try
        {
            return JsonSerializer.Deserialize<T>(text, ProtocolJson.Options) ?? new T();
        }
        catch (JsonException)
        {
            // Some channels answer 200 with a non-JSON body; the send itself succeeded.
            return new T();
        }
    }

    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return JsonSerializer.Deserialize<ErrorResponse>(text, ProtocolJson.Options)?.Error?.Code;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
