using Cnam.Bot.Protocol;

namespace Cnam.Bot.Connector;

/// <summary>
/// Posts the replies of a turn to the channel's Bot Connector (normal delivery mode): a reply to the inbound
/// activity when <c>replyToId</c> is set, else a plain send to the conversation.
/// </summary>
public sealed class ConnectorReplySink(IConnectorClient connector, Activity inbound) : IReplySink
{
    public async Task<string> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var serviceUrl = inbound.ServiceUrl
            ?? throw new InvalidOperationException("The inbound activity has no serviceUrl to answer to (A2300).");
        var conversationId = activity.Conversation?.Id ?? inbound.Conversation?.Id
            ?? throw new InvalidOperationException("The reply has no conversation id.");
        var response = string.IsNullOrEmpty(activity.ReplyToId)
            ? await connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken)
            : await connector.ReplyToActivityAsync(serviceUrl, conversationId, activity.ReplyToId, activity, cancellationToken);
        return response.Id ?? string.Empty;
    }
}
