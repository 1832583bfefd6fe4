using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Cnam.Bot.DirectLine;
using Cnam.Bot.Protocol;
using Cnam.Bot.State;
using Microsoft.Extensions.DependencyInjection;

namespace Cnam.Bot.Tests.DirectLine;

/// <summary>Upload, proactive messages, conversation lookup, restarts and store failures.</summary>
public sealed class DirectLineChannelTests
{
    [Fact]
    public async Task AMultipartUploadBecomesOneMessageWhoseFilesAreDataUrls()
    {
        using var app = new DirectLineAppFactory();
        var client = new DirectLineTestClient(app.CreateClient());
        var (conversationId, token) = await client.StartNewAsync("dl_upload");
        using var form = new MultipartFormDataContent();
        var activityPart = new StringContent("""{"type":"message","text":"mon CV","from":{"id":"dl_upload"},"attachments":[{"contentType":"text/plain","name":"cv.txt","thumbnailUrl":"data:image/png;base64,AA=="}],"channelData":{"clientActivityID":"up-1"}}""");
        activityPart.Headers.ContentType = new MediaTypeHeaderValue(DirectLineUpload.ActivityContentType);
        form.Add(activityPart, "activity", "blob");
        var filePart = new ByteArrayContent(Encoding.UTF8.GetBytes("Bonjour"));
        filePart.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(filePart, "file", "cv.txt");
        using var http = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{DirectLineTestClient.Base}/conversations/{conversationId}/upload?userId=dl_upload") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await http.SendAsync(request);
        var posted = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var (_, log) = await client.GetActivitiesAsync(conversationId, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = log!["activities"]!.AsArray().Single(a => (string?)a!["id"] == (string?)posted["id"])!;
        Assert.Equal("up-1", (string?)echo["channelData"]!["clientActivityID"]);
        var attachment = Assert.Single(echo["attachments"]!.AsArray())!;
        Assert.Equal("cv.txt", (string?)attachment["name"]);
        Assert.Equal("text/plain", (string?)attachment["contentType"]);
        Assert.Equal("data:text/plain;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes("Bonjour")), (string?)attachment["contentUrl"]);
        Assert.Equal("data:image/png;base64,AA==", (string?)attachment["thumbnailUrl"]);
        Assert.Contains(app.Bot.Received, a => a.Id == (string?)posted["id"] && a.Attachments?.Count == 1);
    }

    [Fact]
    public async Task AnUploadLargerThanTheLimitIs413AndNothingIsStored()
    {
        using var app = new DirectLineAppFactory();
        var client = new DirectLineTestClient(app.CreateClient());
        var (conversationId, token) = await client.StartNewAsync();
        var (_, before) = await client.GetActivitiesAsync(conversationId, token);
        using var http = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{DirectLineTestClient.Base}/conversations/{conversationId}/upload?userId=u")
        {
            Content = new ByteArrayContent(new byte[1024 * 1024 + 1]),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await http.SendAsync(request);
        var (_, after) = await client.GetActivitiesAsync(conversationId, token, (string)before!["watermark"]!);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("MessageSizeTooBig", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]);
        Assert.Empty(after!["activities"]!.AsArray());
    }

    [Fact]
    public async Task AProactiveMessageReachesTheVisitorOnTheNextPollAndTheConversationCanBeLookedUp()
    {
        using var app = new DirectLineAppFactory();
        var client = new DirectLineTestClient(app.CreateClient());
        var (conversationId, token) = await client.StartNewAsync("dl_suivi");
        var channel = app.Services.GetRequiredService<DirectLineChannel>();
        var (_, before) = await client.GetActivitiesAsync(conversationId, token);

        var found = await channel.GetConversationAsync(conversationId);
        var id = await channel.SendProactiveAsync(conversationId, new Activity { Type = ActivityTypes.Message, Text = "relance" });
        var (_, after) = await client.GetActivitiesAsync(conversationId, token, (string)before!["watermark"]!);

        Assert.NotNull(found);
        Assert.Equal("dl_suivi", found.User!.Id);
        Assert.Equal("directline", found.Reference.ChannelId);
        Assert.Equal(conversationId, found.Reference.Conversation!.Id);
        Assert.Equal("cnam-bot", found.Reference.Bot!.Id);
        var sent = Assert.Single(after!["activities"]!.AsArray())!;
        Assert.Equal(id, (string?)sent["id"]);
        Assert.Equal("relance", (string?)sent["text"]);
        Assert.Equal("bot", (string?)sent["from"]!["role"]);
        Assert.Equal("dl_suivi", (string?)sent["recipient"]!["id"]);
        Assert.Null(await channel.GetConversationAsync("unknown-conversation"));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => channel.SendProactiveAsync("unknown-conversation", new Activity { Text = "x" }));
    }

    [Fact]
    public async Task TokensAndConversationsSurviveARestartThroughTheStateStore()
    {
        var store = new InMemoryStateStore();
        string conversationId, token;
        using (var first = new DirectLineAppFactory(store))
        {
            (conversationId, token) = await new DirectLineTestClient(first.CreateClient()).StartNewAsync();
        }

        using var second = new DirectLineAppFactory(store);
        var client = new DirectLineTestClient(second.CreateClient());
        var (status, body) = await client.GetActivitiesAsync(conversationId, token);
        var (startStatus, _) = await client.StartAsync(token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Single(body!["activities"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, startStatus);
        Assert.NotNull(await store.ReadAsync("dl/.signing-key"));
    }

    [Fact]
    public async Task ReadingActivitiesNeverAnswers5xxWhenTheStoreFails()
    {
        var store = new FailingReadsStore();
        using var app = new DirectLineAppFactory(store);
        var client = new DirectLineTestClient(app.CreateClient());
        var (conversationId, token) = await client.StartNewAsync();

        store.FailConversationReads = true;
        var (status, body) = await client.GetActivitiesAsync(conversationId, token, "1");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(body!["activities"]!.AsArray());
        Assert.Equal("1", (string?)body["watermark"]);
    }

    /// <summary>An in-memory store whose reads of conversation documents can be made to throw.</summary>
    private sealed class FailingReadsStore : IStateStore
    {
        private readonly InMemoryStateStore _inner = new();

        public bool FailConversationReads { get; set; }

        public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken = default) =>
            FailConversationReads && !key.Contains('.')
                ? throw new IOException("The store is unavailable.")
                : _inner.ReadAsync(key, cancellationToken);

        public Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default) =>
            _inner.WriteAsync(key, json, expectedETag, cancellationToken);

        public Task DeleteAsync(string key, CancellationToken cancellationToken = default) => _inner.DeleteAsync(key, cancellationToken);

        public Task<IReadOnlyList<StoreItem>> ListAsync(string keyPrefix, CancellationToken cancellationToken = default) =>
            _inner.ListAsync(keyPrefix, cancellationToken);

        public Task<int> DeleteByPrefixAsync(string keyPrefix, CancellationToken cancellationToken = default) =>
            _inner.DeleteByPrefixAsync(keyPrefix, cancellationToken);
    }
}
