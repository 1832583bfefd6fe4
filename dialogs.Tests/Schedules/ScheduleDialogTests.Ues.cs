using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;

namespace Cnam.Bot.Tests.Schedules;

// UE questions: a UE found through its title or its alternative, UE of a grid that is empty or of no grid, the sessions of a UE.
public sealed partial class ScheduleDialogTests
{
    [Fact]
    public async Task AnUeNamedByItsSubjectIsFoundInTheGridThroughItsAlternative()
    {
        // "l'anglais" names ANG320 (Anglais professionnel), which the day grid does not hold; its alternative ANG200 is.
        var conversation = Bot().Conversation(now: InYear);
        await conversation.Flow()
            .Send("je suis en cours du jour, quand est mon prochain cours d'anglais ?")
            .AssertReply(r =>
            {
                Contains(r, "ANG200", "cours du jour 2022-2023");
                DoesNotContain(r, "dont je n'ai pas le planning");
            });
    }

    [Theory]
    [InlineData("l'anglais en cours du jour c'est quand ?")]
    // (A guard: the English passed before, "English" being glossed to the title word.)
    [InlineData("when is English in the day classes?")]
    public async Task TheSubjectOfAUeNamesItInTheSchedule(string question)
    {
        // "l'anglais": a short subject word that names its UE beside "cours"; the day grid holds its alternative ANG200.
        var conversation = Bot().Conversation(now: InYear);
        await conversation.Flow()
            .Send(question)
            .AssertReply(r =>
            {
                Contains(r, "ANG200");
                DoesNotContain(r, "71 séances", "71 sessions");
            });
    }

    [Fact]
    public async Task AUeWhoseLastSessionIsPastHasNoneLeftNotAnUnknownYear()
    {
        // 20 March 2023 is in the evening grid's year; AST118's last session there was on 16 January.
        var conversation = Bot().Conversation(now: new DateTimeOffset(2023, 3, 20, 19, 0, 0, TimeSpan.FromHours(1)));
        await conversation.Flow()
            .Send("je suis en licence cours du soir insertion pro")
            .AssertReply(r => Contains(r, "cours du soir 2022-2023"))
            .Send("c'est quand le prochain AST118 ?")
            .AssertReply(r =>
            {
                Contains(r, "plus de cours AST118 au planning après le lundi 20 mars 2023", "le dernier était le **lundi 16 janvier 2023**");
                DoesNotContain(r, "dont je n'ai pas le planning");
            })
            .Send("et le suivant ?")
            .AssertReply(r => Contains(r, "le **lundi 16 janvier 2023** était le dernier cours AST118 du planning"));
    }

    [Fact]
    public async Task AfterTheYearsLastClassTheNextClassIsNoneLeft()
    {
        var conversation = Bot().Conversation(now: new DateTimeOffset(2023, 6, 20, 19, 0, 0, TimeSpan.FromHours(1)));
        await conversation.Flow()
            .Send("je suis en licence cours du soir insertion pro")
            .AssertReply(r => Contains(r, "cours du soir 2022-2023"))
            .Send("when is my next class?")
            .AssertReply(r =>
            {
                Contains(r, "no class left in the timetable after Tuesday 20 June 2023", "the last one was on **Thursday 8 June 2023**");
                DoesNotContain(r, "whose timetable I do not have");
            });
    }

    [Fact]
    public async Task AUeAskedByItsCodeAndShownThroughItsAlternativeIsSaidSo()
    {
        // "ANG320" written, with no modality: the day grid's ANG200 sessions, not passed off as ANG320's.
        var conversation = Bot().Conversation(now: InYear);
        await conversation.Flow()
            .Send("quand a lieu ANG320 ?")
            .AssertReply(r => Contains(r, "n'ont pas de séance de ANG320 ; voici celles de ANG200", "vendredi 16 décembre 2022"));
    }

    [Fact]
    public async Task AUeNamedByATitleWordIsTheOneTheTimetableHoldsWithNoWordOfTheOther()
    {
        // "le cours d'anglais": ANG320's title says "Anglais", the day grid holds ANG200: its sessions, not "no ANG320 session".
        var conversation = Bot().Conversation(now: InYear);
        await conversation.Flow()
            .Send("le cours d'anglais c'est quand en cours du jour ?")
            .AssertReply(r =>
            {
                Contains(r, "6 séances", "vendredi 16 décembre 2022", "ANG200");
                DoesNotContain(r, "n'ont pas de séance de ANG320");
            });
    }

    [Fact]
    public async Task AUeOfAProgrammeWithoutGridsIsTheQuestionAnswerers()
    {
        // TET003 is a CASP UE: no dated grid, so no "no session found" from the schedules, but what the documents say of it.
        var conversation = Bot().Conversation(now: InYear);
        await conversation.Flow()
            .Send("TET003 c'est en quel semestre ?")
            .AssertReply(r =>
            {
                Contains(r, "TET003", "sur toute l'année au Cnam La Réunion", "Pour le savoir, contactez", "01 40 27 26 48");
                DoesNotContain(r, "Je ne trouve pas de séance");
            });
    }

