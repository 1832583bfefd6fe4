using Cnam.Bot.Dialogs;
using Cnam.Bot.Tests.Common;
using Cnam.Bot.Tests.Dialogs.Fakes;

namespace Cnam.Bot.Tests.Dialogs;

/// <summary>"aide", "annuler", "recommencer", "menu" through <see cref="CnamBot"/>, whatever dialog waits.</summary>
public sealed class InterruptionTests
{
    private readonly FakeQuestionAnswerer _answerer = new();

    private TestConversation Conversation() => TestConversation.WithCnamBot(answerer: _answerer, topics: [new RegistrationTopic()]);

    [Fact]
    public async Task HelpShowsTheHelpAndAsksThePendingQuestionAgain()
    {
        await Conversation().Flow()
            .Send("inscription").AssertReply(RegistrationDialog.AskName)
            .Send("Awa").AssertReply(RegistrationDialog.AskAge)
            .Send("Aide").AssertReply(r =>
            {
                Assert.Equal(BotTexts.Help, r.Text);
                Assert.Equal(BotTexts.MenuEntries, r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .AssertReply(RegistrationDialog.AskAge)
            .Send("40").AssertReply(RegistrationDialog.AskSite)
            .AssertNoReply();
    }

    [Fact]
    public async Task CancelEndsTheDialogAndTheNextMessageIsANewRequest()
    {
        await Conversation().Flow()
            .Send("inscription").AssertReply(RegistrationDialog.AskName)
            .Send("annuler").AssertReply(r =>
            {
                Assert.StartsWith(BotTexts.Cancelled, r.Text);
                Assert.NotEmpty(r.SuggestedActions!.Actions);
            })
            .AssertNoReply()
            .Send("quels sont les tarifs ?").AssertReply(FakeQuestionAnswerer.Answer);
        Assert.Equal(["quels sont les tarifs ?"], _answerer.Questions);
    }

    [Fact]
    public async Task RestartBeginsTheCurrentTopLevelDialogAgainWithoutItsAnswers()
    {
        await Conversation().Flow()
            .Send("inscription").AssertReply(RegistrationDialog.AskName)
            .Send("Awa").AssertReply(RegistrationDialog.AskAge)
            .Send("40").AssertReply(RegistrationDialog.AskSite)
            .Send("recommencer").AssertReply(BotTexts.Restarting)
            .AssertReply(RegistrationDialog.AskName)
            .Send("Binta").AssertReply(RegistrationDialog.AskAge)
            .Send("30").AssertReply(RegistrationDialog.AskSite)
            .Send("Paris").AssertReply(RegistrationDialog.AskEmail)
            .SubmitCard(new { email = "b@c.d" }).AssertReply(RegistrationDialog.AskConfirm)
            .Send("oui").AssertReply("Binta, paris, b@c.d");
    }

    [Fact]
    public async Task MenuCancelsAndShowsTheMainEntryPoints()
    {
        await Conversation().Flow()
            .Send("inscription").AssertReply(RegistrationDialog.AskName)
            .Send("MENU").AssertReply(r =>
            {
                Assert.Equal(BotTexts.Menu, r.Text);
                Assert.Equal(BotTexts.MenuEntries, r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .AssertNoReply()
            .Send("Awa").AssertReply(BotTexts.NotUnderstood);
    }

    [Theory]
    [InlineData("aide", BotTexts.Help)]
    [InlineData("annuler", BotTexts.NothingToCancel)]
    [InlineData("recommencer", BotTexts.Menu)]
    [InlineData("menu", BotTexts.Menu)]
    public async Task CommandsWorkWhenNothingIsInProgress(string command, string expected)
    {
        await Conversation().Flow().Send(command).AssertReply(expected).AssertNoReply();
        Assert.Empty(_answerer.Questions);
    }

    [Fact]
    public async Task AQuestionContainingACommandWordIsStillAQuestion()
    {
        await Conversation().Flow().Send("quelles aides pour les tarifs ?").AssertReply(FakeQuestionAnswerer.Answer);
    }
}
