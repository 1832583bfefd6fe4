using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Cnam.Bot.Tests.DirectLine;

/// <summary>Raw HTTP calls to <c>/v3/directline</c>, answering status and JSON so tests see the wire format.</summary>
public sealed class DirectLineTestClient(HttpClient http)
{
    public const string Base = "/v3/directline";

    public async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, string? bearer, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public Task<(HttpStatusCode Status, JsonNode? Body)> GenerateAsync(string bearer, string? json = null) =>
        SendAsync(HttpMethod.Post, $"{Base}/tokens/generate", bearer, json);

    public Task<(HttpStatusCode Status, JsonNode? Body)> StartAsync(string bearer, string? json = """{"user":{}}""") =>
        SendAsync(HttpMethod.Post, $"{Base}/conversations", bearer, json);

    public Task<(HttpStatusCode Status, JsonNode? Body)> PostActivityAsync(string conversationId, string bearer, string json) =>
        SendAsync(HttpMethod.Post, $"{Base}/conversations/{conversationId}/activities", bearer, json);

    public Task<(HttpStatusCode Status, JsonNode? Body)> GetActivitiesAsync(string conversationId, string bearer, string watermark = "") =>
        SendAsync(HttpMethod.Get, $"{Base}/conversations/{conversationId}/activities?watermark={watermark}", bearer);

    /// <summary>A started conversation: generates a token with the secret (and a user), then starts it.</summary>
    public async Task<(string ConversationId, string Token)> StartNewAsync(string? userId = "dl_visitor")
    {
        var body = userId is null ? null : $$$"""{"user":{"id":"{{{userId}}}","name":"Visiteur"}}""";
        var (_, generated) = await GenerateAsync(DirectLineAppFactory.Secret, body);
        var token = (string)generated!["token"]!;
        var (status, started) = await StartAsync(token);
        Assert.Equal(HttpStatusCode.Created, status);
        return ((string)started!["conversationId"]!, token);
    }

    public static string Message(string text, string clientActivityId, string fromId = "r_client") =>
        $$"""{"type":"message","text":"{{text}}","from":{"id":"{{fromId}}","name":"Léa","role":"user"},"locale":"fr-FR","channelData":{"clientActivityID":"{{clientActivityId}}","other":42},"entities":[{"type":"ClientCapabilities","requiresBotState":true}]}""";
}
