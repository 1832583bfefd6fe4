using System.Text.Json.Serialization;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.DirectLine;

// The JSON objects of the Direct Line 3.0 REST API (directline-3.0.json), serialised with ProtocolJson.Options.

/// <summary>Direct Line <c>Conversation</c>. <c>streamUrl</c> is omitted: this channel has no WebSocket stream.</summary>
internal sealed record ConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null);

/// <summary>Answer of the page token endpoint: a Direct Line <c>Conversation</c> plus the embedded user id.</summary>
internal sealed record PageTokenResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string UserId);

/// <summary>Direct Line <c>ActivitySet</c>: activities after the client's watermark, and the new watermark.</summary>
internal sealed record ActivitySet(IReadOnlyList<Activity> Activities, string Watermark);

/// <summary>Direct Line <c>ResourceResponse</c>.</summary>
internal sealed record ResourceResponse(string Id);

/// <summary>Direct Line <c>ErrorResponse</c>: <c>{error:{code, message}}</c> on every 4xx and 5xx.</summary>
internal sealed record ErrorResponse(ErrorBody Error);

internal sealed record ErrorBody(string Code, string Message);

/// <summary>Body of <c>POST /tokens/generate</c> and <c>POST /conversations</c>; every field optional.</summary>
internal sealed class ConversationRequest
{
    public ChannelAccount? User { get; set; }
    public string? Locale { get; set; }
    public List<string>? TrustedOrigins { get; set; }
}
