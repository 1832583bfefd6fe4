using System.Net.Http.Headers;
using System.Text;
using Cnam.Bot.Auth;
using Cnam.Bot.Connector;
using Cnam.Bot.Protocol;
using Cnam.Bot.Tests.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cnam.Bot.Tests.Protocol;

/// <summary>
/// The real host (<c>Program</c>) with a test bot, the fake network behind every outbound HttpClient, and
/// either an app id (authenticated mode) or none (anonymous development mode).
/// </summary>
public sealed class ProtocolHost : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    // Each host its own data directory: two LiteDB stores on one file in one process corrupt it (the hardening corpus
    // found this), and test classes run in parallel.
    private readonly TempDirectory _data = new();

    public ProtocolHost(IBot bot, bool authenticated = true, IDictionary<string, string?>? settings = null)
    {
        Network = new FakeNetwork(new TestSigningKeys());
        var configuration = Settings(authenticated);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:DataDirectory", _data.Path);
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(configuration));
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton(bot);
                RouteOutboundTo(services, Network);
            });
        });
    }

    /// <summary>The identity settings of either mode, with the fake network's token service and short Connector retries.</summary>
    internal static Dictionary<string, string?> Settings(bool authenticated) => new()
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = authenticated ? TestSigningKeys.AppId : "",
        ["MicrosoftAppPassword"] = authenticated ? "test-secret" : "",
        ["MicrosoftAppTenantId"] = "",
        ["BotFrameworkAuthentication:OpenIdMetadataUrl"] = FakeNetwork.MetadataUrl,
        ["BotFrameworkAuthentication:LoginAuthorityHost"] = FakeNetwork.LoginAuthorityHost,
        ["BotFrameworkConnector:BaseDelay"] = "00:00:00.010",
        ["BotFrameworkConnector:MaxDelay"] = "00:00:00.050",
    };

    /// <summary>Every outbound HttpClient of the bot (OpenID metadata, MSAL, Connector) goes to <paramref name="network"/>.</summary>
    internal static void RouteOutboundTo(IServiceCollection services, FakeNetwork network)
    {
        foreach (var name in new[] { HttpClientDocumentRetriever.HttpClientName, MsalBotTokenProvider.HttpClientName, ConnectorClient.HttpClientName })
        {
            services.AddHttpClient(name).ConfigurePrimaryHttpMessageHandler(() => network);
        }
    }

    public FakeNetwork Network { get; }

    public IServiceProvider Services => _factory.Services;

    public HttpClient CreateClient() => _factory.CreateClient();

    /// <summary>POSTs raw JSON to /api/messages, with the given Authorization header if any.</summary>
    public Task<HttpResponseMessage> PostAsync(string json, string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, MessagesEndpoint.Path)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        return CreateClient().SendAsync(request);
    }

    /// <summary>POSTs an activity with a valid Bot Framework token for its serviceUrl.</summary>
    public Task<HttpResponseMessage> PostAuthenticatedAsync(Activity activity) =>
        PostAsync(ProtocolJson.Serialize(activity), "Bearer " + Network.Keys.CreateToken(activity.ServiceUrl!));

    public void Dispose()
    {
        _factory.Dispose();
        _data.Dispose();
    }

    /// <summary>A user message as a channel sends it.</summary>
    public static Activity Message(string text, string channelId = "webchat", string conversationId = "conv-1", string? deliveryMode = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = "activity-1",
        Timestamp = DateTimeOffset.UtcNow,
        ServiceUrl = FakeNetwork.ServiceUrl,
        ChannelId = channelId,
        From = new ChannelAccount { Id = "user-1", Role = "user" },
        Recipient = new ChannelAccount { Id = "bot-1", Name = "Cnam Bot" },
        Conversation = new ConversationAccount { Id = conversationId },
        Text = text,
        Locale = "fr-FR",
        DeliveryMode = deliveryMode,
    };

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);
}
