using Cnam.Bot.Tests.Common;

namespace Cnam.Bot.Tests.Questions;

// Follow-ups about UE: the UE of the last answer or question ("cette UE", "elle", a bare question), its dates, credits and parcours.
public sealed partial class ContextCarryOverTests
{
    [Fact]
    public async Task ThisUeAfterAnAnswerThatNamedOneIsThatUeNotTheWordUe()
    {
        var conversation = fixture.Conversation(now: new DateTimeOffset(2022, 11, 20, 10, 0, 0, TimeSpan.FromHours(1)));
        var day = await SayAsync(conversation, "Quelle UE a lieu le 8 décembre 2022 en cours du soir ?");
        AnswerText.AssertFragments(day, "TRS102", "day");

        var ue = await SayAsync(conversation, "c'est quoi cette UE ?");

        AnswerText.AssertFragments(ue, "**TRS102** — Les dispositifs d'insertion et leurs acteurs | !Unité d'Enseignement | !De quelle formation", "this UE");
        AnswerText.AssertSource(ue, fixture.Knowledge, "000");
    }

    [Fact]
    public async Task TheNextOneAfterADaysClassIsTheClassAfterThatDayNotThatUeAgain()
    {
        // Sunday 20 November 2022; the evening grid (seed 000): Thursday 24 TRS102, Friday 25 CCE105, Monday 28 AST118.
        var conversation = fixture.Conversation(now: new DateTimeOffset(2022, 11, 20, 10, 0, 0, TimeSpan.FromHours(1)));
        var thursday = await SayAsync(conversation, "Quelle UE ai-je jeudi en cours du soir ?");
        AnswerText.AssertFragments(thursday, "jeudi 24 novembre 2022 | TRS102", "thursday");

        var next = await SayAsync(conversation, "et la suivante ?");
        AnswerText.AssertFragments(next, "après le jeudi 24 novembre 2022 | prochain cours le **vendredi 25 novembre 2022** | !TRS102", "next");

        var after = await SayAsync(conversation, "et le suivant ?");
        AnswerText.AssertFragments(after, "après le vendredi 25 novembre 2022 | prochain cours le **lundi 28 novembre 2022**", "after");
        AnswerText.AssertSource(after, fixture.Knowledge, "000");

        // "et après ?" goes on the same way ("après" alone would read as the jobs after the programme).
        var then = await SayAsync(conversation, "et après ?");
        AnswerText.AssertFragments(then, "après le lundi 28 novembre 2022 | prochain cours le | !Métiers visés", "then");

        // A question of its own starts from today again.
        var own = await SayAsync(conversation, "c'est quand mon prochain cours en cours du soir ?");
        AnswerText.AssertFragments(own, "lundi 21 novembre 2022 | !après le", "own");
    }

    [Fact]
    public async Task AParcoursNamedAfterAUeListGetsThatParcoursUesAndAPronounKeepsTheUe()
    {
        var conversation = fixture.Conversation(now: new DateTimeOffset(2022, 11, 20, 10, 0, 0, TimeSpan.FromHours(1)));
        await SayAsync(conversation, "c'est quoi les UE du tronc commun de la licence ?");

        // "celles du parcours culture": the UE list of that parcours, not the description of the two parcours.
        var culture = await SayAsync(conversation, "et celles du parcours culture ?");
        AnswerText.AssertFragments(culture, "CCE106 | CCE109 | !Parcours de 4 UE", "culture");

        // "elle" is the UE of the last question; a common-core UE has its sessions in the other parcours' grid, though the
        // culture parcours' own grid is empty.
        await SayAsync(conversation, "TRS103 c'est combien d'heures ?");
        var when = await SayAsync(conversation, "et elle a lieu quand en cours du soir ?");
        AnswerText.AssertFragments(when, "TRS103 | mer. 5 octobre 2022 | !la grille publiée est vide", "when");
        AnswerText.AssertSource(when, fixture.Knowledge, "000");
    }

    // The credits asked after a UE's dates are that UE's: after the schedule's answer (the UE it was asked about), after
    // the question answerer's ("et combien de crédits ?" is no follow-up of the dates), with "ça" standing for it.
    [Theory]
    [InlineData("TRS104 c'est quand ?", "combien de crédits ?")]
    [InlineData("TRS104 c'est quand ?", "et ça vaut combien d'ECTS ?")]
    [InlineData("c'est quoi TRS104", "elle a lieu quand ?", "et combien de crédits ?")]
    public async Task CreditsAfterAUesDatesAreThatUes(params string[] turns)
    {
        var conversation = fixture.Conversation(now: new DateTimeOffset(2022, 11, 20, 10, 0, 0, TimeSpan.FromHours(1)));
        foreach (var turn in turns[..^1])
        {
            await SayAsync(conversation, turn);
        }
        var credits = await SayAsync(conversation, turns[^1]);
        AnswerText.AssertFragments(credits, "**TRS104** | **6 ECTS** | !60 ECTS | !séances", "credits");
    }

