using System.Text.Json;
using Cnam.Bot.Knowledge.Text;
using Cnam.Bot.Protocol;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using Cnam.Bot.Tests.Knowledge;

namespace Cnam.Bot.Tests.Schedules;

/// <summary>
/// Learners' schedule questions, with the user's "now" sent as localTimestamp: here the learner's profile (modality,
/// parcours) and what goes to the schedule or to the question answerer; UE questions, follow-ups and dates in the
/// partial files beside this one.
/// </summary>
public sealed partial class ScheduleDialogTests(ShippedKnowledgeFixture fixture) : IClassFixture<ShippedKnowledgeFixture>
{
    // Wednesday 16 November 2022, 10:00 in Paris: inside the 2022-2023 planning.
    private static readonly DateTimeOffset InYear = new(2022, 11, 16, 10, 0, 0, TimeSpan.FromHours(1));

    // Sunday 22 November 2026: an academic year whose planning the documents do not hold.
    private static readonly DateTimeOffset OtherYear = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(1));

    private ScheduleBot Bot(IStateStore? store = null) => new(fixture.Knowledge, store);

    private static void Contains(Activity reply, params string[] expected)
    {
        var text = FrenchText.Fold(ScheduleBot.AllText(reply));
        foreach (var e in expected)
        {
            Assert.True(text.Contains(FrenchText.Fold(e), StringComparison.Ordinal), $"Expected « {e} » in:\n{ScheduleBot.AllText(reply)}");
        }
    }

    private static void DoesNotContain(Activity reply, params string[] unexpected)
    {
        var text = FrenchText.Fold(ScheduleBot.AllText(reply));
        foreach (var u in unexpected)
        {
            Assert.False(text.Contains(FrenchText.Fold(u), StringComparison.Ordinal), $"Did not expect « {u} » in:\n{ScheduleBot.AllText(reply)}");
        }
    }

    [Fact]
    public async Task TheModalityALearnerStatesIsKeptForTheNextQuestions()
    {
        var conversation = Bot().Conversation(now: InYear);
        await conversation.Flow()
            .Send("Je suis en cours du soir, c'est quand mon prochain cours ?")
            .AssertReply(r => Contains(r, "cours du soir 2022-2023", "mercredi 16 novembre 2022"))
            .AssertNoReply()
            .Send("et la semaine prochaine ?")
            .AssertReply(r =>
            {
                Contains(r, "cours du soir 2022-2023");
                DoesNotContain(r, "cours du jour 2022");
            });
    }

    [Fact]
    public async Task NextClassAsksTheModalityOnceThenAnswersFromTheUsersOwnDate()
    {
        var conversation = Bot().Conversation(now: InYear);
        await conversation.Flow()
            .Send("c'est quand mon prochain cours ?")
            .AssertReply(r =>
            {
                Contains(r, "cours du soir ou du jour");
                Assert.Equal(["Cours du soir", "Cours du jour", "Je ne sais pas"], r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .Send("Cours du soir").AssertReply("parcours")
            .Send("Insertion professionnelle")
            .AssertReply(r =>
            {
                // 16 November at 10:00: the evening class of that day (TRS103, 18h15) is still ahead.
                Contains(r, "mercredi 16 novembre 2022", "18h15 - 21h15", "TRS103", "Publics en difficulté et intervention sociale");
                DoesNotContain(r, "cours du jour 2022");
                Assert.Equal("1.5", ScheduleBot.Card(r).GetProperty("version").GetString());
            })
            .AssertNoReply()
            .Send("mon prochain cours")
            .AssertReply(r => Contains(r, "cours du soir 2022-2023", "mercredi 16 novembre 2022"))
            .AssertNoReply();
    }

    [Fact]
    public async Task AfterTheEveningClassHasEndedTheNextOneIsTheFollowingDay()
    {
        var store = new InMemoryStateStore();
        var bot = Bot(store);
        var late = new DateTimeOffset(2022, 11, 16, 21, 30, 0, TimeSpan.FromHours(1));
        await bot.Conversation(now: late).PlayAsync(
        [
            new("je suis en cours du soir", "C'est noté"),
            new("je suis en parcours insertion professionnelle", "parcours insertion professionnelle"),
            new("c'est quand mon prochain cours ?", "jeudi 17 novembre 2022"),
        ]);
    }

    [Fact]
    public async Task WhatIsMyNextClassNamingTheProgrammeAndModalityIsAScheduleQuestionThatKeepsTheModality()
    {
        // "c'est quoi" and the programme named read as an overview question; with "mon prochain cours" it is the schedule.
        var conversation = Bot(new InMemoryStateStore()).Conversation(now: InYear);
        await conversation.PlayAsync(
        [
            new("je suis en licence cours du soir, c'est quoi mon prochain cours ?", "prochain cours le **mercredi 16 novembre 2022**, 18h15 - 21h15"),
            new("et la semaine prochaine ?", "Cours du soir 2022-2023"),
        ]);
        var replies = await conversation.SendAsync(TestConversation.Message("et la semaine prochaine ?"));
        Assert.All(replies, r => DoesNotContain(r, "Cours du jour 2022-2023"));
    }

    [Fact]
    public async Task ChangingModalityIsRememberedForTheNextQuestions()
    {
        await Bot().Conversation(now: InYear).PlayAsync(
        [
            new("je suis en cours du soir", "cours du soir"),
            new("mon prochain cours ?", "TRS103"),
            new("je suis en cours du jour maintenant", "cours du jour 2022-2023"),
            new("c'est quand mon prochain cours ?", "jeudi 17 novembre 2022"),
            new("c'est quand mon prochain cours ?", "9h30 - 17h"),
        ]);
    }

    [Fact]
    public async Task TheProfileIsKeptInUserStateAcrossConversations()
    {
        var bot = Bot();
        await bot.Conversation(now: InYear).PlayAsync([new("je suis en cours du jour", "C'est noté")]);
        // A new conversation of the same user: no question asked, the day planning is used.
        await bot.Conversation(now: InYear).PlayAsync([new("c'est quand mon prochain cours ?", "AST107")]);
        var stored = await bot.Store.ReadAsync(StateKeys.User(TestConversation.WebChat, "user-1"));
        Assert.Contains("\"modality\":\"jour\"", stored!.Json);
    }

    [Theory]
    // The parcours a learner names with the question is theirs, not a question about the parcours.
    [InlineData("mon prochain cours en parcours culture ?", "est vide dans mes documents")]
    [InlineData("When is my next class? I'm in the evening course of the licence, professional integration track", "Evening classes 2022-2023 (LP110, professional integration track): next class")]
    public async Task AParcoursNamedWithAScheduleQuestionIsTheLearnersOwn(string question, string expected)
    {
        var conversation = Bot().Conversation(now: InYear);
        var reply = (await conversation.SendAsync(TestConversation.Message(question)))[0];
        Contains(reply, expected);
        DoesNotContain(reply, "2 parcours");
    }

    [Fact]
    public async Task IgnoringTheModalityQuestionAnswersTheNewQuestionAndDoesNotAskAgain()
    {
        var conversation = Bot().Conversation(now: InYear);
        await conversation.Flow()
            .Send("c'est quand mon prochain cours ?").AssertReply("cours du soir ou du jour")
            .Send("combien coûte la licence pro en cours du jour avec mon CPF ?").AssertReply("5 950")
            .Send("c'est quand mon prochain cours ?")
            .AssertReply(r => Contains(r, "cours du jour 2022-2023", "cours du soir 2022-2023"));
    }

    [Fact]
    public async Task AScheduleQuestionInsteadOfTheParcoursIsAnsweredWithTheModalityJustChosen()
    {
        // Monday 21 November 2022, evening classes, insertion pro: AST118, AST113, TRS103, TRS102 and more that week.
        var conversation = Bot().Conversation(now: new DateTimeOffset(2022, 11, 21, 9, 0, 0, TimeSpan.FromHours(1)));
        await conversation.Flow()
            .Send("c'est quand mon prochain cours ?").AssertReply("cours du soir ou du jour")
            .Send("je suis en cours du soir").AssertReply("Et votre parcours ?")
            .Send("et cette semaine, j'ai quoi ?")
            .AssertReply(r =>
            {
                Contains(r, "Cours du soir 2022-2023", "lundi 21 novembre 2022 → dimanche 27 novembre 2022", "AST113");
                DoesNotContain(r, "prochain cours le");
                DoesNotContain(r, "Cours du jour");
            })
            .Send("mon prochain cours ?")
            .AssertReply(r => Contains(r, "Cours du soir 2022-2023", "prochain cours le **lundi 21 novembre 2022**"));
    }

    [Fact]
    public async Task AModalityAnsweredInASentenceThatSaysMoreAnswersTheQuestionAsked()
    {
        // The answer to "cours du soir ou du jour ?" says the programme and parcours too: the next class, and it is kept.
        var conversation = Bot().Conversation(now: new DateTimeOffset(2022, 11, 21, 9, 0, 0, TimeSpan.FromHours(1)));
        await conversation.Flow()
            .Send("c'est quand mon prochain cours ?").AssertReply("cours du soir ou du jour")
            .Send("je suis en LP cours du soir parcours insertion pro")
            .AssertReply(r =>
            {
                Contains(r, "Cours du soir 2022-2023 (LP110, parcours insertion professionnelle)", "prochain cours le **lundi 21 novembre 2022**");
                DoesNotContain(r, "C'est noté");
            })
            .Send("et cette semaine, j'ai quoi ?")
            .AssertReply(r => Contains(r, "Cours du soir 2022-2023", "AST113"));
    }

    [Theory]
    [InlineData("licence, parcours insertion pro, cours du soir")]
    [InlineData("LP soir insertion pro")]
    public async Task AModalityAnsweredInBareWordsAnswersTheQuestionAsked(string answer)
    {
        // No "je suis en": the words answer the question asked, not a question about the parcours.
        var conversation = Bot().Conversation(now: new DateTimeOffset(2022, 11, 21, 9, 0, 0, TimeSpan.FromHours(1)));
        await conversation.Flow()
            .Send("c'est quand mon prochain cours ?").AssertReply("cours du soir ou du jour")
            .Send(answer)
            .AssertReply(r =>
            {
                Contains(r, "Cours du soir 2022-2023 (LP110, parcours insertion professionnelle)", "prochain cours le **lundi 21 novembre 2022**");
                DoesNotContain(r, "Parcours de 4 UE");
            })
            .Send("et cette semaine, j'ai quoi ?")
            .AssertReply(r => Contains(r, "Cours du soir 2022-2023", "AST113"));
    }

    [Fact]
    public async Task ProspectsGeneralPlanningQuestionsStillGoToTheQuestionAnswerer()
    {
        var conversation = Bot().Conversation(now: OtherYear);
        await conversation.PlayAsync(
        [
            new("Quand débutent les cours du soir de la licence pro (parcours insertion pro) en 2022 ?", "3 octobre"),
            new("À quelle heure sont les cours du soir de la licence pro ?", "18h15"),
            new("Quelle est la date de la journée d'accueil des cours du jour 2022-2023 ?", "14 novembre"),
        ]);
    }

}
