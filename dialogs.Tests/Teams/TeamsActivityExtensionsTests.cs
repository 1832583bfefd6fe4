using System.Text.Json;
using Cnam.Bot.Protocol;
using Cnam.Bot.Protocol.Teams;

namespace Cnam.Bot.Tests.Teams;

public sealed class TeamsActivityExtensionsTests
{
    private const string BotId = "28:bot-app-id";

    private static Activity Message(string text, params Entity[] entities) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = new ChannelAccount { Id = BotId, Name = "Cnam Bot" },
        Entities = entities.ToList(),
    };

    [Theory]
    [InlineData("<at>Cnam Bot</at> c'est quand mon prochain cours ?", "c'est quand mon prochain cours ?")]
    [InlineData("c'est quand <at>Cnam Bot</at> mon prochain cours ?", "c'est quand mon prochain cours ?")]
    [InlineData("<AT>cnam bot</AT>   les dates de TRS102 ", "les dates de TRS102")]
    public void TheBotsMentionIsRemovedFromTheText(string text, string expected)
    {
        var activity = Message(text, TeamsActivities.Mention(BotId, "Cnam Bot"));
        Assert.True(activity.RemoveRecipientMention());
        Assert.Equal(expected, activity.Text);
    }

    [Fact]
    public void SomeoneElsesMentionStays()
    {
        var activity = Message("<at>Cnam Bot</at> <at>Marie</at> a cours quand ?",
            TeamsActivities.Mention(BotId, "Cnam Bot"), TeamsActivities.Mention("29:marie", "Marie"));
        activity.RemoveRecipientMention();
        Assert.Equal("<at>Marie</at> a cours quand ?", activity.Text);
    }

    [Fact]
    public void AnAtTagWithoutAMentionEntityIsNotGuessedAt()
    {
        var activity = Message("<at>Cnam Bot</at> bonjour");
        Assert.False(activity.RemoveRecipientMention());
        Assert.Equal("<at>Cnam Bot</at> bonjour", activity.Text);
    }

    [Fact]
    public void AMentionWithoutTextUsesTheMentionedName()
    {
        var mention = new Entity { Type = "mention", Properties = new() { ["mentioned"] = JsonSerializer.SerializeToElement(new { id = BotId, name = "Cnam Bot" }) } };
        var activity = Message("<at>Cnam Bot</at> aide", mention);
        activity.RemoveRecipientMention();
        Assert.Equal("aide", activity.Text);
    }

    [Fact]
    public void TenantComesFromChannelDataThenFromTheConversation()
    {
        var activity = new Activity
        {
            ChannelData = TeamsActivities.ChannelData("channel"),
            Conversation = new ConversationAccount { Id = "c", TenantId = "other" },
        };
        Assert.Equal(TeamsActivities.TenantId, activity.GetTenantId());
        Assert.Equal(TeamsActivities.TeamId, activity.GetTeamsChannelData()!.Team!.Id);
        Assert.Equal("other", new Activity { Conversation = new ConversationAccount { Id = "c", TenantId = "other" } }.GetTenantId());
        Assert.Null(new Activity { ChannelData = JsonSerializer.SerializeToElement("not an object") }.GetTenantId());
    }
}
