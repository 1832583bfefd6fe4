using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Tests.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cnam.Bot.Tests.Web;

/// <summary>The website's server side in memory: the page, its headers, the token endpoint in both Direct Line modes.</summary>
public sealed class WebsiteHostTests : IDisposable
{
    private const string AzureSecret = "azure-secret-DO-NOT-LEAK-3f9a1c";
    private const string AzureEndpoint = "https://europe.directline.example.test/v3/directline";

    private readonly BotApplicationFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task RootServesTheFrenchChatPageWithSecurityHeaders()
    {
        var response = await _factory.CreateClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"fr\">", html);
        Assert.Contains("<script src=\"/lib/webchat/webchat.js\" defer></script>", html);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("connect-src 'self';", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("microphone=()", Header(response, "Permissions-Policy"));
    }

    [Fact]
    public async Task PageLoadsOnlyItsOwnScriptsAndStyles()
    {
        var html = await _factory.CreateClient().GetStringAsync("/");
        var urls = Regex.Matches(html, "(?:src|href)=\"([^\"]+)\"", RegexOptions.None, TimeSpan.FromSeconds(1)).Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.True(url.StartsWith('/') || url.StartsWith('#'), $"{url} is not served by the app"));
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain(" style=", html);
        foreach (var url in urls.Where(u => u.StartsWith('/')))
        {
            var response = await _factory.CreateClient().GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task WebChatBundleIsBuiltIntoTheStaticFiles()
    {
        var response = await _factory.CreateClient().GetAsync("/lib/webchat/webchat.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Content.Headers.ContentLength > 1_000_000, "the full Web Chat bundle is a few MB");
    }

    [Fact]
    public async Task PageListsEveryProgrammeOfTheKnowledgeBaseByItsTitle()
    {
        var html = await _factory.CreateClient().GetStringAsync("/");
        var knowledge = _factory.Services.GetRequiredService<KnowledgeBase>();
        var items = Regex.Matches(html, "<li data-programme=\"([^\"]+)\"><strong>([^<]+)</strong>", RegexOptions.None, TimeSpan.FromSeconds(1))
            .ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));

        var programmes = knowledge.Programmes();
        Assert.Equal(programmes.Select(p => p.Code).Distinct().Order(), items.Keys.Order());
        foreach (var (code, title) in items)
        {
            Assert.Contains(Normalize(title), programmes.Where(p => p.Code == code).Select(p => Normalize(p.Title!)));
        }
    }

    [Fact]
    public async Task TokenEndpointGivesABuiltInDirectLineTokenForANewConversation()
    {
        var client = _factory.CreateClient();
        var response = await client.PostAsync("/api/webchat/token", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("/v3/directline", answer.GetProperty("domain").GetString());
        Assert.StartsWith("dl_", answer.GetProperty("userId").GetString());
        Assert.True(answer.GetProperty("expires_in").GetInt32() > 60);

        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations") { Content = JsonContent.Create(new { }) };
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", answer.GetProperty("token").GetString());
        var started = await client.SendAsync(start);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(answer.GetProperty("conversationId").GetString(), (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task TokenEndpointGivesEachVisitorItsOwnConversationAndUser()
    {
        var client = _factory.CreateClient();
        var first = await (await client.PostAsync("/api/webchat/token", null)).Content.ReadFromJsonAsync<JsonElement>();
        var second = await (await client.PostAsync("/api/webchat/token", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.NotEqual(first.GetProperty("conversationId").GetString(), second.GetProperty("conversationId").GetString());
        Assert.NotEqual(first.GetProperty("userId").GetString(), second.GetProperty("userId").GetString());
    }

    [Fact]
    public async Task WithAzureDirectLineTheSecretIsExchangedServerSideAndNeverReachesThePage()
    {
        var azure = new FakeAzureDirectLine(HttpStatusCode.OK, """{"conversationId":"azure-conv-1","token":"azure-token-1","expires_in":3600}""");
        using var factory = WithAzure(azure);

        var response = await factory.CreateClient().PostAsync("/api/webchat/token", null);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(AzureSecret, body);
        var answer = JsonDocument.Parse(body).RootElement;
        Assert.Equal("azure-conv-1", answer.GetProperty("conversationId").GetString());
        Assert.Equal("azure-token-1", answer.GetProperty("token").GetString());
        Assert.Equal(3600, answer.GetProperty("expires_in").GetInt32());
        Assert.Equal(AzureEndpoint, answer.GetProperty("domain").GetString());

        var request = Assert.Single(azure.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(AzureEndpoint + "/tokens/generate", request.Uri);
        Assert.Equal("Bearer " + AzureSecret, request.Authorization);
        var userId = JsonDocument.Parse(request.Body).RootElement.GetProperty("user").GetProperty("id").GetString();
        Assert.Equal(answer.GetProperty("userId").GetString(), userId);
        Assert.StartsWith("dl_", userId);
    }

    [Fact]
    public async Task WithAzureDirectLineThePolicyLetsThePageConnectToAzureOnly()
    {
        using var factory = WithAzure(new FakeAzureDirectLine(HttpStatusCode.OK, "{}"));
        var response = await factory.CreateClient().GetAsync("/");

        Assert.Contains("connect-src 'self' https://europe.directline.example.test;", Header(response, "Content-Security-Policy"));
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, """{"error":{"code":"Forbidden","message":"bad secret"}}""")]
    [InlineData(HttpStatusCode.OK, """{"conversationId":"c"}""")]
    [InlineData(HttpStatusCode.OK, "not json")]
    public async Task AzureDirectLineFailureAnswers503WithoutItsDetails(HttpStatusCode azureStatus, string azureBody)
    {
        using var factory = WithAzure(new FakeAzureDirectLine(azureStatus, azureBody));
        var response = await factory.CreateClient().PostAsync("/api/webchat/token", null);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain("bad secret", body);
        Assert.DoesNotContain(AzureSecret, body);
    }

    [Fact]
    public async Task ConfiguredFrameAncestorsMayFrameThePage()
    {
        using var factory = _factory.WithWebHostBuilder(b => b.UseSetting("Website:FrameAncestors:0", "https://www.cnam.fr"));
        var response = await factory.CreateClient().GetAsync("/");

        Assert.Contains("frame-ancestors https://www.cnam.fr", Header(response, "Content-Security-Policy"));
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Fact]
    public void AFrameAncestorThatWouldInjectADirectiveStopsTheStart()
    {
        using var factory = _factory.WithWebHostBuilder(b => b.UseSetting("Website:FrameAncestors:0", "https://a.test; script-src *"));
        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
    }

    private WebApplicationFactory<Program> WithAzure(FakeAzureDirectLine azure) =>
        _factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Website:AzureDirectLine:Secret", AzureSecret);
            b.UseSetting("Website:AzureDirectLine:Endpoint", AzureEndpoint);
            b.ConfigureTestServices(services =>
                services.AddHttpClient(WebsiteExtensions.AzureDirectLineClient).ConfigurePrimaryHttpMessageHandler(() => azure));
        });

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

    private static string Normalize(string text) => text.Replace('’', '\'').Trim();

    /// <summary>Azure's <c>POST /tokens/generate</c> as a test double: records requests, answers one canned response.</summary>
    private sealed class FakeAzureDirectLine(HttpStatusCode status, string body) : HttpMessageHandler
    {
        public List<(HttpMethod Method, string Uri, string? Authorization, string Body)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add((request.Method, request.RequestUri!.ToString(), request.Headers.Authorization?.ToString(),
                request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken)));
            return new HttpResponseMessage(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        }
    }
}
