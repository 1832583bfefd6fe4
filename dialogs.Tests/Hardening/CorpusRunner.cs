using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Cnam.Bot.Protocol;
using Cnam.Bot.Tests.Protocol;

namespace Cnam.Bot.Tests.Hardening;

/// <summary>What the app answered to one corpus case: the status, the raw body, and the bot's replies if any.</summary>
public sealed record CorpusOutcome(int Status, string ContentType, string Body, IReadOnlyList<JsonElement> Replies);

/// <summary>Sends one <see cref="CorpusCase"/> to a <see cref="HardeningHost"/>, with fresh ids and credentials.</summary>
internal static class CorpusRunner
{
    public static async Task<CorpusOutcome> RunAsync(HardeningHost host, CorpusCase c)
    {
        var client = host.CreateClient();
        var conversationId = "corpus-" + Guid.NewGuid().ToString("N");
        var userId = "corpus-user-" + Guid.NewGuid().ToString("N")[..8];
        DirectLineSession? session = null, other = null;
        if (c.DirectLine)
        {
            session = await DirectLineSession.StartAsync(client);
            other = await DirectLineSession.StartAsync(client);
        }
        string Fill(string text) => text
            .Replace("{conv}", conversationId, StringComparison.Ordinal)
            .Replace("{dl.conv}", session?.ConversationId ?? "", StringComparison.Ordinal)
            .Replace("{dl.token}", session?.Token ?? "", StringComparison.Ordinal)
            .Replace("{dl.user}", session?.UserId ?? "", StringComparison.Ordinal)
            .Replace("{dl.otherConv}", other?.ConversationId ?? "", StringComparison.Ordinal)
            .Replace("{admin.key}", CorpusFixture.AdminKey, StringComparison.Ordinal);

        foreach (var turn in c.Before ?? [])
        {
            await SendTurnAsync(host, client, c, turn, conversationId, userId, Fill);
        }

        var message = CorpusBodies.DefaultMessage(conversationId, userId);
        var directLineMessage = CorpusBodies.DefaultDirectLineMessage(session?.UserId ?? userId);
        var path = c.Path ?? (c.DlActivity is not null ? "/v3/directline/conversations/{dl.conv}/activities" : MessagesEndpoint.Path);
        byte[]? body = null;
        if (c.Generate is { } generator)
        {
            body = CorpusBodies.Generate(generator, message, directLineMessage);
        }
        else if (c.Message is not null)
        {
            body = Encoding.UTF8.GetBytes(CorpusBodies.Merge(message, c.Message, Fill));
        }
        else if (c.DlActivity is not null)
        {
            body = Encoding.UTF8.GetBytes(CorpusBodies.Merge(directLineMessage, c.DlActivity, Fill));
        }
        else if (c.Json is { } json)
        {
            body = Encoding.UTF8.GetBytes(Fill(json.GetRawText()));
        }
        else if (c.Raw is not null)
        {
            body = Encoding.UTF8.GetBytes(Fill(c.Raw));
        }
        else if (c.RawBase64 is not null)
        {
            body = Convert.FromBase64String(c.RawBase64);
        }

        var method = new HttpMethod(c.Method ?? (body is null ? "GET" : "POST"));
        using var request = new HttpRequestMessage(method, Fill(path));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }
        foreach (var (name, value) in c.Headers ?? [])
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                request.Content ??= new ByteArrayContent([]);
                request.Content.Headers.Remove("Content-Type");
                request.Content.Headers.TryAddWithoutValidation("Content-Type", value);
            }
            else
            {
                request.Headers.TryAddWithoutValidation(name, Fill(value));
            }
        }
        if (Authorization(host, c, session, path) is { } authorization)
        {
            request.Headers.TryAddWithoutValidation("Authorization", Fill(authorization));
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var contentType = response.Content.Headers.ContentType?.MediaType ?? "";
        var replies = new List<JsonElement>();
        if ((int)response.StatusCode == 200 && contentType == "application/json" && path == MessagesEndpoint.Path)
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.TryGetProperty("activities", out var activities))
            {
                replies.AddRange(activities.EnumerateArray().Select(a => a.Clone()));
            }
        }
        else if ((int)response.StatusCode == 200 && session is not null && method == HttpMethod.Post && path.EndsWith("/activities", StringComparison.Ordinal))
        {
            replies.AddRange(await DirectLineRepliesAsync(client, session, text));
        }
        return new CorpusOutcome((int)response.StatusCode, contentType, text, replies);
    }

    /// <summary>One of the case's earlier turns in its conversation: a text, or properties over the default message.</summary>
    private static async Task SendTurnAsync(HardeningHost host, HttpClient client, CorpusCase c, JsonElement turn, string conversationId, string userId,
        Func<string, string> fill)
    {
        var changes = turn.ValueKind == JsonValueKind.String ? JsonSerializer.SerializeToElement(new { text = turn.GetString() }) : turn;
        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesEndpoint.Path)
        {
            Content = new StringContent(CorpusBodies.Merge(CorpusBodies.DefaultMessage(conversationId, userId), changes, fill), Encoding.UTF8, "application/json"),
        };
        if (Authorization(host, new CorpusCase(), null, MessagesEndpoint.Path) is { } authorization)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        using var response = await client.SendAsync(request);
        if (response.StatusCode != System.Net.HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"'{c.Name}': the earlier turn {turn.GetRawText()} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>The bot's activities that answer the posted one, read back as the visitor's client reads them.</summary>
    private static async Task<IEnumerable<JsonElement>> DirectLineRepliesAsync(HttpClient client, DirectLineSession session, string postAnswer)
    {
        using var posted = JsonDocument.Parse(postAnswer);
        var id = posted.RootElement.GetProperty("id").GetString();
        using var read = await session.GetActivitiesAsync(client);
        using var page = JsonDocument.Parse(await read.Content.ReadAsStringAsync());
        return page.RootElement.GetProperty("activities").EnumerateArray()
            .Where(a => a.TryGetProperty("replyToId", out var r) && r.GetString() == id)
            .Select(a => a.Clone())
            .ToList();
    }

    private static string? Authorization(HardeningHost host, CorpusCase c, DirectLineSession? session, string path)
    {
        var auth = c.Auth;
        if (auth == "none")
        {
            return null;
        }
        if (auth is null && path == MessagesEndpoint.Path)
        {
            // A valid Bot Framework token in authenticated mode; anonymous mode needs none.
            return host.Authenticated ? "Bearer " + host.Network.Keys.CreateToken(FakeNetwork.ServiceUrl) : null;
        }
        if (auth is not null && auth.StartsWith("token-for:", StringComparison.Ordinal))
        {
            return "Bearer " + host.Network.Keys.CreateToken(auth["token-for:".Length..]);
        }
        return auth switch
        {
            "secret" => "Bearer " + HardeningHost.DirectLineSecret,
            "admin.key" => "ApiKey " + CorpusFixture.AdminKey,
            null or "dl.token" => session is null ? null : "Bearer " + session.Token,
            _ => auth,
        };
    }

    /// <summary>Every string value inside a JSON element (texts, card TextBlocks, button titles, data).</summary>
    public static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
