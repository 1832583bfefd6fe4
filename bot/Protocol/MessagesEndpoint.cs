using System.Text.Json;
using Cnam.Bot.Auth;
using Cnam.Bot.Connector;

namespace Cnam.Bot.Protocol;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework channel endpoint (bot-protocol.md §1–3).
/// Order of checks: verb (405), token present (401), size (413), JSON, <c>type</c> and ids (400), token valid
/// for this activity (401), per-conversation rate (429); then the turn runs through <see cref="BotAdapter"/>.
/// <list type="bullet">
/// <item><c>expectReplies</c>: 200 <c>{"activities":[…]}</c>, nothing posted to the serviceUrl (A3113); wins over invoke.</item>
/// <item><c>invoke</c>: HTTP status = <see cref="InvokeResponse.Status"/>, body = JSON of its body, no wrapper.</item>
/// <item>anything else: replies go to the Bot Connector, the answer is 200 with an empty body.</item>
/// </list>
/// </summary>
public sealed class MessagesEndpoint(
    BotAdapter adapter,
    BotFrameworkAuthenticator authenticator,
    IConnectorClient connector,
    IHostApplicationLifetime lifetime,
    ConversationRateLimiter rateLimiter,
    ILogger<MessagesEndpoint> logger)
{
    public const string Path = "/api/messages";

    /// <summary>Largest accepted body. Teams caps bot messages at 40 KB; user activities are far smaller.</summary>
    public const int MaxBodyBytes = 512 * 1024;

    /// <summary>Set on activities whose token was validated (never taken from the wire).</summary>
    public const string AzureCallerId = "urn:botframework:azure";

    public async Task HandleAsync(HttpContext http)
    {
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, "MethodNotAllowed", "Only POST is supported on this endpoint.");
            return;
        }
        string? authorization = http.Request.Headers.Authorization;
        if (authenticator.RequiresToken && string.IsNullOrEmpty(authorization))
        {
            await WriteUnauthorizedAsync(http);
            return;
        }

        var body = await ReadBodyAsync(http.Request, http.RequestAborted);
        if (body is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"The body exceeds {MaxBodyBytes / 1024} KB.");
            return;
        }
        if (body.Length == 0)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, "MissingBody", "The request has no body; an activity is expected.");
            return;
        }
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            activity = null;
        }
        if (activity is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, "InvalidJson", "The body is not a JSON activity.");
            return;
        }
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, "MissingProperty", "The activity has no 'type' (A2010).");
            return;
        }

        if (InvalidIds(activity) is { } invalid)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, "InvalidProperty", invalid);
            return;
        }

        var auth = await authenticator.AuthenticateAsync(authorization, activity, http.RequestAborted);
        if (!auth.Succeeded)
        {
            await WriteUnauthorizedAsync(http);
            return;
        }
        // Per conversation, never per address: every Bot Connector user comes from the same few Azure addresses.
        if (rateLimiter.TryAcquire(activity.ChannelId ?? "", activity.Conversation?.Id ?? "") is { } tooMany)
        {
            await tooMany.ExecuteAsync(http);
            return;
        }
        // callerId is never trusted from the wire: it says who we authenticated.
        activity.CallerId = auth.IsAnonymous ? null : AzureCallerId;

        var expectReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);
        if (!expectReplies && !IsHttpUrl(activity.ServiceUrl))
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, "MissingProperty", "The activity has no absolute http(s) 'serviceUrl' to answer to (A2300).");
            return;
        }

        IReplySink sink = expectReplies ? new BufferedReplySink() : new ConnectorReplySink(connector, activity);
        InvokeResponse? invokeResponse;
        try
        {
            // The turn is not cut short when the channel hangs up: its replies still go out.
            invokeResponse = await adapter.ProcessActivityAsync(activity, sink, lifetime.ApplicationStopping);
        }
        catch (Exception ex) when (!lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // Exception messages can quote what the user typed: only the type at Error, details at Debug.
            logger.LogError("Turn failed for a {ActivityType} activity on {ChannelId}: {ExceptionType}", activity.Type, activity.ChannelId, ex.GetType().FullName);
            logger.LogDebug(ex, "Turn failure details");
            await WriteErrorAsync(http, StatusCodes.Status500InternalServerError, "InternalError", "The bot could not process the activity.");
            return;
        }

        if (sink is BufferedReplySink buffered)
        {
            var replies = new ExpectedReplies { Activities = [.. buffered.Activities] };
            if (invokeResponse is not null)
            {
                replies.Activities.Add(new Activity
                {
                    Type = ExpectedReplies.InvokeResponseType,
                    Value = JsonSerializer.SerializeToElement(invokeResponse, ProtocolJson.Options),
                });
            }
            await WriteJsonAsync(http, StatusCodes.Status200OK, replies, ProtocolJson.OutboundOptions);
            return;
        }
        if (invokeResponse is not null)
        {
            if (invokeResponse.Body is null)
            {
                http.Response.StatusCode = invokeResponse.Status;
                return;
            }
            await WriteJsonAsync(http, invokeResponse.Status, invokeResponse.Body, ProtocolJson.Options);
            return;
        }
        http.Response.StatusCode = StatusCodes.Status200OK;
    }

    /// <summary>The body, or null when it is larger than <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>Largest conversation or user id, in UTF-8 bytes: state keys are built from them (LiteDB keys stop at 1023 bytes).</summary>
    public const int MaxIdBytes = 512;

    /// <summary>
    /// Why the ids cannot address state, or null. Every activity needs a conversation; a channel id is a plain name,
    /// so that no id can reach into another channel's keys (<c>conv/{channelId}/…</c>).
    /// </summary>
    private static string? InvalidIds(Activity activity)
    {
        // An empty channel id is tolerated as the SDK does (no endorsement to check); its state goes under "unknown".
        if (activity.ChannelId is { Length: > 0 } channel
            && (channel.Length > 64 || !channel.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            return "'channelId' must be at most 64 letters, digits, '-', '_' or '.'.";
        }
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id) || System.Text.Encoding.UTF8.GetByteCount(activity.Conversation.Id) > MaxIdBytes)
        {
            return $"The activity needs a 'conversation.id' of at most {MaxIdBytes} bytes.";
        }
        if (activity.From?.Id is { } from && System.Text.Encoding.UTF8.GetByteCount(from) > MaxIdBytes)
        {
            return $"'from.id' is longer than {MaxIdBytes} bytes.";
        }
        return null;
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static Task WriteUnauthorizedAsync(HttpContext http)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return WriteErrorAsync(http, StatusCodes.Status401Unauthorized, "Unauthorized", "A valid Bot Framework token is required.");
    }

    private static Task WriteErrorAsync(HttpContext http, int status, string code, string message) =>
        WriteJsonAsync(http, status, ErrorResponse.Of(code, message), ProtocolJson.Options);

    private static async Task WriteJsonAsync(HttpContext http, int status, object body, JsonSerializerOptions options)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(http.Response.Body, body, body.GetType(), options, http.RequestAborted);
    }
}
