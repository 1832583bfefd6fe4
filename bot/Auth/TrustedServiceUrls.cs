using System.Collections.Concurrent;

namespace Cnam.Bot.Auth;

/// <summary>
/// The serviceUrls that arrived on activities whose token was validated (the token's <c>serviceurl</c> claim
/// matched). The Connector client sends a bearer token only to these, so a forged serviceUrl can never
/// collect the bot's token. A stored conversation reference flagged as verified (A7560) may be added back.
/// </summary>
public sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, byte> _urls = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string serviceUrl) => _urls.TryAdd(Normalize(serviceUrl), 0);

    public bool IsTrusted(string serviceUrl) => _urls.ContainsKey(Normalize(serviceUrl));

    // "https://smba.trafficmanager.net/emea/" and ".../emea" are the same endpoint.
    private static string Normalize(string serviceUrl) => serviceUrl.Trim().TrimEnd('/');
}
