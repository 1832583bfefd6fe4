using Cnam.Bot.DirectLine;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cnam.Bot;

public static class DirectLineExtensions
{
    /// <summary>
    /// Registers the built-in Direct Line 3.0 channel. It needs an <see cref="State.IStateStore"/> (AddStateStore)
    /// and the <see cref="Protocol.BotAdapter"/> (AddBotProtocol).
    /// </summary>
    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DirectLineOptions>()
            .Bind(builder.Configuration.GetSection(DirectLineOptions.SectionName))
            .Validate(o => o.TokenSigningKey.Length is 0 or >= 32, "DirectLine:TokenSigningKey must be at least 32 characters (or empty for a generated key).")
            .Validate(o => o.TokenLifetimeSeconds >= 60, "DirectLine:TokenLifetimeSeconds must be at least 60.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DirectLineTokenService>();
        builder.Services.AddSingleton<DirectLineHttp>();
        builder.Services.AddSingleton<DirectLineChannel>();

        var allowedOrigins = builder.Configuration.GetSection(DirectLineOptions.SectionName).Get<DirectLineOptions>()?.AllowedOrigins ?? [];
        builder.Services.AddCors(cors =>
        {
            // Bearer tokens, not cookies, protect these routes: any page may call them (as directline.botframework.com allows).
            cors.AddPolicy(DirectLineEndpoints.CorsPolicy, policy => policy
                .AllowAnyOrigin()
                .WithMethods("GET", "POST")
                .WithHeaders("Authorization", "Content-Type", "Accept", "x-ms-bot-agent")
                .SetPreflightMaxAge(TimeSpan.FromHours(1)));
            // Minting a page token needs no credential: only the configured sites may do it from a browser.
            cors.AddPolicy(DirectLineEndpoints.PageCorsPolicy, policy => policy
                .WithOrigins(allowedOrigins)
                .WithMethods("POST")
                .WithHeaders("Content-Type"));
        });
        return builder;
    }

    /// <summary>Maps <c>/v3/directline/*</c> (with CORS preflight) and the page token endpoint <c>POST /api/directline/token</c>.</summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.UseCors();
        DirectLineEndpoints.Map(app);
        return app;
    }
}