    [Theory]
    [InlineData("combien de séances reste-t-il pour CCE106 ?")]
    [InlineData("combien de séances de CCE106 ?")]
    [InlineData("quand a lieu CCE107 ?")]
    public async Task AUeOfAParcoursWhoseGridIsEmptySaysTheGridIsEmpty(string question)
    {
        // CCE106 and CCE107 are UE of the culture parcours, whose published grid is empty: not "no session found".
        var conversation = Bot().Conversation(now: InYear);
        await conversation.Flow()
            .Send(question)
            .AssertReply(r =>
            {
                Contains(r, "est une UE du planning cours du soir 2022-2023 (LP110, parcours insertion par la culture), dont la grille est vide",
                    "par_intervention-sociale@lecnam.net");
                DoesNotContain(r, "Je ne trouve pas de séance");
            });
    }

    [Fact]
    public async Task AnUeNoGridHoldsGivesTheContactItsDocumentsGiveForIt()
    {
        // The evening English (ANG320) has no session in the evening grid; its documents send learners to the CLE.
        var conversation = Bot().Conversation(now: InYear);
        await conversation.Flow()
            .Send("je suis en cours du soir, il y a combien de séances d'anglais ?")
            .AssertReply(r =>
            {
                Contains(r, "Je ne trouve pas de séance de ANG320", "par_langues@lecnam.net");
                DoesNotContain(r, "par_intervention-sociale@lecnam.net");
            });
    }

    [Fact]
    public async Task AUeWithNoSessionInThePeriodIsSaidSoNotThatThereIsNoClass()
    {
        var replies = await Bot(new InMemoryStateStore()).Conversation(now: InYear)
            .SendAsync(TestConversation.Message("combien de séances de TRS107 en décembre ? licence soir insertion pro"));
        var said = string.Join("\n", replies.Select(r => r.Text));
        Assert.Contains("pas de séance de TRS107", said);
        Assert.DoesNotContain("pas de cours", said);
    }

    [Fact]
    public async Task UeDatesAreListedWithTheirPlanningAndAnUeCalendarLink()
    {
        var conversation = Bot().Conversation(now: InYear);
        var reply = Assert.Single(await conversation.SendAsync(TestConversation.Message("les dates de TRS102")));
        Contains(reply, "TRS102", "Les dispositifs d'insertion et leurs acteurs", "14 séances", "toujours le jeudi",
            "jeudi 6 octobre 2022", "jeudi 19 janvier 2023", "6 séances", "vendredi 18 novembre 2022");
        Assert.Contains("/calendar/lp110/insertion-pro/soir/trs102.ics", ScheduleBot.Card(reply).GetRawText());
    }

    [Fact]
    public async Task AModalityWithoutParcoursIsNotToldItsGridIsEmptyBecauseAnotherParcoursGridIs()
    {
        var conversation = Bot().Conversation(now: OtherYear);
        var reply = (await conversation.SendAsync(TestConversation.Message("je suis en cours du soir")))[0];
        Contains(reply, "C'est noté : vous suivez les cours du soir", "précisez votre parcours");
        DoesNotContain(reply, "grille de ce planning est vide");
    }

    // A prospect's interest in a parcours is no learner's profile: the parcours is presented, nothing is noted.
    [Theory]
    [InlineData("bonjour, je suis intéressée par la licence pro parcours culture", "Insertion par la culture")]
    [InlineData("I'm interested in the evening classes of the licence", "Cours du soir")]
    // Nor is asking whether one may follow a mode, whatever one's situation ("je suis en congé parental").
    [InlineData("Je suis en congé parental, puis-je suivre les cours du soir ?", "Cours du soir")]
    [InlineData("I am a job seeker, can I take the evening classes?", "Cours du soir")]
    public async Task AnInterestIsNoProfile(string text, string expected)
    {
        var conversation = Bot().Conversation(now: OtherYear);
        var reply = (await conversation.SendAsync(TestConversation.Message(text)))[0];
        Contains(reply, expected);
        DoesNotContain(reply, "C'est noté", "Noted:", "Je n'ai pas de planning qui corresponde");
    }

    [Fact]
    public async Task TheCulturePlanningIsEmptyAndSaidSoNeverInvented()
    {
        var conversation = Bot().Conversation(now: InYear);
        await conversation.Flow()
            .Send("je suis en cours du soir, parcours insertion par la culture").AssertReply("grille de ce planning est vide")
            .Send("c'est quand mon prochain cours ?")
            .AssertReply(r =>
            {
                Contains(r, "est vide dans mes documents", "par_intervention-sociale@lecnam.net");
                Assert.Null(r.Attachments);
            });
    }

    [Fact]
    public async Task TheSessionsLeftAreCountedFromTheLearnersOwnDate()
    {
        // Thursday 12 January 2023: TRS103 (day classes) has 7 sessions, 5 of them before that date.
        var conversation = Bot().Conversation(now: new DateTimeOffset(2023, 1, 12, 8, 0, 0, TimeSpan.FromHours(1)));
        await conversation.Flow()
            .Send("je suis en cours du jour").AssertReply(_ => { })
            .Send("combien de séances de TRS103 il me reste ?")
            .AssertReply(r =>
            {
                Contains(r, "il vous reste 2 séances", "mardi 17 janvier 2023", "mardi 7 mars 2023");
                DoesNotContain(r, "7 séances");
            })
            .Send("combien de séances de CCE105 il me reste ?")
            .AssertReply(r => Contains(r, "Il ne vous reste aucune séance de CCE105", "lundi 12 décembre 2022"));
    }
}
