using System.Globalization;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.DirectLine;

/// <summary>
/// The Direct Line 3.0 REST routes under <c>/v3/directline</c> (bot-protocol.md §5) and the page token endpoint.
/// Order of checks on conversation routes: 401 header, 403 token, 403 other conversation, 404 unknown conversation.
/// </summary>
internal static class DirectLineEndpoints
{
    public const string CorsPolicy = "DirectLine";
    public const string PageCorsPolicy = "DirectLinePage";

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v3/directline").RequireCors(CorsPolicy);
        group.MapPost("/tokens/generate", GenerateTokenAsync);
        group.MapPost("/tokens/refresh", RefreshTokenAsync);
        group.MapPost("/conversations", StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.MapPost("/conversations/{conversationId}/upload", DirectLineUpload.UploadAsync);

        app.MapPost("/api/directline/token", PageTokenAsync).RequireCors(PageCorsPolicy);
    }

    /// <summary>
    /// For the website: a token bound to a new conversation and a fresh <c>dl_</c> user, so the page never holds the
    /// secret. Nothing is stored until the page starts the conversation with it.
    /// </summary>
    private static async Task<IResult> PageTokenAsync(DirectLineTokenService tokens, CancellationToken cancellationToken)
    {
        var (token, claims) = await tokens.IssueAsync(DirectLineChannel.NewConversationId(), DirectLineChannel.NewUserId(), null, cancellationToken);
        return DirectLineHttp.Json(new PageTokenResponse(claims.ConversationId, token, tokens.ExpiresIn(claims), claims.UserId!));
    }

    /// <summary><c>POST /tokens/generate</c> (secret only): a token for a new conversation, optionally with a <c>dl_</c> user.</summary>
    private static async Task<IResult> GenerateTokenAsync(HttpContext context, DirectLineHttp http, DirectLineTokenService tokens)
    {
        var (caller, error) = await http.AuthorizeAsync(context);
        if (caller is null)
        {
            return error!;
        }
        if (!caller.IsSecret)
        {
            return DirectLineHttp.Error(StatusCodes.Status403Forbidden, "Forbidden", "Generating a token needs the secret.");
        }
        var (request, bodyError) = await ReadConversationRequestAsync(context, http);
        if (bodyError is not null)
        {
            return bodyError;
        }
        var user = request?.User;
        if (user?.Id is { } userId && !IsValidEmbeddedUserId(userId))
        {
            return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadArgument", "An embedded user id must start with 'dl_' and use only letters, digits and -_.:@ (at most 128).");
        }
        var name = user?.Name is { Length: > 0 and <= 128 } n ? n : null;
        var (token, claims) = await tokens.IssueAsync(DirectLineChannel.NewConversationId(), user?.Id, user?.Id is null ? null : name, context.RequestAborted);
        return DirectLineHttp.Json(new ConversationResponse(claims.ConversationId, token, tokens.ExpiresIn(claims)));
    }

    /// <summary><c>POST /tokens/refresh</c> (token only): a new token for the same conversation and user.</summary>
    private static async Task<IResult> RefreshTokenAsync(HttpContext context, DirectLineHttp http, DirectLineTokenService tokens)
    {
        var (caller, error) = await http.AuthorizeAsync(context);
        if (caller is null)
        {
            return error!;
        }
        if (caller.Claims is not { } old)
        {
            return DirectLineHttp.Error(StatusCodes.Status403Forbidden, "Forbidden", "Refreshing needs a token, not the secret.");
        }
        var (token, claims) = await tokens.IssueAsync(old.ConversationId, old.UserId, old.UserName, context.RequestAborted);
        return DirectLineHttp.Json(new ConversationResponse(claims.ConversationId, token, tokens.ExpiresIn(claims)));
    }

