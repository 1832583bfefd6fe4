using Cnam.Bot.Tests.Common;

namespace Cnam.Bot.Tests.Schedules;

// Dates and the planning's year: a week, a month or a holiday said without its year, relative dates outside the planning's year, the user's clock.
public sealed partial class ScheduleDialogTests
{
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

    [Fact]
    public async Task AWeekWithoutClassesSaysWhenTheyResume()
    {
        // Seed 000, day classes: no session from Saturday 11 February to Sunday 5 March 2023; CCE113 on Monday 6 March,
        // TRS107 next on Thursday 9 March.
        var conversation = Bot().Conversation(now: new DateTimeOffset(2023, 3, 1, 10, 0, 0, TimeSpan.FromHours(1)));
        await conversation.Flow()
            .Send("je suis en licence cours du jour").AssertReply("C'est noté")
            .Send("et cette semaine j'ai quoi ?")
            .AssertReply(r => Contains(r, "pas de cours (lundi 27 février 2023 → dimanche 5 mars 2023) ; prochain cours le lundi 6 mars 2023 (CCE113)."))
            .Send("j'ai TRS107 cette semaine ?")
            .AssertReply(r => Contains(r, "pas de séance de TRS107 (lundi 27 février 2023 → dimanche 5 mars 2023) ; prochaine séance le jeudi 9 mars 2023."));
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

    [Theory]
    // The evening grid places no Saturday, its hours announce Saturday classes; the culture parcours' grid is empty, its
    // hours still say Saturday 10h - 16h.
    [InlineData("y a-t-il des cours le samedi en licence ?", "aucune séance le samedi", "annonce pourtant des cours le samedi : cours en journée", "insertion par la culture", "10h - 16h")]
    [InlineData("Are there classes on Saturdays for the licence?", "no session on Saturdays", "announce Saturday classes, though: cours en journée", "integration through culture", "10h - 16h")]
    [InlineData("y a-t-il des cours le samedi pour le parcours insertion par la culture ?", "est vide dans mes documents", "samedi : 10h - 16h")]
    public async Task SaturdaysAnnouncedByThePlanningsHoursAreSaidEvenWhereTheGridHasNone(string question, params string[] expected)
    {
        var conversation = Bot().Conversation(now: OtherYear);
        var reply = (await conversation.SendAsync(TestConversation.Message(question)))[0];
        foreach (var e in expected)
        {
            Assert.Contains(e, reply.Text);
        }
    }

    [Fact]
    public async Task WithoutLocalTimestampTheServerDateIsTheUsersDate()
    {
        // The harness sends no localTimestamp: the activity's timestamp (now, after 2023) is outside the planning.
        var conversation = Bot().Conversation();
        var reply = (await conversation.SendAsync(TestConversation.Message("c'est quand mon prochain cours ?")))[0];
        Contains(reply, "Le planning chargé dans mes documents est celui de 2022-2023");
    }
}
