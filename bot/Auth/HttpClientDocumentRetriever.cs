using Microsoft.IdentityModel.Protocols;

namespace Cnam.Bot.Auth;

/// <summary>
/// Fetches OpenID metadata and key sets through <see cref="IHttpClientFactory"/> (so handlers rotate and tests
/// can replace the network), over https only.
/// </summary>
internal sealed class HttpClientDocumentRetriever(IHttpClientFactory httpClientFactory) : IDocumentRetriever
{
    public const string HttpClientName = "BotFrameworkOpenId";

    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException("OpenID documents are only fetched over https.");
        }
        var client = httpClientFactory.CreateClient(HttpClientName);
        using var response = await client.GetAsync(uri, cancel);
        if (!response.IsSuccessStatusCode)
        {
            throw new IOException($"OpenID document request answered {(int)response.StatusCode}.");
        }
        return await response.Content.ReadAsStringAsync(cancel);
    }
}
