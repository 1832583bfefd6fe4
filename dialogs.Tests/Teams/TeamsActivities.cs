using System.Text.Json;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Tests.Teams;

/// <summary>Activities shaped as Teams sends them: mention entities, channelData with tenant, team and channel.</summary>
internal static class TeamsActivities
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string TeamId = "19:team-general@thread.tacv2";
    public const string BotName = "Cnam Bot";

    public static JsonElement ChannelData(string? conversationType, string? eventType = null) => JsonSerializer.SerializeToElement(
        conversationType == "channel"
            ? (object)new
            {
                tenant = new { id = TenantId },
                team = new { id = TeamId, name = "Licence pro 2022", aadGroupId = "0a1b2c3d-0000-4000-8000-000000000001" },
                channel = new { id = TeamId, name = "Général" },
                eventType,
            }
            : new { tenant = new { id = TenantId }, eventType });

    /// <summary>A message "<at>Cnam Bot</at> {text}" with the bot's mention entity, in a channel, group chat or personal chat.</summary>
    public static Activity MentionMessage(string botId, string text, string conversationType = "channel", string? conversationId = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = $"<at>{BotName}</at> {text}",
        TextFormat = "plain",
        Conversation = new ConversationAccount
        {
            Id = conversationId ?? (conversationType == "channel" ? $"{TeamId};messageid=1668000000000" : "19:groupchat@thread.v2"),
            ConversationType = conversationType,
            IsGroup = conversationType != "personal",
            TenantId = TenantId,
        },
        From = new ChannelAccount { Id = "29:learner", Name = "Apprenant", AadObjectId = "11111111-2222-3333-4444-555555555555" },
        Entities = [Mention(botId, BotName), new Entity { Type = "clientInfo", Properties = new() { ["locale"] = JsonSerializer.SerializeToElement("fr-FR") } }],
        ChannelData = ChannelData(conversationType),
    };

    public static Entity Mention(string id, string name, string? text = null) => new()
    {
        Type = "mention",
        Properties = new Dictionary<string, JsonElement>
        {
            ["mentioned"] = JsonSerializer.SerializeToElement(new { id, name }),
            ["text"] = JsonSerializer.SerializeToElement(text ?? $"<at>{name}</at>"),
        },
    };

    public static Activity Installation(string action, string conversationType) => new()
    {
        Type = ActivityTypes.InstallationUpdate,
        Action = action,
        Conversation = new ConversationAccount { Id = conversationType + "-conversation", ConversationType = conversationType, TenantId = TenantId, IsGroup = conversationType != "personal" },
        ChannelData = ChannelData(conversationType),
    };

    /// <summary>The bot added to a team: conversationUpdate with the bot in membersAdded, eventType teamMemberAdded.</summary>
    public static Activity BotAddedToTeam(string botId) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount { Id = botId }],
        Conversation = new ConversationAccount { Id = TeamId, ConversationType = "channel", TenantId = TenantId, IsGroup = true },
        ChannelData = ChannelData("channel", "teamMemberAdded"),
    };
}
