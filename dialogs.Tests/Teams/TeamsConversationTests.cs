using System.Text.Json;
using Cnam.Bot.Cards;
using Cnam.Bot.Dialogs;
using Cnam.Bot.Protocol;
using Cnam.Bot.Protocol.Teams;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using Cnam.Bot.Tests.Dialogs.Fakes;
using Cnam.Bot.Tests.Knowledge;
using Cnam.Bot.Tests.Schedules;

namespace Cnam.Bot.Tests.Teams;

/// <summary>The bot as Teams talks to it: mentions in channels and group chats, install in every scope, Action.Execute.</summary>
public sealed class TeamsConversationTests(ShippedKnowledgeFixture fixture) : IClassFixture<ShippedKnowledgeFixture>
{
    private static readonly DateTimeOffset InYear = new(2022, 11, 8, 9, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    [InlineData("personal")]
    public async Task DialogsSeeTheMessageWithoutTheBotsMention(string conversationType)
    {
        var answerer = new FakeQuestionAnswerer();
        var conversation = TestConversation.WithCnamBot(answerer: answerer, channelId: TestConversation.Teams);
        var activity = TeamsActivities.MentionMessage(conversation.BotId, "quels sont les tarifs ?", conversationType);
        activity.Recipient = new ChannelAccount { Id = conversation.BotId, Name = TeamsActivities.BotName };
        await conversation.SendAsync(activity);
        Assert.Equal(["quels sont les tarifs ?"], answerer.Questions);
    }

    [Fact]
    public async Task AScheduleQuestionInAChannelIsAnsweredWithTheCard()
    {
        var bot = new ScheduleBot(fixture.Knowledge);
        var conversation = bot.Conversation(TestConversation.Teams, InYear);
        await conversation.SendAsync(TeamsActivities.MentionMessage(conversation.BotId, "je suis en cours du soir", "personal", conversation.ConversationId));
        var replies = await conversation.SendAsync(TeamsActivities.MentionMessage(conversation.BotId, "j'ai quoi cette semaine ?", "channel"));
        var reply = Assert.Single(replies);
        Assert.Contains("Mardi 8 novembre 2022", ScheduleBot.AllText(reply));
        AssertTeamsCard(reply);
    }

    [Fact]
    public async Task TheConversationReferenceIsKeptWithTheTenantAndTeam()
    {
        var store = new InMemoryStateStore();
        var conversation = TestConversation.WithCnamBot(store, new FakeQuestionAnswerer(), channelId: TestConversation.Teams);
        var activity = TeamsActivities.MentionMessage(conversation.BotId, "bonjour", "channel");
        activity.Conversation!.TenantId = null;
        activity.ServiceUrl = "https://smba.trafficmanager.net/emea/";
        activity.CallerId = MessagesEndpoint.AzureCallerId;
        await conversation.SendAsync(activity);

        var stored = await new ConversationReferences(store).GetAsync(TestConversation.Teams, activity.Conversation.Id!);
        Assert.NotNull(stored);
        Assert.Equal(TeamsActivities.TenantId, stored.TenantId);
        Assert.Equal(TeamsActivities.TenantId, stored.Reference.Conversation!.TenantId);
        Assert.Equal(TeamsActivities.TeamId, stored.TeamId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", stored.Reference.ServiceUrl);
        Assert.True(stored.ServiceUrlVerified);
        Assert.Equal(conversation.BotId, stored.Reference.Bot!.Id);
        // A channel's reference does not name whoever wrote last.
        Assert.Null(stored.Reference.User);
        Assert.Single(await new ConversationReferences(store).ListAsync(TestConversation.Teams));
    }

    [Fact]
    public async Task AnUnauthenticatedActivityDoesNotReplaceAVerifiedServiceUrl()
    {
        var store = new InMemoryStateStore();
        var references = new ConversationReferences(store);
        var verified = TeamsActivities.MentionMessage("28:bot", "bonjour", "personal", "a:personal");
        verified.ChannelId = TestConversation.Teams;
        verified.ServiceUrl = "https://smba.trafficmanager.net/emea/";
        verified.CallerId = MessagesEndpoint.AzureCallerId;
        Assert.True(await references.SaveAsync(verified));
        var forged = TeamsActivities.MentionMessage("28:bot", "bonjour", "personal", "a:personal");
        forged.ChannelId = TestConversation.Teams;
        forged.ServiceUrl = "https://attacker.example/";
        Assert.False(await references.SaveAsync(forged));
        Assert.Equal("https://smba.trafficmanager.net/emea/", (await references.GetAsync(TestConversation.Teams, "a:personal"))!.Reference.ServiceUrl);
        // The same reference again is not rewritten.
        Assert.False(await references.SaveAsync(verified));
    }

    [Theory]
    [InlineData("personal")]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task InstallingTheAppWelcomesOnceInEveryScope(string conversationType)
    {
        var conversation = TestConversation.WithCnamBot(channelId: TestConversation.Teams, conversationId: conversationType + "-conversation");
        await conversation.Flow()
            .Send(TeamsActivities.BotAddedToTeam(conversation.BotId)).AssertNoReply()
            .Send(TeamsActivities.Installation("add", conversationType)).AssertReply(r =>
            {
                // The welcome card (issue 6), which Teams renders too (Adaptive Card 1.5).
                var card = Assert.Single(r.Attachments!).Content!.Value;
                Assert.Contains(card.GetProperty("body").EnumerateArray(), b => b.GetProperty("text").GetString() == BotTexts.Welcome);
                Assert.Equal("1.5", card.GetProperty("version").GetString());
            })
            .Send(TeamsActivities.Installation("add-upgrade", conversationType)).AssertNoReply()
            .Send(TeamsActivities.Installation("remove", conversationType)).AssertNoReply();
    }

    [Fact]
    public async Task ActionExecuteIsAnsweredByRefreshingTheCardWithTheNextWeek()
    {
        var bot = new ScheduleBot(fixture.Knowledge);
        var conversation = bot.Conversation(TestConversation.Teams, InYear);
        await conversation.SendAsync(TestConversation.Message("je suis en cours du soir"));
        var week = (await conversation.SendAsync(TestConversation.Message("j'ai quoi cette semaine ?")))[0];
        var execute = AssertTeamsCard(week);

        var replies = await conversation.SendAsync(TestConversation.Invoke(new
        {
            action = new { type = "Action.Execute", id = "week", verb = execute.GetProperty("verb").GetString(), data = execute.GetProperty("data") },
            trigger = "manual",
        }));
        Assert.Empty(replies);
        var response = conversation.LastInvokeResponse!;
        Assert.Equal(200, response.Status);
        var body = Assert.IsType<AdaptiveCardInvokeResponse>(response.Body);
        Assert.Equal(200, body.StatusCode);
        Assert.Equal(AdaptiveCardInvokeResponse.CardType, body.Type);
        var card = Assert.IsType<JsonElement>(body.Value);
        Assert.Contains("lundi 14 novembre 2022", card.GetRawText());
        Assert.Contains("UASO08", card.GetRawText());
        Assert.True(TeamsMessageLimits.IsSupportedCardVersion(card));
    }

    [Fact]
    public async Task ActionSubmitFromTeamsGetsTheNextWeeksCardAsAMessage()
    {
        var bot = new ScheduleBot(fixture.Knowledge);
        var conversation = bot.Conversation(TestConversation.Teams, InYear);
        await conversation.SendAsync(TestConversation.Message("je suis en cours du soir"));
        var week = (await conversation.SendAsync(TestConversation.Message("j'ai quoi cette semaine ?")))[0];
        var fallback = AssertTeamsCard(week).GetProperty("fallback");
        Assert.Equal("Action.Submit", fallback.GetProperty("type").GetString());

        var submission = conversation.CardSubmission(fallback.GetProperty("data"));
        Assert.Equal(week.Id, submission.ReplyToId);
        var reply = Assert.Single(await conversation.SendAsync(submission));
        Assert.Contains("lundi 14 novembre 2022", ScheduleBot.AllText(reply));
    }

    [Fact]
    public async Task WebChatGetsTheSameButtonAsActionSubmit()
    {
        var bot = new ScheduleBot(fixture.Knowledge);
        var conversation = bot.Conversation(TestConversation.WebChat, InYear);
        await conversation.SendAsync(TestConversation.Message("je suis en cours du soir"));
        var card = ScheduleBot.Card((await conversation.SendAsync(TestConversation.Message("j'ai quoi cette semaine ?")))[0]);
        var types = card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("type").GetString()).ToList();
        Assert.DoesNotContain("Action.Execute", types);
        Assert.Contains("Action.Submit", types);
        Assert.Contains("Action.OpenUrl", types);
    }

    [Theory]
    [InlineData("quels cours en janvier ?")]
    [InlineData("quels cours du 1 octobre 2022 au 30 juin 2023 ?")]
    [InlineData("les dates de CCE105")]
    public async Task ScheduleCardsStayWithinTeamsLimits(string question)
    {
        var bot = new ScheduleBot(fixture.Knowledge);
        var conversation = bot.Conversation(TestConversation.Teams, InYear);
        var reply = (await conversation.SendAsync(TestConversation.Message(question)))[0];
        var card = ScheduleBot.Card(reply);
        Assert.True(TeamsMessageLimits.IsSupportedCardVersion(card));
        Assert.True(TeamsMessageLimits.FitsInMessage(reply), $"{TeamsMessageLimits.PayloadBytes(reply)} bytes");
    }

    // The week button of a Teams card: Action.Execute with an Action.Submit fallback carrying the same data.
    private static JsonElement AssertTeamsCard(Activity reply)
    {
        var card = ScheduleBot.Card(reply);
        Assert.True(TeamsMessageLimits.IsSupportedCardVersion(card));
        Assert.True(TeamsMessageLimits.FitsInMessage(reply));
        var execute = card.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("type").GetString() == "Action.Execute");
        Assert.Equal(execute.GetProperty("data").GetRawText(), execute.GetProperty("fallback").GetProperty("data").GetRawText());
        Assert.True(execute.GetProperty("data").TryGetProperty(ScheduleCard.DataKey, out _));
        return execute;
    }
}