    [Fact]
    public async Task ItAfterAQuestionOnAUeIsThatUe()
    {
        var conversation = fixture.Conversation(now: new DateTimeOffset(2022, 11, 20, 10, 0, 0, TimeSpan.FromHours(1)));
        await SayAsync(conversation, "What is TRS102?");

        var when = await SayAsync(conversation, "when does it take place in evening classes?");

        AnswerText.AssertFragments(when, "TRS102 | Thursday | !132 sessions", "when");
    }

    [Fact]
    public async Task ABareQuestionAfterAQuestionOnAUeIsAboutThatUe()
    {
        var conversation = fixture.Conversation(now: new DateTimeOffset(2022, 11, 20, 10, 0, 0, TimeSpan.FromHours(1)));
        await SayAsync(conversation, "TRS102 c'est quoi ?");

        var hours = await SayAsync(conversation, "combien d'heures ?");
        AnswerText.AssertFragments(hours, "TRS102 | ne donnent pas le volume horaire de cette UE | !9h30 - 17h", "hours");
        var when = await SayAsync(conversation, "c'est quand ?");
        AnswerText.AssertFragments(when, "TRS102 | 6 séances | !71 séances", "when");
        // An event of the year is not the UE's.
        var start = await SayAsync(conversation, "c'est quand la rentrée ?");
        AnswerText.AssertFragments(start, "premier cours le **mardi 15 novembre 2022** | !TRS102 Les dispositifs", "start");
    }

    [Fact]
    public async Task Trs102DatesThenDayCourseKeepsOnlyTheDaySessions()
    {
        var conversation = fixture.Conversation();

        // Seed 000: TRS102 in the evening from Thu 6 Oct 2022 to Thu 19 Jan 2023; in the day course
        // 18 and 24 Nov, 6 and 14 Dec 2022, 5 and 9 Jan 2023.
        var both = await SayAsync(conversation, "les dates de TRS102");
        AnswerText.AssertFragments(both, "6 octobre 2022 | 19 janvier 2023 | 18 novembre 2022 | 9 janvier 2023", "TRS102");
        AnswerText.AssertSource(both, fixture.Knowledge, "000");

        var day = await SayAsync(conversation, "et en cours du jour ?");
        AnswerText.AssertFragments(day,
            "TRS102 | 18 novembre 2022 | 24 novembre 2022 | 6 decembre 2022 | 14 decembre 2022 | 5 janvier 2023 | 9 janvier 2023 | !6 octobre 2022 | !19 janvier 2023",
            "TRS102 day");
        AnswerText.AssertSource(day, fixture.Knowledge, "000");
    }

    [Fact]
    public async Task UeListOfTheCaspThenCp29GivesTheCertificateUes()
    {
        var conversation = fixture.Conversation();

        // Seed 003: the 12 UE of the title; the 6 first (TET099, AST004, TRS001, CCE001, TET003, TET007) make the CP29.
        var casp = await SayAsync(conversation, "quelles sont les UE du CASP ?");
        AnswerText.AssertFragments(casp, "TET003 | AST005 | PSY001", "CASP UE");

        var cp29 = await SayAsync(conversation, "et pour le CP29 ?");
        AnswerText.AssertFragments(cp29, "TET099 | AST004 | TRS001 | CCE001 | TET003 | TET007 | !AST005 | !PSY001", "CP29 UE");
        AnswerText.AssertSource(cp29, fixture.Knowledge, "003");
    }

    [Fact]
    public async Task EctsOfTheCaspThenCp29GivesTheCertificateCredits()
    {
        var conversation = fixture.Conversation();

        // Seed 004: CPN42 120 ECTS, certificat CP29 54 ECTS.
        AnswerText.AssertFragments(await SayAsync(conversation, "combien d'ECTS pour le CASP ?"), "120 ECTS", "CASP ECTS");
        var cp29 = await SayAsync(conversation, "et pour le CP29 ?");
        AnswerText.AssertFragments(cp29, "54 ECTS | !120 ECTS", "CP29 ECTS");
        AnswerText.AssertSource(cp29, fixture.Knowledge, "004");
    }

    [Fact]
    public async Task UeDatesThenAnotherUeKeepsAskingForDates()
    {
        var conversation = fixture.Conversation();

        // Seed 000, evening: TRS103 from Wed 5 Oct 2022; TRS102 from Thu 6 Oct 2022.
        AnswerText.AssertFragments(await SayAsync(conversation, "les dates de TRS103 en cours du soir"), "5 octobre 2022", "TRS103");
        var trs102 = await SayAsync(conversation, "et TRS102 ?");
        AnswerText.AssertFragments(trs102, "TRS102 | 6 octobre 2022 | 19 janvier 2023", "TRS102 after TRS103");
    }
}
