using Cnam.Bot.Protocol;
using Cnam.Bot.Tests.Common;
using Cnam.Bot.Tests.Dialogs.Fakes;

namespace Cnam.Bot.Tests.Dialogs.Framework;

/// <summary>Each prompt of <see cref="RegistrationDialog"/>, with its re-prompts and validators.</summary>
public sealed class PromptTests
{
    private static TestFlow AtAge() => new TestConversation(new DialogTestBot(new RegistrationDialog())).Flow()
        .Send("bonjour").AssertReply(RegistrationDialog.AskName)
        .Send("Awa").AssertReply(RegistrationDialog.AskAge);

    private static TestFlow AtSite() => AtAge().Send("40").AssertReply(RegistrationDialog.AskSite);

    private static TestFlow AtCard(string channelId = TestConversation.WebChat)
    {
        var conversation = new TestConversation(new DialogTestBot(new RegistrationDialog()), channelId);
        return conversation.Flow()
            .Send("bonjour").AssertReply(RegistrationDialog.AskName)
            .Send("Awa").AssertReply(RegistrationDialog.AskAge)
            .Send("40").AssertReply(RegistrationDialog.AskSite)
            .Send("Paris").AssertReply(RegistrationDialog.AskEmail);
    }

    private static TestFlow AtConfirm() => AtCard().SubmitCard(new { email = "a@b.c" }).AssertReply(RegistrationDialog.AskConfirm);

    [Fact]
    public async Task TextPromptAsksAgainWhenTheAnswerIsBlank()
    {
        await new TestConversation(new DialogTestBot(new RegistrationDialog())).Flow()
            .Send("bonjour").AssertReply(RegistrationDialog.AskName)
            .Send("   ").AssertReply(RegistrationDialog.AskName)
            .Send("Awa").AssertReply(RegistrationDialog.AskAge);
    }

    [Fact]
    public async Task NumberPromptSendsItsRetryPromptWhenNoNumberIsGiven()
    {
        await AtAge()
            .Send("je ne sais pas").AssertReply(RegistrationDialog.AgeRetry)
            .Send("j'ai quarante-deux ans").AssertReply(RegistrationDialog.AskSite)
            .AssertNoReply();
    }

    [Fact]
    public async Task AValidatorThatExplainsItsRefusalReplacesTheRetryPrompt()
    {
        await AtAge()
            .Send("12").AssertReply(RegistrationDialog.AgeOutOfRange)
            .AssertNoReply()
            .Send("cent vingt").AssertReply(RegistrationDialog.AgeOutOfRange)
            .Send("soixante-dix").AssertReply(RegistrationDialog.AskSite);
    }

    [Fact]
    public async Task ChoicePromptShowsItsChoicesAsSuggestedActions()
    {
        await AtAge().Send("40").AssertReply(r =>
        {
            Assert.Equal(RegistrationDialog.AskSite, r.Text);
            Assert.Equal(["Paris", "La Réunion"], r.SuggestedActions!.Actions.Select(a => a.Title));
            Assert.All(r.SuggestedActions.Actions, a => Assert.Equal("imBack", a.Type));
            Assert.Equal(InputHints.ExpectingInput, r.InputHint);
        });
    }

    [Theory]
    [InlineData("2")]
    [InlineData("le deuxième")]
    [InlineData("la réunion")]
    [InlineData("LA REUNION")]
    [InlineData("974")]
    [InlineData("la reunoin")]
    [InlineData("je suis à saint-denis")]
    public async Task ChoicePromptRecognisesNumberTitleSynonymOrTypo(string answer)
    {
        await AtSite()
            .Send(answer).AssertReply(RegistrationDialog.AskEmail)
            .SubmitCard(new { email = "a@b.c" }).AssertReply(RegistrationDialog.AskConfirm)
            .Send("oui").AssertReply(", reunion, ");
    }

    [Theory]
    [InlineData("3")]
    [InlineData("Lyon")]
    public async Task ChoicePromptAsksAgainForAnAnswerThatIsNoChoice(string answer)
    {
        await AtSite()
            .Send(answer).AssertReply(r => Assert.Equal(RegistrationDialog.AskSite, r.Text))
            .Send("1").AssertReply(RegistrationDialog.AskEmail);
    }

    [Theory]
    [InlineData("oui", true)]
    [InlineData("Ouais", true)]
    [InlineData("d'accord", true)]
    [InlineData("ok", true)]
    [InlineData("yes", true)]
    [InlineData("ouiii !", true)]
    [InlineData("non", false)]
    [InlineData("pas du tout", false)]
    [InlineData("Non merci", false)]
    [InlineData("no", false)]
    [InlineData("pas d'accord", false)]
    public async Task ConfirmPromptUnderstandsFrenchAndEnglishYesAndNo(string answer, bool yes)
    {
        await AtConfirm()
            .Send(answer).AssertReply(yes ? RegistrationDialog.Done : RegistrationDialog.Dropped);
    }

    [Fact]
    public async Task ConfirmPromptOffersOuiNonButtonsAndAsksAgainWhenUnsure()
    {
        await AtCard()
            .SubmitCard(new { email = "a@b.c" })
            .AssertReply(r => Assert.Equal(["Oui", "Non"], r.SuggestedActions!.Actions.Select(a => a.Title)))
            .Send("peut-être").AssertReply(RegistrationDialog.AskConfirm)
            .Send("oui").AssertReply(RegistrationDialog.Done);
    }

    [Theory]
    [InlineData(TestConversation.WebChat)]
    [InlineData(TestConversation.Teams)]
    public async Task CardSubmissionReachesTheWaitingPromptOnWebChatAndTeams(string channelId)
    {
        await AtCard(channelId)
            .SubmitCard(new { email = "awa@example.org" }).AssertReply(RegistrationDialog.AskConfirm)
            .Send("oui").AssertReply("awa@example.org");
    }

    [Fact]
    public async Task TypedTextIsNotACardSubmission()
    {
        await AtCard()
            .Send("awa@example.org").AssertReply(RegistrationDialog.EmailRetry)
            .SubmitCard(new { email = "awa@example.org" }).AssertReply(RegistrationDialog.AskConfirm);
    }
}
