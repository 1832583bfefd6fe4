using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Cnam.Bot.Tests.Meetings;

/// <summary>One call the bot made to the fake Connector: the conversation, the message text, what was answered.</summary>
public sealed record ConnectorCall(string ConversationId, string? Text, int Status, string? Locale = null);

/// <summary>
/// A Bot Connector on a real loopback HTTP server (Kestrel, port chosen by the OS) that records every
/// <c>POST /v3/conversations/{id}/activities</c>. A conversation can be made to answer 429 with Retry-After a number
/// of times, or to hang (never answer: the request stays open until the server stops), to stand for throttling and
/// for a process that dies in the middle of a send.
/// </summary>
public sealed class FakeConnectorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly ConcurrentDictionary<string, int> _throttles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _hanging = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private int _ids;

    private FakeConnectorServer(WebApplication app)
    {
        _app = app;
        app.MapPost("/v3/conversations/{conversationId}/activities", HandleAsync);
    }

    /// <summary>The serviceUrl activities must carry for replies to come here.</summary>
    public string ServiceUrl => _app.Urls.First() + "/";

    public IReadOnlyList<ConnectorCall> Calls => _calls.ToArray();

    public static async Task<FakeConnectorServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new FakeConnectorServer(builder.Build());
        await server._app.StartAsync();
        return server;
    }

    /// <summary>The next <paramref name="times"/> calls for the conversation answer 429 with <c>Retry-After: 1</c>.</summary>
    public void Throttle(string conversationId, int times) => _throttles[conversationId] = times;

    /// <summary>Calls for the conversation are recorded but never answered.</summary>
    public void Hang(string conversationId) => _hanging[conversationId] = true;

    /// <summary>Calls for the conversation are answered again (those already hanging stay so).</summary>
    public void Release(string conversationId) => _hanging.TryRemove(conversationId, out _);

    /// <summary>Waits until a call for the conversation arrived; fails after 30 s.</summary>
    public async Task WaitForCallAsync(string conversationId)
    {
        for (var i = 0; i < 300 && !_calls.Any(c => c.ConversationId == conversationId); i++)
        {
            await Task.Delay(100);
        }
        Assert.True(_calls.Any(c => c.ConversationId == conversationId), $"No Connector call for {conversationId} arrived.");
    }

    private async Task<IResult> HandleAsync(string conversationId, HttpRequest request)
    {
        using var body = await JsonDocument.ParseAsync(request.Body);
        var text = body.RootElement.TryGetProperty("text", out var t) ? t.GetString() : null;
        var locale = body.RootElement.TryGetProperty("locale", out var l) ? l.GetString() : null;
        if (_hanging.ContainsKey(conversationId))
        {
            _calls.Enqueue(new ConnectorCall(conversationId, text, 0, locale));
            await Task.Delay(Timeout.Infinite, _stopping.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        if (_throttles.TryGetValue(conversationId, out var left) && left > 0 && _throttles.TryUpdate(conversationId, left - 1, left))
        {
            _calls.Enqueue(new ConnectorCall(conversationId, text, (int)HttpStatusCode.TooManyRequests, locale));
            request.HttpContext.Response.Headers.RetryAfter = "1";
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }
        _calls.Enqueue(new ConnectorCall(conversationId, text, 200, locale));
        return Results.Json(new { id = $"activity-{Interlocked.Increment(ref _ids)}" });
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
