using System.Globalization;
using System.Text.Json;
using Cnam.Bot.Dialogs;
using Cnam.Bot.Knowledge.Text;
using Cnam.Bot.Protocol;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using Cnam.Bot.Tests.Knowledge;

namespace Cnam.Bot.Tests.Schedules;

/// <summary>Learners' schedule questions, with the user's "now" sent as localTimestamp.</summary>
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

    private static void DoesNotContain(Activity reply, string unexpected) =>
        Assert.False(FrenchText.Fold(ScheduleBot.AllText(reply)).Contains(FrenchText.Fold(unexpected), StringComparison.Ordinal),
            $"Did not expect « {unexpected} » in:\n{ScheduleBot.AllText(reply)}");

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
    public async Task AUeOfAProgrammeWithoutGridsIsTheQuestionAnswerers()
    {
        // TET003 is a CASP UE: no dated grid, so no "no session found" from the schedules, but what the documents say of it.
        var conversation = Bot().Conversation(now: InYear);
        await conversation.Flow()
            .Send("TET003 c'est en quel semestre ?")
            .AssertReply(r =>
            {
                Contains(r, "TET003", "annuel", "secretariat.rncp3@cnam.fr");
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
    public async Task ThisUeAfterTheNextClassIsThatClasssUe()
    {
        var conversation = Bot().Conversation(now: InYear);
        await conversation.Flow()
            .Send("Je suis en cours du soir, c'est quand mon prochain cours ?")
            .AssertReply(r => Contains(r, "mercredi 16 novembre 2022", "TRS103"))
            .AssertNoReply()
            .Send("c'est quoi cette UE ?")
            .AssertReply(r =>
            {
                Contains(r, "**TRS103** — Publics en difficulté et intervention sociale", "ECTS");
                DoesNotContain(r, "De quelle formation");
            })
            // In English too, though the words read as the overview as much as a UE.
            .Send("what is this UE about?")
            .AssertReply(r =>
            {
                Contains(r, "**TRS103** — Publics en difficulté et intervention sociale", "ECTS");
                DoesNotContain(r, "The programmes I know about");
            });
    }

    [Fact]
    public async Task TheDayAfterTomorrowIsThatDayNotTheClassAfterIt()
    {
        // Monday 28 November 2022; the day grid: Tuesday 29 CCE105, Wednesday 30 AST118, Thursday 1 December AST107.
        var conversation = Bot().Conversation(now: new DateTimeOffset(2022, 11, 28, 9, 0, 0, TimeSpan.FromHours(1)));
        await conversation.Flow()
            .Send("j'ai cours demain en cours du jour ?")
            .AssertReply(r => Contains(r, "mardi 29 novembre 2022", "CCE105"))
            .Send("et après-demain ?")
            .AssertReply(r =>
            {
                Contains(r, "mercredi 30 novembre 2022", "AST118");
                DoesNotContain(r, "cours suivant");
            });
    }

    [Fact]
    public async Task TheScheduleAnsweredIsTheSubjectOfTheNextQuestion()
    {
        // ANG200 is taught in the day classes only: the schedule's modality is the hours' and the fees' asked next.
        var conversation = Bot().Conversation(now: InYear);
        await conversation.Flow()
            .Send("prochain cours ANG200 ?")
            .AssertReply(r => Contains(r, "Cours du jour 2022-2023", "ANG200"))
            .AssertNoReply()
            .Send("c'est à quelle heure ?")
            .AssertReply(r =>
            {
                Contains(r, "9h30 - 17h");
                DoesNotContain(r, "18h15");
            })
            .Send("combien ça coûte ?")
            .AssertReply(r =>
            {
                Contains(r, "Cours du jour, formation sur 1 an", "4 150 €");
                DoesNotContain(r, "Cours du soir");
                DoesNotContain(r, "De quelle formation");
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
    public async Task AfterTheNextClassEtApresGivesTheOneAfterItUntilAnotherAnswer()
    {
        var conversation = Bot(new InMemoryStateStore()).Conversation(now: InYear);
        await conversation.PlayAsync(
        [
            new("je suis en cours du soir, parcours insertion professionnelle", "C'est noté"),
            new("c'est quand mon prochain cours ?", "mercredi 16 novembre 2022"),
            new("et après ?", "après le mercredi 16 novembre 2022, cours suivant le **jeudi 17 novembre 2022**"),
            new("et le suivant ?", "cours suivant le **vendredi 18 novembre 2022**"),
            new("and after that?", "the next class is on **Monday 21 November 2022**"),
            // The schedules were the evening classes': so are the fees.
            new("combien coûte la licence ?", "Cours du soir, formation sur 1 an — individuel : **820 €**"),
        ]);

        // Another answer in between: "et après ?" no longer continues the schedule.
        var replies = await conversation.SendAsync(TestConversation.Message("et après ?"));
        Assert.All(replies, r => DoesNotContain(r, "cours suivant"));
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
    public async Task AfterTheClassesOfAWeekOrAMonthTheFollowUpGivesTheOneAfter()
    {
        var conversation = Bot(new InMemoryStateStore()).Conversation(now: InYear);
        await conversation.PlayAsync(
        [
            new("j'ai quoi cette semaine ? licence cours du soir insertion pro", "lundi 14 novembre 2022 → dimanche 20 novembre 2022"),
            new("et la semaine d'après ?", "lundi 21 novembre 2022 → dimanche 27 novembre 2022"),
            new("et après ?", "lundi 28 novembre 2022 → dimanche 4 décembre 2022"),
            new("and the week after?", "Monday 5 December 2022 → Sunday 11 December 2022"),
            new("quel est mon planning de décembre ?", "jeudi 1 décembre 2022 → samedi 31 décembre 2022"),
            // A whole month: the next calendar month, not 31 days on.
            new("et le mois suivant ?", "dimanche 1 janvier 2023 → mardi 31 janvier 2023"),
        ]);
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
    public async Task ThisWeekListsTheWeeksClassesWithTitlesAndHolidays()
    {
        // Friday 11 November 2022 is a public holiday in the evening planning.
        var bot = Bot();
        var conversation = bot.Conversation(now: new DateTimeOffset(2022, 11, 8, 9, 0, 0, TimeSpan.FromHours(1)));
        await conversation.Flow()
            .Send("je suis en cours du soir maintenant").AssertReply("C'est noté")
            .Send("j'ai quoi cette semaine ?")
            .AssertReply(r =>
            {
                Contains(r, "lundi 7 novembre 2022", "AST118", "Politiques et actions locales d'insertion professionnelle",
                    "mardi 8 novembre 2022", "AST113", "jeudi 10 novembre 2022", "TRS102", "vendredi 11 novembre 2022", "Férié",
                    "Horaire : 18h15 - 21h15", "Ajouter à mon agenda");
                DoesNotContain(r, "9h30");
                var card = ScheduleBot.Card(r).GetRawText();
                Assert.Contains("https://bot.example.org/calendar/lp110/insertion-pro/soir.ics", card);
            });
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
    public async Task AHolidaySaidWithoutItsYearIsReadInThePlanningsYearAndLabelled()
    {
        var conversation = Bot().Conversation(now: OtherYear);
        var replies = await conversation.SendAsync(TestConversation.Message("on a cours le 11 novembre ?"));
        Contains(replies[0], "que le planning 2022-2023", "vendredi 11 novembre 2022", "Férié", "pas de cours");
        // Both modalities were shown: the bot offers once to remember the user's.
        Contains(replies[^1], "Je suis en cours du soir", "Je suis en cours du jour");
        var again = await conversation.SendAsync(TestConversation.Message("on a cours le 11 novembre ?"));
        Assert.Single(again);
    }

    [Fact]
    public async Task AMonthWithoutAYearListsThatMonthOfThePlanning()
    {
        var conversation = Bot().Conversation(now: InYear);
        await conversation.Flow().Send("je suis en cours du soir").AssertReply("C'est noté")
            .Send("quels cours en janvier ?")
            .AssertReply(r =>
            {
                Contains(r, "15 jours de cours", "lundi 2 janvier 2023", "vendredi 20 janvier 2023", "UASO08", "dimanche 1 janvier 2023", "Férié");
                DoesNotContain(r, "février");
            });
    }

    [Theory]
    [InlineData("c'est quand mon prochain cours ?")]
    [InlineData("j'ai quoi cette semaine ?")]
    [InlineData("j'ai cours demain ?")]
    public async Task RelativeDatesOutsideThePlanningsYearGetTheContactNotAnotherYearsDates(string question)
    {
        var conversation = Bot().Conversation(now: OtherYear);
        var reply = (await conversation.SendAsync(TestConversation.Message(question)))[0];
        Contains(reply, "2022-2023", "2026-2027", "par_intervention-sociale@lecnam.net");
        DoesNotContain(reply, "novembre 2022");
        Assert.Null(reply.Attachments);
    }

    [Fact]
    public async Task AWeekdayAskedOutsideThePlanningsYearGetsTheGridsSessionsOnThatWeekday()
    {
        var conversation = Bot().Conversation(now: OtherYear);
        var reply = (await conversation.SendAsync(TestConversation.Message("les cours du jour ont-ils lieu le lundi ?")))[0];
        Contains(reply, "que le planning 2022-2023", "le lundi", "du lundi");
        DoesNotContain(reply, "mardi");
        DoesNotContain(reply, "2026-2027");

        var evening = (await conversation.SendAsync(TestConversation.Message("et les cours du soir, le samedi ?")))[0];
        Contains(evening, "aucune séance le samedi", "samedi : cours en journée");
    }

    [Fact]
    public async Task WithoutLocalTimestampTheServerDateIsTheUsersDate()
    {
        // The harness sends no localTimestamp: the activity's timestamp (now, after 2023) is outside the planning.
        var conversation = Bot().Conversation();
        var reply = (await conversation.SendAsync(TestConversation.Message("c'est quand mon prochain cours ?")))[0];
        Contains(reply, "Le planning chargé dans mes documents est celui de 2022-2023");
    }

    [Fact]
    public async Task AModalityWithoutParcoursIsNotToldItsGridIsEmptyBecauseAnotherParcoursGridIs()
    {
        var conversation = Bot().Conversation(now: OtherYear);
        var reply = (await conversation.SendAsync(TestConversation.Message("je suis en cours du soir")))[0];
        Contains(reply, "C'est noté : vous suivez les cours du soir", "précisez votre parcours");
        DoesNotContain(reply, "grille de ce planning est vide");
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

    [Theory]
    // The grids: day classes resume on Monday 2 January 2023 (AST107), evening classes on Monday 14 November 2022 after
    // the 11th (AST118).
    [InlineData("2022-11-20", "quand reprennent les cours après Noël en cours du jour ?", "après le dimanche 25 décembre 2022, cours suivant le **lundi 2 janvier 2023**", "AST107")]
    [InlineData("2022-11-20", "quel est le premier cours après le 11 novembre en cours du soir ?", "cours suivant le **lundi 14 novembre 2022**", "AST118")]
    [InlineData("2022-11-20", "When do evening classes resume after Christmas?", "the next class is on **Monday 2 January 2023**", "AST118")]
    // "et après Noël ?": "et après" is not what the programme leads to when a day is said.
    [InlineData("2022-11-20", "et après Noël, j'ai cours quand en cours du soir ?", "cours suivant le **lundi 2 janvier 2023**", "AST118")]
    // A year the documents have no grid for: that day in the only grid, said to be so.
    [InlineData("2026-12-06", "quand reprennent les cours après Noël en cours du jour ?", "ne contiennent que le planning 2022-2023", "lundi 2 janvier 2023")]
    public async Task TheClassesAfterADaySaidAreTheNextClassAfterIt(string today, string question, string expected, string ue)
    {
        var conversation = Bot().Conversation(now: DateTimeOffset.Parse(today + "T10:00:00+01:00", CultureInfo.InvariantCulture));
        var reply = (await conversation.SendAsync(TestConversation.Message(question)))[0];
        Contains(reply, expected, ue);
        DoesNotContain(reply, "Férié");
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

    [Fact]
    public async Task NextWeekButtonAnswersWithTheFollowingWeekInWebChat()
    {
        var conversation = Bot().Conversation(now: new DateTimeOffset(2022, 11, 8, 9, 0, 0, TimeSpan.FromHours(1)));
        await conversation.SendAsync(TestConversation.Message("je suis en cours du soir"));
        var week = (await conversation.SendAsync(TestConversation.Message("j'ai quoi cette semaine ?")))[0];
        var action = ScheduleBot.Card(week).GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("type").GetString() == "Action.Submit");
        Assert.Contains("14 novembre", action.GetProperty("title").GetString());
        var replies = await conversation.SendAsync(conversation.CardSubmission(action.GetProperty("data")));
        Contains(replies[0], "lundi 14 novembre 2022", "Journée", "vendredi 18 novembre 2022", "UASO08");
    }
}
