using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cnam.Bot.Tests.Hardening;

/// <summary>
/// One hostile or malformed request of the corpus (<c>Resources/corpus/*.json</c>, format in its README.md): where it
/// goes, what it carries (raw text, JSON, an activity merged over a default one, or a generated body for the huge
/// ones) and what the app must answer.
/// </summary>
public sealed class CorpusCase
{
    public string Name { get; set; } = "";

    /// <summary>Where it runs: <c>anonymous</c> (no MicrosoftAppId) and/or <c>authenticated</c> (tokens checked).</summary>
    public string[] Modes { get; set; } = ["anonymous"];

    public string? Method { get; set; }

    public string? Path { get; set; }

    public Dictionary<string, string>? Headers { get; set; }

    /// <summary>
    /// Authorization: <c>none</c>, <c>secret</c> (Direct Line), <c>dl.token</c>, <c>token-for:URL</c> (a valid Bot
    /// Framework token for another serviceUrl), or the literal header value. Default: a valid credential.
    /// </summary>
    public string? Auth { get; set; }

    /// <summary>The body as text, sent as is (may be invalid JSON).</summary>
    public string? Raw { get; set; }

    /// <summary>The body as bytes (invalid UTF-8...).</summary>
    public string? RawBase64 { get; set; }

    /// <summary>The body as JSON.</summary>
    public JsonElement? Json { get; set; }

    /// <summary><c>/api/messages</c>: properties set over the default expectReplies message (null removes one).</summary>
    public JsonElement? Message { get; set; }

    /// <summary>
    /// <c>/api/messages</c>: turns sent first in the same conversation, each a text or properties set over the default
    /// message; each must be answered 200 (the case's own request is the last turn).
    /// </summary>
    public JsonElement[]? Before { get; set; }

    /// <summary>Direct Line: posts to its own fresh conversation; properties set over a default message.</summary>
    public JsonElement? DlActivity { get; set; }

    /// <summary>Needs a started Direct Line conversation ({dl.conv}, {dl.token}, {dl.user}, {dl.otherConv}).</summary>
    public bool DirectLine { get; set; }

    /// <summary>A generated body: <c>{"name": "message-text", "size": 1048576}</c> (see <see cref="CorpusBodies"/>).</summary>
    public CorpusGenerator? Generate { get; set; }

    /// <summary><c>2xx</c>, <c>4xx</c>, an exact status, or alternatives (<c>401|404</c>).</summary>
    public string Expect { get; set; } = "";

    /// <summary><c>some</c>: at least one reply with text or a card; <c>any</c> (default): none needed.</summary>
    public string? Replies { get; set; }

    /// <summary>Strings that must each appear in a reply (a text, a card's text or a button).</summary>
    public string[] RepliesContain { get; set; } = [];

    /// <summary>Strings that must not appear in any reply or response body (case-insensitive).</summary>
    public string[] MustNotEcho { get; set; } = [];

    [JsonIgnore]
    public string File { get; set; } = "";

    public override string ToString() => Name;
}

public sealed record CorpusGenerator(string Name, int Size);
