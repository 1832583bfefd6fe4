using System.Text.Json;
using System.Text.Json.Serialization;
using Cnam.Bot.Protocol;
using Cnam.Bot.Protocol.Teams;
using Cnam.Bot.State;

namespace Cnam.Bot.Dialogs;

/// <summary>
/// Keeps, per conversation, what is needed to message it later (A7550): the conversation reference with the
/// tenant id (Teams needs it to create or continue a conversation proactively), the team, and whether the
/// serviceUrl came from an activity whose token was validated (A7560). Stored as <c>ref/{channelId}/{conversationId}</c>,
/// written only when it changed.
/// </summary>
public sealed class ConversationReferences(IStateStore store)
{
    public const string KeyPrefix = "ref/";

    public static string Key(string channelId, string conversationId) => $"{KeyPrefix}{channelId}/{conversationId}";

    /// <summary>
    /// Records the reference of <paramref name="activity"/>'s conversation. A reference whose serviceUrl was verified
    /// is never replaced by one from an unauthenticated activity. Returns true when the stored reference changed.
    /// </summary>
    public async Task<bool> SaveAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(activity.Conversation?.Id) || string.IsNullOrEmpty(activity.ServiceUrl))
        {
            return false;
        }
        var entry = await StateEntry<StoredConversationReference>.LoadAsync(store, Key(activity.ChannelId, activity.Conversation.Id), cancellationToken);
        var verified = activity.CallerId == MessagesEndpoint.AzureCallerId;
        if (!entry.IsNew && entry.Value.ServiceUrlVerified && !verified)
        {
            return false;
        }
        entry.Value = StoredConversationReference.From(activity, verified);
        try
        {
            return await entry.SaveAsync(store, cancellationToken);
        }
        catch (ConcurrencyException)
        {
            // Another turn of the same conversation stored it meanwhile: its copy is as good as ours.
            return false;
        }
    }

    /// <summary>The stored reference of a conversation, or null.</summary>
    public async Task<StoredConversationReference?> GetAsync(string channelId, string conversationId, CancellationToken cancellationToken = default)
    {
        var item = await store.ReadAsync(Key(channelId, conversationId), cancellationToken);
        return item is null ? null : JsonSerializer.Deserialize<StoredConversationReference>(item.Json, StateJson.Options);
    }

    /// <summary>Every stored reference of a channel (e.g. <c>msteams</c>), ordered by conversation id.</summary>
    public async Task<IReadOnlyList<StoredConversationReference>> ListAsync(string channelId, CancellationToken cancellationToken = default)
    {
        var items = await store.ListAsync($"{KeyPrefix}{channelId}/", cancellationToken);
        return items.Select(i => JsonSerializer.Deserialize<StoredConversationReference>(i.Json, StateJson.Options)).OfType<StoredConversationReference>().ToList();
    }
}

/// <summary>A conversation reference as stored: the reference, its tenant and team, and how far its serviceUrl is trusted.</summary>
public sealed class StoredConversationReference
{
    public ConversationReference Reference { get; set; } = new();

    /// <summary>The Microsoft Entra tenant (Teams <c>channelData.tenant.id</c>, else <c>conversation.tenantId</c>).</summary>
    public string? TenantId { get; set; }

    /// <summary>The team of a Teams channel conversation.</summary>
    public string? TeamId { get; set; }

    /// <summary>True when the serviceUrl came from an activity whose token was validated (A7560).</summary>
    public bool ServiceUrlVerified { get; set; }

    /// <summary>
    /// UTC day of the last activity in this conversation: the retention job erases a prospect's data a set time after
    /// their last contact. A day, not a time, so the reference is rewritten at most once a day.
    /// </summary>
    public DateOnly? LastContactOn { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>
    /// The reference of <paramref name="activity"/> without what changes every turn (the activity id) and, in a
    /// group conversation, without the member who happened to write last: it stays the same from turn to turn.
    /// </summary>
    public static StoredConversationReference From(Activity activity, bool serviceUrlVerified)
    {
        var tenantId = activity.GetTenantId();
        var conversation = activity.Conversation!;
        var group = conversation.IsGroup == true || conversation.ConversationType is "channel" or "groupChat";
        return new StoredConversationReference
        {
            Reference = new ConversationReference
            {
                ChannelId = activity.ChannelId,
                ServiceUrl = activity.ServiceUrl,
                Locale = activity.Locale,
                Bot = activity.Recipient is null ? null : new ChannelAccount { Id = activity.Recipient.Id, Name = activity.Recipient.Name, Role = "bot" },
                User = group || activity.From is null ? null : new ChannelAccount { Id = activity.From.Id, Name = activity.From.Name, AadObjectId = activity.From.AadObjectId, Role = "user" },
                Conversation = new ConversationAccount
                {
                    Id = conversation.Id,
                    IsGroup = conversation.IsGroup,
                    ConversationType = conversation.ConversationType,
                    TenantId = tenantId,
                },
            },
            TenantId = tenantId,
            TeamId = activity.GetTeamsChannelData()?.Team?.Id,
            ServiceUrlVerified = serviceUrlVerified,
            LastContactOn = DateOnly.FromDateTime((activity.Timestamp ?? DateTimeOffset.UtcNow).UtcDateTime),
        };
    }
}
