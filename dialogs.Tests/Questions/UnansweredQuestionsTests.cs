using Cnam.Bot.Dialogs.Questions;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;

namespace Cnam.Bot.Tests.Questions;

/// <summary>Issue 4: what the bot could not answer is recorded for staff, without personal data.</summary>
public sealed class UnansweredQuestionsTests(QuestionsFixture fixture) : IClassFixture<QuestionsFixture>
{
    [Theory]
    [InlineData("écrivez-moi à jean.dupont@gmail.com svp", "écrivez-moi à [email] svp")]
    [InlineData("mon numéro : 06 12 34 56 78", "mon numéro : [numéro]")]
    [InlineData("appelez le +33 6 12 34 56 78 demain", "appelez le [numéro] demain")]
    [InlineData("tel 0262.42.28.37 ou 0612345678", "tel [numéro] ou [numéro]")]
    [InlineData("  quel salaire après la formation ?  ", "quel salaire après la formation ?")]
    [InlineData("les dates de TRS102 en 2022", "les dates de TRS102 en 2022")]
    public void ScrubRemovesEmailsAndPhoneNumbersOnly(string text, string expected) =>
        Assert.Equal(expected, UnansweredQuestions.Scrub(text));

    [Fact]
    public void ScrubKeepsTheAcademicYearAStaffMemberNeeds() =>
        Assert.Equal("tarifs 2026-2027", UnansweredQuestions.Scrub("tarifs 2026-2027"));

    [Fact]
    public void ScrubCutsALongQuestionTo300Characters()
    {
        var scrubbed = UnansweredQuestions.Scrub(string.Concat(Enumerable.Repeat("pourquoi ", 100)));
        Assert.Equal(300, scrubbed.Length);
    }

    [Fact]
    public async Task AnOutOfScopeQuestionIsRecordedScrubbedWithoutUserOrConversation()
    {
        var store = new InMemoryStateStore();
        var conversation = fixture.Conversation(store);
        await conversation.SendAsync(TestConversation.Message("quel salaire après la formation ? écrivez-moi à jean.dupont@gmail.com ou au 06 12 34 56 78"));

        var items = await store.ListAsync(UnansweredQuestions.KeyPrefix);
        var item = Assert.Single(items);
        Assert.DoesNotContain("jean.dupont", item.Json, StringComparison.Ordinal);
        Assert.DoesNotContain("06 12 34 56 78", item.Json, StringComparison.Ordinal);
        Assert.DoesNotContain(conversation.ConversationId, item.Key + item.Json, StringComparison.Ordinal);
        Assert.DoesNotContain(conversation.UserId, item.Key + item.Json, StringComparison.Ordinal);

        var entry = Assert.Single(await QuestionsFixture.Unanswered(store).ListAsync(CancellationToken.None));
        Assert.Equal("quel salaire après la formation ? écrivez-moi à [email] ou au [numéro]", entry.Text);
        Assert.Equal("fr", entry.Language);
        Assert.False(string.IsNullOrWhiteSpace(entry.Reason));
        Assert.Equal(QuestionsFixture.Now.ToUniversalTime(), entry.At);
    }

    [Fact]
    public async Task AnAnsweredQuestionRecordsNothing()
    {
        var store = new InMemoryStateStore();
        await fixture.Conversation(store).SendAsync(TestConversation.Message("combien coûte la licence en cours du soir ?"));

        Assert.Empty(await store.ListAsync(UnansweredQuestions.KeyPrefix));
    }

    [Theory]
    [InlineData("tarifs 2026-2027 de la licence")]
    [InlineData("tarifs 2026-2027")]
    public async Task AFeeQuestionForAnUncoveredYearIsRecordedWithItsReason(string question)
    {
        var store = new InMemoryStateStore();
        await fixture.Conversation(store).SendAsync(TestConversation.Message(question));

        var entry = Assert.Single(await QuestionsFixture.Unanswered(store).ListAsync(CancellationToken.None));
        Assert.False(string.IsNullOrWhiteSpace(entry.Reason));
        Assert.Contains("tarifs", entry.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachUnansweredQuestionIsItsOwnEntry()
    {
        var store = new InMemoryStateStore();
        var conversation = fixture.Conversation(store);
        await conversation.SendAsync(TestConversation.Message("quel salaire après la formation ?"));
        await conversation.SendAsync(TestConversation.Message("quel salaire après la formation ?"));
        await fixture.Conversation(store).SendAsync(TestConversation.Message("est-ce que vous proposez un logement étudiant ?"));

        var entries = await QuestionsFixture.Unanswered(store).ListAsync(CancellationToken.None);
        Assert.Equal(3, entries.Count);
        Assert.Equal(2, entries.Count(e => e.Text == "quel salaire après la formation ?"));
    }
}
