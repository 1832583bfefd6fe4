using Cnam.Bot.Auth;
using Cnam.Bot.Connector;
using Cnam.Bot.Protocol;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Cnam.Bot;

public static class ProtocolExtensions
{
    /// <summary>Registers the Bot Framework protocol services: adapter, authentication, Connector client.</summary>
    public static WebApplicationBuilder AddBotProtocol(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);

        // Turns: one adapter for every channel. The IBot comes from AddBotLogic; a factory (not validated when
        // the host is built) lets the host start without one, e.g. for the health probe, and says what is missing.
        services.TryAddSingleton(sp => new BotAdapter(
            sp.GetService<IBot>() ?? throw new InvalidOperationException("No IBot is registered: AddBotLogic must register the bot."),
            sp.GetRequiredService<ILogger<BotAdapter>>(),
            sp.GetRequiredService<TimeProvider>()));

        // Inbound authentication; credentials checked when the host starts.
        services.AddOptions<BotAuthenticationOptions>()
            .Configure<IConfiguration>((options, configuration) => options.Load(configuration))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());
        services.AddHttpClient(HttpClientDocumentRetriever.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.TryAddSingleton<OpenIdKeySource>();
        services.TryAddSingleton<TrustedServiceUrls>();
        services.TryAddSingleton<BotFrameworkAuthenticator>();

        // Outbound: tokens and the Bot Connector client (per-attempt timeouts are the client's own).
        services.AddHttpClient(MsalBotTokenProvider.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        services.AddOptions<ConnectorOptions>().BindConfiguration(ConnectorOptions.SectionName);
        services.AddHttpClient(ConnectorClient.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();

        services.TryAddSingleton<MessagesEndpoint>();
        return builder;
    }

    /// <summary>Maps <c>POST /api/messages</c> (other verbs answer 405).</summary>
    public static WebApplication MapBotProtocol(this WebApplication app)
    {
        // Reading the options here fails start-up at once, with the validator's message, on bad credentials.
        var auth = app.Services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        if (auth.IsAnonymous && app.Environment.IsProduction() && !auth.AllowAnonymousInProduction)
        {
            const string refusal =
                "MicrosoftAppId is empty and the environment is Production: the bot refuses to start in anonymous development mode " +
                "(anyone could post to /api/messages as any user). Set MicrosoftAppId and its credentials, run with " +
                "ASPNETCORE_ENVIRONMENT=Development, or set BotFrameworkAuthentication:AllowAnonymousInProduction=true on purpose.";
            app.Logger.LogCritical(refusal);
            throw new InvalidOperationException(refusal);
        }
        if (auth.IsAnonymous)
        {
            app.Logger.LogWarning(
                "MicrosoftAppId is empty: {Path} runs in anonymous development mode (requests without a token are accepted, replies carry no token). Never expose it this way.",
                MessagesEndpoint.Path);
        }
        app.Map(MessagesEndpoint.Path, (HttpContext http) => http.RequestServices.GetRequiredService<MessagesEndpoint>().HandleAsync(http));
        return app;
    }
}
