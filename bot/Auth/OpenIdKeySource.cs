using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Cnam.Bot.Auth;

/// <summary>
/// The Bot Framework signing keys, from the OpenID metadata's <c>jwks_uri</c>. A
/// <see cref="ConfigurationManager{T}"/> keeps them fresh; a token signed with a key we do not know
/// triggers an immediate re-read (keys rotate), at most once per <see cref="MinimumForcedRefreshInterval"/>
/// so that a flood of made-up key ids cannot hammer the token service.
/// </summary>
public sealed class OpenIdKeySource
{
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly IDocumentRetriever _retriever;
    private readonly string _metadataUrl;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _forcedRefreshLock = new(1, 1);
    private DateTimeOffset _lastForcedRefresh = DateTimeOffset.MinValue;
    private OpenIdConnectConfiguration? _forced;

    public OpenIdKeySource(IOptions<BotAuthenticationOptions> options, IHttpClientFactory httpClientFactory, TimeProvider clock)
    {
        _metadataUrl = options.Value.OpenIdMetadataUrl;
        _retriever = new HttpClientDocumentRetriever(httpClientFactory);
        _clock = clock;
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(_metadataUrl, new OpenIdConnectConfigurationRetriever(), _retriever)
        {
            // The SDK re-reads the Bot Framework keys every 5 days; once a day is cheap and safer.
            AutomaticRefreshInterval = TimeSpan.FromDays(1),
        };
    }

    /// <summary>Smallest gap between two re-reads caused by unknown key ids.</summary>
    public TimeSpan MinimumForcedRefreshInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The key with this id, or null when the token service does not publish it (even after a re-read).</summary>
    public async Task<JsonWebKey?> FindKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        var configuration = await _manager.GetConfigurationAsync(cancellationToken);
        var key = Find(configuration, keyId) ?? Find(CurrentForced(), keyId);
        if (key is not null)
        {
            return key;
        }
        var refreshed = await ForceRefreshAsync(cancellationToken);
        return Find(refreshed, keyId);
    }

    private async Task<OpenIdConnectConfiguration?> ForceRefreshAsync(CancellationToken cancellationToken)
    {
        await _forcedRefreshLock.WaitAsync(cancellationToken);
        try
        {
            var now = _clock.GetUtcNow();
            if (now - _lastForcedRefresh < MinimumForcedRefreshInterval)
            {
                return CurrentForced();
            }
            _lastForcedRefresh = now;
            // ConfigurationManager refreshes in the background now; read the document ourselves so this very
            // request sees a rotated key, and let the manager catch up for the following ones.
            _manager.RequestRefresh();
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(_metadataUrl, _retriever, cancellationToken);
            Volatile.Write(ref _forced, configuration);
            return configuration;
        }
        finally
        {
            _forcedRefreshLock.Release();
        }
    }

    // A re-read document only bridges the time until the manager has caught up: a key withdrawn later
    // must stop being accepted at the manager's next refresh.
    private OpenIdConnectConfiguration? CurrentForced() =>
        _clock.GetUtcNow() - _lastForcedRefresh < _manager.AutomaticRefreshInterval ? Volatile.Read(ref _forced) : null;

    private static JsonWebKey? Find(OpenIdConnectConfiguration? configuration, string keyId) =>
        configuration?.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
}
