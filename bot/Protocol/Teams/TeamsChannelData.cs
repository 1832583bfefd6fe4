using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cnam.Bot.Protocol.Teams;

/// <summary>
/// The <c>channelData</c> Teams sends with every activity (msteams-docs; SDK TeamsChannelData): the tenant,
/// the team and channel of a channel conversation, the event of a conversationUpdate. Unknown fields are kept.
/// </summary>
public sealed class TeamsChannelData
{
    public TenantInfo? Tenant { get; set; }
    public TeamInfo? Team { get; set; }
    public ChannelInfo? Channel { get; set; }

    /// <summary><c>teamMemberAdded</c>, <c>teamMemberRemoved</c>, <c>channelCreated</c>, <c>teamRenamed</c>…</summary>
    public string? EventType { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>The Microsoft Entra tenant the conversation belongs to.</summary>
public sealed class TenantInfo
{
    public string? Id { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>A team: its id (<c>19:…@thread.tacv2</c>), name and Microsoft 365 group id.</summary>
public sealed class TeamInfo
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadGroupId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>A channel of a team.</summary>
public sealed class ChannelInfo
{
    public string? Id { get; set; }
    public string? Name { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
