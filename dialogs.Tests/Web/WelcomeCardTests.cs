using System.Text.Json;
using System.Text.Json.Nodes;
using Cnam.Bot.Cards;
using Cnam.Bot.Dialogs;
using Cnam.Bot.Protocol;
using Cnam.Bot.Tests.Common;

namespace Cnam.Bot.Tests.Web;

public sealed class WelcomeCardTests
{
    [Fact]
    public void WelcomeCardMatchesItsGoldenJson()
    {
        var golden = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Web", "Resources", "welcome-card.json")));
        var built = JsonNode.Parse(WelcomeCard.Content().GetRawText());
        Assert.True(JsonNode.DeepEquals(golden, built), "WelcomeCard.Content() differs from Web/Resources/welcome-card.json:\n" + built);
    }

    [Fact]
    public void EachWelcomeButtonSendsItsMenuEntryAsText()
    {
        var actions = WelcomeCard.Content().GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(BotTexts.MenuEntries, actions.Select(a => a.GetProperty("title").GetString()));
        Assert.All(actions, a =>
        {
            Assert.Equal("Action.Submit", a.GetProperty("type").GetString());
            Assert.Equal(a.GetProperty("title").GetString(), a.GetProperty("data").GetString());
        });
    }

    [Fact]
    public async Task ConversationStartSendsTheWelcomeCardOnce()
    {
        var conversation = TestConversation.WithCnamBot();
        await conversation.Flow()
            .Send(TestConversation.MembersAdded(conversation.UserId))
            .AssertReply(reply =>
            {
                var attachment = Assert.Single(reply.Attachments!);
                Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(WelcomeCard.Content().GetRawText()), JsonNode.Parse(attachment.Content!.Value.GetRawText())));
            })
            .AssertNoReply()
            .Send(TestConversation.MembersAdded(conversation.UserId))
            .AssertNoReply();
    }

    [Fact]
    public async Task MeetingFollowUpEventGreetsForTheMeetingAfterTheWelcome()
    {
        var conversation = TestConversation.WithCnamBot();
        await conversation.Flow()
            .Send(TestConversation.MembersAdded(conversation.UserId))
            .AssertReply(reply => Assert.NotNull(reply.Attachments))
            .Send(MeetingEvent("""{"meetingId":"reunion-2026-03-12"}"""))
            .AssertReply(WelcomeCard.MeetingFollowUp)
            .AssertNoReply();
    }

    [Fact]
    public async Task MeetingFollowUpBeforeTheWelcomeSendsTheWelcomeFirst()
    {
        await TestConversation.WithCnamBot().Flow()
            .Send(MeetingEvent("""{"meetingId":"m1"}"""))
            .AssertReply(reply => Assert.Single(reply.Attachments!))
            .AssertReply(WelcomeCard.MeetingFollowUp)
            .AssertNoReply();
    }

    [Theory]
    [InlineData("""{"meetingId":""}""")]
    [InlineData("""{"meetingId":"<script>"}""")]
    [InlineData("""{"meetingId":"an id that is far too long to be a meeting identifier of any kind at all, really"}""")]
    [InlineData("""{"meetingId":42}""")]
    [InlineData("""{"other":"m1"}""")]
    [InlineData("\"m1\"")]
    public async Task MeetingFollowUpWithAnInvalidIdIsIgnored(string value)
    {
        await TestConversation.WithCnamBot().Flow()
            .Send(MeetingEvent(value))
            .AssertNoReply();
    }

    [Fact]
    public async Task OtherEventsAreIgnored()
    {
        var other = MeetingEvent("""{"meetingId":"m1"}""");
        other.Name = "webchat/join";
        await TestConversation.WithCnamBot().Flow().Send(other).AssertNoReply();
    }

    private static Activity MeetingEvent(string valueJson) => new()
    {
        Type = ActivityTypes.Event,
        Name = CnamBot.MeetingFollowUpEvent,
        Value = JsonDocument.Parse(valueJson).RootElement.Clone(),
    };
}
