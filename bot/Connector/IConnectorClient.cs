using Cnam.Bot.Protocol;

namespace Cnam.Bot.Connector;

/// <summary>Bot Connector REST calls (bot-protocol.md §4). Ids in paths are URL-escaped.</summary>
public interface IConnectorClient
{
    /// <summary><c>POST {serviceUrl}/v3/conversations/{conversationId}/activities/{replyToId}</c>.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>POST {serviceUrl}/v3/conversations/{conversationId}/activities</c>.</summary>
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Proactive message to a stored conversation: routing fields come from <paramref name="reference"/>.</summary>
    Task<ResourceResponse> SendToConversationAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>POST {serviceUrl}/v3/conversations</c>: opens a conversation (Teams needs the tenant id).</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);
}
