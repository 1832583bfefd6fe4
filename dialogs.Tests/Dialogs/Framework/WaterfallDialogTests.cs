using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using Cnam.Bot.Tests.Dialogs.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cnam.Bot.Tests.Dialogs.Framework;

public sealed class WaterfallDialogTests
{
    [Fact]
    public async Task StepsRunInOrderAndTheAnswersRecordIsTheResult()
    {
        var bot = new DialogTestBot(new RegistrationDialog());
        var conversation = new TestConversation(bot);
        await conversation.Flow()
            .Send("bonjour").AssertReply(RegistrationDialog.AskName)
            .Send("Awa Diallo").AssertReply(RegistrationDialog.AskAge)
            .Send("trente-cinq").AssertReply(RegistrationDialog.AskSite)
            .Send("2").AssertReply(r =>
            {
                Assert.Equal(RegistrationDialog.AskEmail, r.Text);
                Assert.Equal("application/vnd.microsoft.card.adaptive", Assert.Single(r.Attachments!).ContentType);
            })
            .SubmitCard(new { email = "awa@example.org" }).AssertReply(RegistrationDialog.AskConfirm)
            .Send("oui").AssertReply("Inscription enregistrée : Awa Diallo, reunion, awa@example.org")
            .AssertNoReply();

        Assert.Equal(DialogTurnStatus.Complete, bot.LastResult!.Status);
        var answers = Assert.IsType<RegistrationAnswers>(bot.LastResult.Result);
        Assert.Equal(new RegistrationAnswers { Name = "Awa Diallo", Age = 35, Site = "reunion", Email = "awa@example.org", Confirmed = true }, answers);
    }

    [Fact]
    public async Task AStepWhoseAnswerIsKnownSkipsItselfWithNext()
    {
        var root = new StartWithOptions(new RegistrationAnswers { Name = "Awa", Age = 40, Site = "paris" });
        var conversation = new TestConversation(new DialogTestBot(root));
        await conversation.Flow()
            .Send("go").AssertReply(RegistrationDialog.AskEmail)
            .AssertNoReply();
    }

    [Fact]
    public async Task TheStackRoundTripsThroughTheStoreBetweenTurns()
    {
        // A new bot object per turn over one LiteDB file: nothing survives in memory between turns.
        using var directory = new TempDirectory();
        using var store = new LiteDbStateStore(new StorageOptions(), directory.Path, NullLogger<LiteDbStateStore>.Instance);
        var conversationId = Guid.NewGuid().ToString("N");
        TestConversation Turn() => new(new DialogTestBot(new RegistrationDialog(), store), conversationId: conversationId);

        Assert.Equal(RegistrationDialog.AskName, (await Turn().SendAsync(TestConversation.Message("salut")))[0].Text);
        Assert.Equal(RegistrationDialog.AskAge, (await Turn().SendAsync(TestConversation.Message("Awa")))[0].Text);
        Assert.Equal(RegistrationDialog.AskSite, (await Turn().SendAsync(TestConversation.Message("42")))[0].Text);
        Assert.Equal(RegistrationDialog.AskEmail, (await Turn().SendAsync(TestConversation.Message("Paris")))[0].Text);
        var last = Turn();
        await last.SendAsync(last.CardSubmission(new { email = "a@b.c" }));
        var final = new DialogTestBot(new RegistrationDialog(), store);
        var replies = await new TestConversation(final, conversationId: conversationId).SendAsync(TestConversation.Message("non"));

        Assert.Equal(RegistrationDialog.Dropped, replies[0].Text);
        var answers = Assert.IsType<RegistrationAnswers>(final.LastResult!.Result);
        Assert.Equal(new RegistrationAnswers { Name = "Awa", Age = 42, Site = "paris", Email = "a@b.c", Confirmed = false }, answers);
        var saved = await store.ReadAsync(StateKeys.Conversation(TestConversation.WebChat, conversationId));
        Assert.Contains("\"stack\":[]", saved!.Json);
    }

    /// <summary>A root that starts the registration with answers already known.</summary>
    private sealed class StartWithOptions : ComponentDialog
    {
        private readonly RegistrationAnswers _known;

        public StartWithOptions(RegistrationAnswers known) : base("startWithOptions")
        {
            _known = known;
            AddDialog(new RegistrationDialog());
        }

        protected override Task<DialogTurnResult> OnBeginDialogAsync(DialogContext inner, object? options, CancellationToken cancellationToken) =>
            inner.BeginDialogAsync(RegistrationDialog.DialogId, _known, cancellationToken);
    }
}
