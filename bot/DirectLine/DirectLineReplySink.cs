using Cnam.Bot.Protocol;

namespace Cnam.Bot.DirectLine;

/// <summary>
/// Appends what the bot sends during a turn to the conversation's log, where clients poll it.
/// <c>typing</c> is WebSocket-only in Direct Line and <c>conversationUpdate</c> never goes to clients: both are dropped.
/// </summary>
internal sealed class DirectLineReplySink(DirectLineChannel channel, string conversationId, bool inboundIsLogged) : IReplySink
{
    public async Task<string> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!inboundIsLogged)
        {
            // The activity answered (a conversationUpdate) is not in the log that clients see.
            activity.ReplyToId = null;
        }
        return await channel.AppendBotActivityAsync(conversationId, activity, cancellationToken) ?? "";
    }
}
