using System.Text.Json;
using System.Text.Json.Serialization;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Connector;

/// <summary>What the Connector answers to a send or reply: the id the channel gave the activity.</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }
}

/// <summary>Body of <c>POST /v3/conversations</c> (proactive conversation start).</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public List<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }

    /// <summary>Teams needs the tenant to open a conversation.</summary>
    public string? TenantId { get; set; }

    /// <summary>First message of the new conversation, if any.</summary>
    public Activity? Activity { get; set; }

    public JsonElement? ChannelData { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>Answer to <c>POST /v3/conversations</c>: <c>{id, activityId, serviceUrl}</c>.</summary>
public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }
    public string? ActivityId { get; set; }
    public string? ServiceUrl { get; set; }
}

/// <summary>Error body used by the Connector and by our endpoints: <c>{"error":{"code","message"}}</c>.</summary>
public sealed class ErrorResponse
{
    public ErrorBody? Error { get; set; }

    public static ErrorResponse Of(string code, string message) => new() { Error = new ErrorBody { Code = code, Message = message } };
}

public sealed class ErrorBody
{
    public string? Code { get; set; }
    public string? Message { get; set; }
    public JsonElement? InnerHttpError { get; set; }
}