    /// <summary>
    /// <c>POST /conversations</c>: with a token, starts the token's conversation (201) or reports it already started
    /// (200); with the secret, starts a new one. Starting tells the bot who joined (conversationUpdate).
    /// </summary>
    private static async Task<IResult> StartConversationAsync(HttpContext context, DirectLineHttp http, DirectLineTokenService tokens, DirectLineChannel channel)
    {
        var (caller, error) = await http.AuthorizeAsync(context);
        if (caller is null)
        {
            return error!;
        }
        var (request, bodyError) = await ReadConversationRequestAsync(context, http);
        if (bodyError is not null)
        {
            return bodyError;
        }
        var locale = request?.Locale is { Length: > 0 and <= 35 } l ? l : null;
        var bodyUserId = request?.User?.Id is { Length: > 0 and <= 128 } u ? u : null;
        var cancellationToken = context.RequestAborted;

        string token;
        DirectLineTokenClaims claims;
        if (caller.IsSecret)
        {
            (token, claims) = await tokens.IssueAsync(DirectLineChannel.NewConversationId(), bodyUserId, null, cancellationToken);
        }
        else
        {
            token = context.Request.Headers.Authorization[0]!["Bearer ".Length..].Trim();
            claims = caller.Claims!;
            if (claims.UserId is null && bodyUserId?.StartsWith(DirectLineChannel.EmbeddedUserPrefix, StringComparison.Ordinal) == true)
            {
                return DirectLineHttp.Error(StatusCodes.Status403Forbidden, "Forbidden", "User ids starting with 'dl_' must be embedded in the token.");
            }
        }
        var userId = claims.UserId ?? bodyUserId;
        var created = await channel.StartAsync(claims.ConversationId, userId, claims.UserName ?? request?.User?.Name, locale, http.ServiceUrl(context.Request), cancellationToken);
        return DirectLineHttp.Json(new ConversationResponse(claims.ConversationId, token, tokens.ExpiresIn(claims)),
            created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary><c>GET /conversations/{id}?watermark=</c>: reconnect; answers the conversation with a fresh token.</summary>
    private static async Task<IResult> ReconnectAsync(string conversationId, HttpContext context, DirectLineHttp http, DirectLineTokenService tokens, DirectLineChannel channel)
    {
        var (caller, error) = await http.AuthorizeAsync(context);
        if (caller is null)
        {
            return error!;
        }
        if (DirectLineHttp.CheckAccess(caller, conversationId) is { } denied)
        {
            return denied;
        }
        if (!DirectLineChannel.IsValidConversationId(conversationId) || !await channel.ExistsAsync(conversationId, context.RequestAborted))
        {
            return NotFound();
        }
        var (token, claims) = await tokens.IssueAsync(conversationId, caller.Claims?.UserId, caller.Claims?.UserName, context.RequestAborted);
        return DirectLineHttp.Json(new ConversationResponse(conversationId, token, tokens.ExpiresIn(claims)));
    }

    /// <summary><c>POST /conversations/{id}/activities</c>: stores the activity, runs the bot's turn, answers its id.</summary>
    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpContext context, DirectLineHttp http, DirectLineChannel channel, ConversationRateLimiter rateLimiter)
    {
        var (caller, error) = await http.AuthorizeAsync(context);
        if (caller is null)
        {
            return error!;
        }
        if (DirectLineHttp.CheckAccess(caller, conversationId) is { } denied)
        {
            return denied;
        }
        if (!DirectLineChannel.IsValidConversationId(conversationId))
        {
            return NotFound();
        }
        if (rateLimiter.TryAcquire(DirectLineChannel.ChannelId, conversationId) is { } tooMany)
        {
            return tooMany;
        }
        var body = await DirectLineHttp.ReadBoundedAsync(context.Request.Body, context.Request.ContentLength, http.Options.MaxActivityBytes, context.RequestAborted);
        if (body is null)
        {
            return DirectLineHttp.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The activity is too large.");
        }
        if (!DirectLineHttp.TryReadJson<Activity>(body, out var activity) || activity is null)
        {
            return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadSyntax", "The body is not an activity.");
        }
        return ToResult(await channel.PostAsync(conversationId, activity, caller, http.ServiceUrl(context.Request), context.RequestAborted));
    }

    /// <summary>
    /// <c>GET /conversations/{id}/activities?watermark=W</c>: activities after W (all of them when W is empty).
    /// Never 5xx: DirectLineJS silently stops polling on those, so a store failure answers "nothing new". 429 only past
    /// the conversation's own budget (far above Web Chat's one poll a second), never because of the caller's address.
    /// </summary>
    private static async Task<IResult> GetActivitiesAsync(
        string conversationId, string? watermark, HttpContext context, DirectLineHttp http, DirectLineChannel channel, ConversationRateLimiter rateLimiter,
        ILogger<DirectLineChannel> logger)
    {
        var after = long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        try
        {
            var (caller, error) = await http.AuthorizeAsync(context);
            if (caller is null)
            {
                return error!;
            }
            if (DirectLineHttp.CheckAccess(caller, conversationId) is { } denied)
            {
                return denied;
            }
            if (rateLimiter.TryAcquire("directline-poll", conversationId) is { } tooMany)
            {
                return tooMany;
            }
            var page = DirectLineChannel.IsValidConversationId(conversationId)
                ? await channel.ReadAsync(conversationId, after, context.RequestAborted)
                : null;
            if (page is not { } found)
            {
                return NotFound();
            }
            return DirectLineHttp.Json(new ActivitySet(found.Activities, found.Watermark.ToString(CultureInfo.InvariantCulture)));
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Reading Direct Line activities failed; answering an empty set");
            return DirectLineHttp.Json(new ActivitySet([], after.ToString(CultureInfo.InvariantCulture)));
        }
    }

    internal static IResult ToResult(PostResult result) =>
        result.ErrorCode is null
            ? DirectLineHttp.Json(new ResourceResponse(result.Id!))
            : DirectLineHttp.Error(result.Status, result.ErrorCode, result.ErrorMessage!);

    internal static IResult NotFound() =>
        DirectLineHttp.Error(StatusCodes.Status404NotFound, "NotFound", "Unknown conversation.");

    private static async Task<(ConversationRequest? Request, IResult? Error)> ReadConversationRequestAsync(HttpContext context, DirectLineHttp http)
    {
        var body = await DirectLineHttp.ReadBoundedAsync(context.Request.Body, context.Request.ContentLength, 16 * 1024, context.RequestAborted);
        if (body is null)
        {
            return (null, DirectLineHttp.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The request body is too large."));
        }
        return DirectLineHttp.TryReadJson<ConversationRequest>(body, out var request)
            ? (request, null)
            : (null, DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadSyntax", "The body is not valid JSON."));
    }

    private static bool IsValidEmbeddedUserId(string id) =>
        id.StartsWith(DirectLineChannel.EmbeddedUserPrefix, StringComparison.Ordinal)
        && id.Length <= 128
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '@');
}
