using System.Text.Json;
using Cnam.Bot.Dialogs;
using Cnam.Bot.Protocol;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using Cnam.Bot.Tests.Dialogs.Fakes;

namespace Cnam.Bot.Tests.Dialogs;

public sealed class CnamBotTests
{
    private readonly FakeQuestionAnswerer _answerer = new();

    private TestConversation Conversation(string channelId = TestConversation.WebChat, IStateStore? store = null) =>
        TestConversation.WithCnamBot(store, _answerer, [new RegistrationTopic()], channelId);

    [Fact]
    public async Task UserJoiningIsWelcomedOnceWithTheMainEntryPoints()
    {
        var conversation = Conversation();
        await conversation.Flow()
            .Send(TestConversation.MembersAdded(conversation.BotId))
            .AssertNoReply()
            .Send(TestConversation.MembersAdded(conversation.UserId))
            .AssertReply(r =>
            {
                // The welcome card (issue 6): the welcome text and one button per main entry point.
                var card = Assert.Single(r.Attachments!).Content!.Value;
                Assert.Contains(card.GetProperty("body").EnumerateArray(), b => b.GetProperty("text").GetString() == BotTexts.Welcome);
                Assert.Equal(
                    ["Poser une question", "Suis-je éligible ?", "Tarifs", "Plannings", "Réunion d'information"],
                    card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
            })
            .Send(TestConversation.MembersAdded(conversation.UserId, "someone-else"))
            .Send(TestConversation.InstallationUpdate("add"))
            .AssertNoReply();
    }

    [Theory]
    [InlineData("add")]
    [InlineData("add-upgrade")]
    public async Task TeamsInstallationWelcomesOnce(string action)
    {
        await Conversation(TestConversation.Teams).Flow()
            .Send(TestConversation.InstallationUpdate(action)).AssertReply(r => Assert.Equal(Attachment.AdaptiveCardContentType, Assert.Single(r.Attachments!).ContentType))
            .Send(TestConversation.MembersAdded("29:user")).AssertNoReply();
    }

    [Fact]
    public async Task TeamsUninstallSaysNothing()
    {
        await Conversation(TestConversation.Teams).Flow()
            .Send(TestConversation.InstallationUpdate("remove")).AssertNoReply();
    }

    [Fact]
    public async Task FreeTextGoesToTheQuestionAnswerer()
    {
        await Conversation().Flow()
            .Send("C'est quoi les tarifs ?").AssertReply(FakeQuestionAnswerer.Answer)
            .AssertNoReply();
        Assert.Equal(["C'est quoi les tarifs ?"], _answerer.Questions);
    }

    [Fact]
    public async Task AnUnansweredQuestionGetsTheNotUnderstoodTextWithTheMenu()
    {
        await TestConversation.WithCnamBot().Flow()
            .Send("blablabla").AssertReply(r =>
            {
                Assert.Equal(BotTexts.NotUnderstood, r.Text);
                Assert.Equal(BotTexts.MenuEntries, r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .AssertNoReply();
    }

    [Fact]
    public async Task AskAQuestionEntryPromptsForTheQuestionThenAnswersIt()
    {
        await Conversation().Flow()
            .Send("poser une question").AssertReply(BotTexts.AskQuestionPrompt)
            .Send("et les tarifs ?").AssertReply(FakeQuestionAnswerer.Answer);
        Assert.Equal(["et les tarifs ?"], _answerer.Questions);
    }

    [Fact]
    public async Task ATopicRecognisedInTheMessageStartsWithWhatTheMessageAlreadyTold()
    {
        await Conversation().Flow()
            .Send("inscription à Paris").AssertReply(RegistrationDialog.AskName)
            .Send("Awa").AssertReply(RegistrationDialog.AskAge)
            .Send("40").AssertReply(RegistrationDialog.AskEmail);
    }

    [Fact]
    public async Task TranscriptTableOfAFullRegistration()
    {
        var conversation = Conversation();
        await conversation.PlayAsync(
        [
            new("Je voudrais une inscription", RegistrationDialog.AskName),
            new("Awa Diallo", RegistrationDialog.AskAge),
            new("vingt-huit ans", RegistrationDialog.AskSite),
            new("reunion", RegistrationDialog.AskEmail),
        ]);
        await conversation.Flow()
            .SubmitCard(new { email = "awa@example.org" }).AssertReply(RegistrationDialog.AskConfirm)
            .Send("d'accord").AssertReply("Awa Diallo, reunion, awa@example.org");
    }

    [Fact]
    public async Task ACardSubmittedWhenNothingWaitsForItIsSaidToBeExpired()
    {
        var conversation = Conversation();
        await conversation.Flow().SubmitCard(new { email = "a@b.c" }).AssertReply(BotTexts.ExpiredForm);
        Assert.Empty(_answerer.Questions);
    }

    [Fact]
    public async Task AnExecuteActionFeedsItsDataToTheWaitingPromptAndAnswersWithAMessage()
    {
        var conversation = Conversation(TestConversation.Teams);
        await conversation.Flow()
            .Send("inscription à Paris").AssertReply(RegistrationDialog.AskName)
            .Send("Awa").AssertReply(RegistrationDialog.AskAge)
            .Send("40").AssertReply(RegistrationDialog.AskEmail)
            .Send(TestConversation.ExecuteAction(new { email = "awa@example.org" }))
            .AssertReply(RegistrationDialog.AskConfirm);

        var response = conversation.LastInvokeResponse!;
        Assert.Equal(200, response.Status);
        var body = Assert.IsType<AdaptiveCardInvokeResponse>(response.Body);
        Assert.Equal(200, body.StatusCode);
        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, body.Type);
    }

    [Fact]
    public async Task AnExecuteActionWithStringDataIsTextAndACardReplyBecomesTheInvokeResponse()
    {
        var conversation = Conversation(TestConversation.Teams);
        await conversation.Flow()
            .Send("inscription à Paris").AssertReply(RegistrationDialog.AskName)
            .Send("Awa").AssertReply(RegistrationDialog.AskAge)
            .Send(TestConversation.ExecuteAction("45"))
            .AssertNoReply();

        var body = Assert.IsType<AdaptiveCardInvokeResponse>(conversation.LastInvokeResponse!.Body);
        Assert.Equal(AdaptiveCardInvokeResponse.CardType, body.Type);
        var card = Assert.IsType<JsonElement>(body.Value);
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("\"just a string\"")]
    [InlineData("{\"trigger\":\"manual\"}")]
    [InlineData("{\"action\":\"Action.Execute\"}")]
    [InlineData("{\"action\":{\"type\":\"Action.Execute\",\"data\":[1,2]}}")]
    public async Task AMalformedInvokeValueIsAnsweredWithABadRequestError(string valueJson)
    {
        var conversation = Conversation(TestConversation.Teams);
        await conversation.Flow()
            .Send(TestConversation.Invoke(JsonDocument.Parse(valueJson).RootElement))
            .AssertNoReply();

        var response = conversation.LastInvokeResponse!;
        Assert.Equal(200, response.Status);
        var body = Assert.IsType<AdaptiveCardInvokeResponse>(response.Body);
        Assert.Equal(400, body.StatusCode);
        Assert.Equal(AdaptiveCardInvokeResponse.ErrorType, body.Type);
        var json = JsonSerializer.SerializeToElement(body.Value, ProtocolJson.Options);
        Assert.Equal("BadRequest", json.GetProperty("code").GetString());
    }

    [Fact]
    public async Task AConcurrentChangeToTheStateFailsTheTurnPolitelyAndStoresNothing()
    {
        var store = new InMemoryStateStore();
        var conversation = Conversation(store: store);
        await conversation.Flow().Send("inscription").AssertReply(RegistrationDialog.AskName);

        // Another writer (a second instance) changes the conversation's document during the next turn.
        var key = StateKeys.Conversation(conversation.ChannelId, conversation.ConversationId);
        var racing = new RacingStore(store, key);
        var racingConversation = TestConversation.WithCnamBot(racing, _answerer, [new RegistrationTopic()], conversationId: conversation.ConversationId);
        await racingConversation.Flow()
            .Send("Awa").AssertReply(RegistrationDialog.AskAge)
            .AssertReply(BotTexts.ConcurrentChange)
            .AssertNoReply();
        Assert.Equal("{\"raced\":true}", (await store.ReadAsync(key))!.Json);
    }

    /// <summary>Writes the document behind the bot's back just before the bot saves it.</summary>
    private sealed class RacingStore(IStateStore inner, string key) : IStateStore
    {
        public Task<StoreItem?> ReadAsync(string k, CancellationToken ct = default) => inner.ReadAsync(k, ct);

        public async Task<string> WriteAsync(string k, string json, string? expectedETag, CancellationToken ct = default)
        {
            if (k == key)
            {
                await inner.WriteAsync(k, "{\"raced\":true}", IStateStore.AnyETag, ct);
            }
            return await inner.WriteAsync(k, json, expectedETag, ct);
        }

        public Task DeleteAsync(string k, CancellationToken ct = default) => inner.DeleteAsync(k, ct);

        public Task<IReadOnlyList<StoreItem>> ListAsync(string prefix, CancellationToken ct = default) => inner.ListAsync(prefix, ct);

        public Task<int> DeleteByPrefixAsync(string prefix, CancellationToken ct = default) => inner.DeleteByPrefixAsync(prefix, ct);
    }
}
