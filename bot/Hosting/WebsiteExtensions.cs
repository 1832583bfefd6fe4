using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Cnam.Bot.DirectLine;
using Microsoft.Extensions.Options;

namespace Cnam.Bot;

/// <summary>
/// The prospects' website (issue 6): <c>GET /</c> serves <c>wwwroot/index.html</c> (Web Chat built from npm into
/// <c>wwwroot/lib</c> by the project's build), <c>POST /api/webchat/token</c> gives the page a Direct Line token, and
/// every response carries the security headers and Content-Security-Policy below.
/// </summary>
public static class WebsiteExtensions
{
    public const string TokenPath = "/api/webchat/token";
    internal const string AzureDirectLineClient = "AzureDirectLine";

    /// <summary>Binds <see cref="WebsiteOptions"/> (section <c>Website</c>) and the Azure Direct Line HTTP client.</summary>
    public static WebApplicationBuilder AddWebsite(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebsiteOptions>()
            .Bind(builder.Configuration.GetSection(WebsiteOptions.SectionName))
            .Validate(o => Uri.TryCreate(o.AzureDirectLine.Endpoint, UriKind.Absolute, out var u) && u.Scheme == Uri.UriSchemeHttps && !o.AzureDirectLine.Endpoint.EndsWith('/'),
                "Website:AzureDirectLine:Endpoint must be an https URL without a trailing slash.")
            .Validate(o => o.FrameAncestors.All(IsCspSource), "Website:FrameAncestors holds a value that is not a CSP source.")
            .ValidateOnStart();
        builder.Services.AddHttpClient(AzureDirectLineClient, client => client.Timeout = TimeSpan.FromSeconds(15));
        return builder;
    }

    /// <summary>Security headers on every response, the static page and its files, and the page token endpoint.</summary>
    public static WebApplication MapWebsite(this WebApplication app)
    {
        var headers = SecurityHeaders.For(app.Services.GetRequiredService<IOptions<WebsiteOptions>>().Value);
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                SecurityHeaders.Apply(context, headers);
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapPost(TokenPath, WebChatTokenEndpoint.IssueAsync);
        return app;
    }

    // A CSP source expression: a keyword in quotes, a scheme, or a host source; no separator that could smuggle a directive.
    private static bool IsCspSource(string value) =>
        value.Length is > 0 and <= 200 && !value.Any(c => char.IsWhiteSpace(c) || c is ';' or ',' || char.IsControl(c));
}

/// <summary>Settings of the website (configuration section <c>Website</c>).</summary>
public sealed class WebsiteOptions
{
    public const string SectionName = "Website";

    /// <summary>Azure Bot Service's Direct Line, used instead of the built-in one when its secret is set.</summary>
    public AzureDirectLineOptions AzureDirectLine { get; set; } = new();

    /// <summary>
    /// Who may show the page in a frame (CSP <c>frame-ancestors</c>), e.g. <c>https://www.cnam.fr</c>.
    /// Empty = nobody (<c>'none'</c>, plus <c>X-Frame-Options: DENY</c>).
    /// </summary>
    public string[] FrameAncestors { get; set; } = [];
}

public sealed class AzureDirectLineOptions
{
    /// <summary>The Direct Line channel secret of the Azure Bot resource. Stays on the server: the page only gets tokens.</summary>
    public string Secret { get; set; } = "";

    /// <summary>Direct Line base URL (a regional one such as <c>https://europe.directline.botframework.com/v3/directline</c>).</summary>
    public string Endpoint { get; set; } = "https://directline.botframework.com/v3/directline";

    public bool Enabled => Secret.Length > 0;
}

/// <summary>
/// <c>POST /api/webchat/token</c>: a Direct Line token bound to a new conversation and a new <c>dl_</c> user, and the
/// Direct Line base URL the page must use. Built-in Direct Line by default; Azure's when its secret is configured,
/// exchanged here server-side (<c>POST /tokens/generate</c>) so the secret never reaches the page. Same-origin only:
/// no CORS policy lets another site read the answer.
/// </summary>
internal static class WebChatTokenEndpoint
{
    public const string BuiltInDomain = "/v3/directline";

