using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Cnam.Bot.Tests.Protocol;

/// <summary>One request the bot made to the outside world, with its body already read.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string Body)
{
    public bool IsConnectorCall => Uri.Host == FakeNetwork.ConnectorHost;
}

/// <summary>
/// Stands in for every remote party of the protocol layer: the Bot Framework OpenID metadata and key set,
/// the Entra token endpoint and the channel's Bot Connector. Records every request.
/// </summary>
public sealed class FakeNetwork(TestSigningKeys keys) : HttpMessageHandler
{
    public const string OpenIdHost = "login.botframework.test";
    public const string LoginHost = "login.microsoftonline.test";
    public const string ConnectorHost = "connector.test";
    public const string MetadataUrl = $"https://{OpenIdHost}/v1/.well-known/openidconfiguration";
    public const string JwksUrl = $"https://{OpenIdHost}/v1/.well-known/keys";
    public const string LoginAuthorityHost = $"https://{LoginHost}";
    public const string ServiceUrl = $"https://{ConnectorHost}/emea/";
    public const string ConnectorAccessToken = "connector-access-token";

    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<Func<HttpResponseMessage>> _connectorAnswers = new();
    private readonly SemaphoreSlim _arrivals = new(0);
    private int _replyNumber;

    public TestSigningKeys Keys { get; } = keys;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public IReadOnlyList<RecordedRequest> ConnectorCalls => Requests.Where(r => r.IsConnectorCall).ToList();

    /// <summary>The next Connector call gets this answer instead of 200 <c>{"id"}</c>.</summary>
    public void EnqueueConnectorAnswer(Func<HttpResponseMessage> answer) => _connectorAnswers.Enqueue(answer);

    /// <summary>Waits until a recorded request matches; fails the test after <paramref name="timeout"/>.</summary>
    public async Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> match, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            var found = Requests.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }
            try
            {
                await _arrivals.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException("The expected request never arrived.");
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body);
        _requests.Enqueue(recorded);
        _arrivals.Release();

        var uri = request.RequestUri!;
        return uri.Host switch
        {
            OpenIdHost when uri.AbsolutePath == "/v1/.well-known/openidconfiguration" => Json(HttpStatusCode.OK,
                $$"""{"issuer":"https://api.botframework.com","authorization_endpoint":"https://invalid.botframework.test","jwks_uri":"{{JwksUrl}}","id_token_signing_alg_values_supported":["RS256"],"token_endpoint_auth_methods_supported":["private_key_jwt"]}"""),
            OpenIdHost when uri.AbsolutePath == "/v1/.well-known/keys" => Json(HttpStatusCode.OK, Keys.JwksJson()),
            LoginHost when uri.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal) => Json(HttpStatusCode.OK,
                $$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"{{ConnectorAccessToken}}"}"""),
            ConnectorHost => _connectorAnswers.TryDequeue(out var answer)
                ? answer()
                : Json(HttpStatusCode.OK, $$"""{"id":"reply-{{Interlocked.Increment(ref _replyNumber)}}"}"""),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        };
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
