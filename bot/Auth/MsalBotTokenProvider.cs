using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace Cnam.Bot.Auth;

/// <summary>
/// Connector tokens from Entra ID through MSAL (bot-protocol.md §4): client credentials against
/// <c>{host}/botframework.com</c> (MultiTenant) or <c>{host}/{tenant}</c> (SingleTenant), or the user-assigned
/// managed identity. MSAL keeps the token in its in-memory cache and renews it before it expires, so one
/// application object lives as long as the host.
/// </summary>
public sealed class MsalBotTokenProvider : IBotTokenProvider
{
    public const string HttpClientName = "BotFrameworkToken";

    private readonly BotAuthenticationOptions _options;
    private readonly Lazy<IConfidentialClientApplication>? _confidential;
    private readonly Lazy<IManagedIdentityApplication>? _managedIdentity;

    public MsalBotTokenProvider(IOptions<BotAuthenticationOptions> options, IHttpClientFactory httpClientFactory)
    {
        _options = options.Value;
        if (_options.IsAnonymous)
        {
            return;
        }
        var msalHttp = new MsalHttpClientFactory(httpClientFactory);
        if (_options.AppType == BotAppType.UserAssignedMSI)
        {
            _managedIdentity = new(() => ManagedIdentityApplicationBuilder
                .Create(ManagedIdentityId.WithUserAssignedClientId(_options.AppId!.Trim()))
                .WithHttpClientFactory(msalHttp)
                .Build());
        }
        else
        {
            _confidential = new(() => ConfidentialClientApplicationBuilder
                .Create(_options.AppId!.Trim())
                .WithClientSecret(_options.AppPassword)
                .WithAuthority(_options.Authority, validateAuthority: false)
                // The authority is known (public cloud or a configured one): no discovery round trip.
                .WithInstanceDiscovery(false)
                .WithHttpClientFactory(msalHttp)
                .Build());
        }
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_confidential is not null)
        {
            var result = await _confidential.Value
                .AcquireTokenForClient([_options.OAuthScope])
                .ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }
        if (_managedIdentity is not null)
        {
            // Managed identity asks for a resource, not a scope.
            var resource = _options.OAuthScope.EndsWith("/.default", StringComparison.Ordinal)
                ? _options.OAuthScope[..^"/.default".Length]
                : _options.OAuthScope;
            var result = await _managedIdentity.Value.AcquireTokenForManagedIdentity(resource).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }
        return null;
    }

    private sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => httpClientFactory.CreateClient(HttpClientName);
    }
}
