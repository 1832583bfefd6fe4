namespace Cnam.Bot.State;

/// <summary>Store keys of the per-scope state documents.</summary>
public static class StateKeys
{
    /// <summary><c>conv/{channelId}/{conversationId}</c>: one document per conversation.</summary>
    public static string Conversation(string channelId, string conversationId) => $"conv/{channelId}/{conversationId}";

    /// <summary><c>user/{channelId}/{userId}</c>: one document per user of a channel.</summary>
    public static string User(string channelId, string userId) => $"user/{channelId}/{userId}";
}