    public static async Task<IResult> IssueAsync(
        HttpContext context, IOptions<WebsiteOptions> options, DirectLineTokenService tokens, IHttpClientFactory httpClients, ILogger<WebsiteOptions> logger)
    {
        context.Response.Headers.CacheControl = "no-store";
        var userId = DirectLineChannel.NewUserId();
        var azure = options.Value.AzureDirectLine;
        if (!azure.Enabled)
        {
            var (token, claims) = await tokens.IssueAsync(DirectLineChannel.NewConversationId(), userId, null, context.RequestAborted);
            return Results.Json(new WebChatToken(claims.ConversationId, token, tokens.ExpiresIn(claims), userId, BuiltInDomain));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, azure.Endpoint + "/tokens/generate")
        {
            Content = JsonContent.Create(new GenerateRequest(new GenerateUser(userId))),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", azure.Secret);
        try
        {
            using var response = await httpClients.CreateClient(WebsiteExtensions.AzureDirectLineClient).SendAsync(request, context.RequestAborted);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Azure Direct Line refused a token: HTTP {Status}", (int)response.StatusCode);
                return Unavailable();
            }
            var conversation = await response.Content.ReadFromJsonAsync<GenerateResponse>(context.RequestAborted);
            if (conversation is not { ConversationId.Length: > 0, Token.Length: > 0 })
            {
                logger.LogWarning("Azure Direct Line answered a token request without a conversation or token");
                return Unavailable();
            }
            return Results.Json(new WebChatToken(conversation.ConversationId, conversation.Token, conversation.ExpiresIn, userId, azure.Endpoint));
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException or TaskCanceledException && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Azure Direct Line could not be reached for a token");
            return Unavailable();
        }
    }

    private static IResult Unavailable() =>
        Results.Json(new { error = new { code = "ServiceUnavailable", message = "The chat service is unavailable; try again later." } },
            statusCode: StatusCodes.Status503ServiceUnavailable);

    /// <summary>What the page gets. <c>domain</c> is relative (<c>/v3/directline</c>) for the built-in Direct Line.</summary>
    internal sealed record WebChatToken(
        [property: JsonPropertyName("conversationId")] string ConversationId,
        [property: JsonPropertyName("token")] string Token,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        [property: JsonPropertyName("userId")] string UserId,
        [property: JsonPropertyName("domain")] string Domain);

    private sealed record GenerateRequest([property: JsonPropertyName("user")] GenerateUser User);

    private sealed record GenerateUser([property: JsonPropertyName("id")] string Id);

    private sealed record GenerateResponse(
        [property: JsonPropertyName("conversationId")] string? ConversationId,
        [property: JsonPropertyName("token")] string? Token,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}

/// <summary>
/// The security headers. The Content-Security-Policy is as tight as Web Chat 4.18 works under (checked by the
/// browser tests, which fail on any CSP violation in the console):
/// <list type="bullet">
/// <item><c>script-src 'self'</c>: no inline script and no <c>'unsafe-eval'</c> (the Web Chat bundle does not need it).</item>
/// <item><c>style-src 'self' 'unsafe-inline'</c>: Web Chat styles itself with emotion, which inserts &lt;style&gt; elements
/// at run time (without it, or with only <c>style-src-attr 'unsafe-inline'</c>, Chromium reports violations). A per-request
/// nonce (Web Chat's <c>nonce</c> prop) could replace it, at the price of a generated page instead of a static file.</item>
/// <item><c>img-src 'self' data: blob:</c>: Web Chat's icons are data: URIs; attachments previews are blobs.</item>
/// <item><c>connect-src 'self'</c> (+ the Azure Direct Line origin when configured): the Direct Line calls.</item>
/// <item>Everything else <c>'none'</c>, no framing unless <see cref="WebsiteOptions.FrameAncestors"/> allows it.</item>
/// </list>
/// </summary>
internal static class SecurityHeaders
{
    internal sealed record Values(string ContentSecurityPolicy, bool DenyFraming);

    public static Values For(WebsiteOptions options)
    {
        var connect = "'self'";
        if (options.AzureDirectLine.Enabled)
        {
            connect += " " + new Uri(options.AzureDirectLine.Endpoint).GetLeftPart(UriPartial.Authority);
        }
        var ancestors = options.FrameAncestors.Length == 0 ? "'none'" : string.Join(' ', options.FrameAncestors);
        var csp = string.Join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "media-src 'self' data: blob:",
            "connect-src " + connect,
            "manifest-src 'self'",
            "base-uri 'none'",
            "form-action 'none'",
            "object-src 'none'",
            "frame-ancestors " + ancestors);
        return new Values(csp, options.FrameAncestors.Length == 0);
    }

    public static void Apply(HttpContext context, Values values)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = values.ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (values.DenyFraming)
        {
            headers.XFrameOptions = "DENY";
        }
        if (context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = "max-age=31536000";
        }
    }
}
