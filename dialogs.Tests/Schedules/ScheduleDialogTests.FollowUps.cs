using System.Globalization;
using System.Text.Json;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;

namespace Cnam.Bot.Tests.Schedules;

// What follows a schedule answer: "et après ?", the week after, "cette UE", the subject of the next question, the card's button.
public sealed partial class ScheduleDialogTests
{
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
    public async Task AnEmptyGridAnsweredIsStillTheSubjectOfTheNextQuestion()
    {
        // The culture parcours' evening grid is empty: the next class cannot be given, but what follows is about it.
        var conversation = Bot().Conversation(now: InYear);
        await conversation.Flow()
            .Send("bonjour je suis en licence pro parcours culture, c'est quand mon prochain cours ?")
            .AssertReply(r => Contains(r, "parcours insertion par la culture", "est vide"))
            .Send("et le suivant ?")
            .AssertReply(r =>
            {
                Contains(r, "parcours insertion par la culture", "la grille publiée est vide");
                DoesNotContain(r, "Je n'ai pas cette information");
            })
            .Send("combien ça coûte ?")
            .AssertReply(r =>
            {
                Contains(r, "Licence pro (LP110)", "Cours du soir");
                DoesNotContain(r, "laquelle vous intéresse", "Cours du jour");
            });
    }

    [Fact]
    public async Task AFollowUpOfLaReunionsClassesStaysAtLaReunion()
    {
        // No class grid at La Réunion: the question answerer says so, and "et la semaine prochaine ?" is not the licence's grid.
        var conversation = Bot().Conversation(now: InYear);
        await conversation.Flow()
            .Send("je suis en CASP à la Réunion, quels cours cette semaine ?")
            .AssertReply(r => Contains(r, "ne donnent pas le détail des cours du Cnam La Réunion", "du lundi au vendredi de 17h à 21h", "0262 42 28 37"))
            .Send("et la semaine prochaine ?")
            .AssertReply(r =>
            {
                Contains(r, "ne donnent pas le détail des cours du Cnam La Réunion");
                DoesNotContain(r, "LP110", "2022-2023");
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

    [Fact]
    public async Task AScheduleOfAnotherProgrammeDropsTheFundingSaidForTheFormerOne()
    {
        // The CPF was said of the CASP; the schedule is the licence's: its fees are every funding's, not the CPF's alone.
        var conversation = Bot().Conversation(now: InYear);
        await conversation.Flow()
            .Send("combien coûte le CASP avec mon CPF ?")
            .AssertReply(r => Contains(r, "CPF"))
            .Send("prochain cours ANG200 ?")
            .AssertReply(r => Contains(r, "ANG200"))
            .AssertNoReply()
            .Send("combien ça coûte ?")
            .AssertReply(r => Contains(r, "Cours du jour, formation sur 1 an — individuel", "4 150 €"));
    }
}
