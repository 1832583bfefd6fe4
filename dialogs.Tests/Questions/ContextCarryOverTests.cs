using Cnam.Bot.Protocol;
using Cnam.Bot.Tests.Common;

namespace Cnam.Bot.Tests.Questions;

/// <summary>
/// Issue 4: multi-turn conversations through the real <see cref="Dialogs.CnamBot"/>, knowledge base and recogniser.
/// A follow-up that names only a modality, a funding, a programme or a UE is answered with the rest of the previous
/// question; a new programme does not inherit what belonged to the old one. Figures are the documents' (seeds 000, 003, 004).
/// </summary>
public sealed class ContextCarryOverTests(QuestionsFixture fixture) : IClassFixture<QuestionsFixture>
{
    private static string Text(IReadOnlyList<Activity> replies) => string.Join("\n", replies.Select(r => r.Text));

    private async Task<string> SayAsync(TestConversation conversation, string text) =>
        Text(await conversation.SendAsync(TestConversation.Message(text)));

    [Fact]
    public async Task LicenceTariffNarrowsToEveningThenToEmployerFunding()
    {
        var conversation = fixture.Conversation();

        // Seed 000: day 8300/5950/4150 €, evening 3000 (1500 over 2 years) / 820 (410) € a year.
        var all = await SayAsync(conversation, "combien coûte la licence ?");
        AnswerText.AssertFragments(all, "8 300 € | 5 950 € | 4 150 € | 3 000 € | 1 500 € | 820 € | 410 €", "licence");
        AnswerText.AssertSource(all, fixture.Knowledge, "000");

        var evening = await SayAsync(conversation, "et en cours du soir ?");
        AnswerText.AssertFragments(evening, "3 000 € | 1 500 € | 820 € | 410 € | !8 300 € | !5 950 € | !4 150 €", "evening");
        AnswerText.AssertSource(evening, fixture.Knowledge, "000");

        var employer = await SayAsync(conversation, "et si c'est mon employeur qui paie ?");
        AnswerText.AssertFragments(employer, "3 000 € | 1 500 € | employeur | !820 € | !410 € | !8 300 €", "employer");
        AnswerText.AssertSource(employer, fixture.Knowledge, "000");
    }

    [Theory]
    [InlineData("c'est quoi le CASP ?", "et le CP29 ?", "quelle est la différence entre les deux ?", "sont aussi des UE du titre | **Titre CASP (CPN42)** — accès | **Certificat CP29** — accès")]
    [InlineData("quelles sont les UE du CASP ?", "et celles du CP29 ?", "lesquelles sont en commun ?", "Les 6 UE du certificat professionnel CP29 (TET099, AST004, TRS001, CCE001, TET003, TET007) sont aussi des UE du titre")]
    [InlineData("What is the CASP?", "and the CP29?", "what's the difference between them?", "are also units of the titre | **CP29 certificate** — entry")]
    public async Task TheTwoProgrammesOfTheConversationAreBothWhenNoneIsNamed(string first, string second, string both, string expected)
    {
        var conversation = fixture.Conversation();
        await SayAsync(conversation, first);
        await SayAsync(conversation, second);
        AnswerText.AssertFragments(await SayAsync(conversation, both), expected, "both programmes");
    }

    [Fact]
    public async Task TheCommonCoreOfTheLicenceIsStillItsOwnAfterOneProgramme()
    {
        var conversation = fixture.Conversation();
        await SayAsync(conversation, "quelles sont les UE de la licence ?");
        AnswerText.AssertFragments(await SayAsync(conversation, "lesquelles sont communes aux deux parcours ?"), "Tronc commun | !CASP", "the licence's common core");
    }

    [Fact]
    public async Task TheTwoParcoursAreTheLicencesNotTheTwoProgrammesOfTheConversation()
    {
        var conversation = fixture.Conversation();
        await SayAsync(conversation, "c'est quoi le CASP ?");
        await SayAsync(conversation, "et la licence ?");
        AnswerText.AssertFragments(await SayAsync(conversation, "quelle est la différence entre les deux parcours ?"),
            "Insertion par la culture | !Chargé d'accompagnement social et professionnel** (CPN42", "the licence's parcours");
    }

    [Fact]
    public async Task ASubjectAskedOfTheUesOfTheConversationsProgrammeListsThoseOnIt()
    {
        var conversation = fixture.Conversation();
        await SayAsync(conversation, "je voudrais des infos sur la licence");
        var subject = await SayAsync(conversation, "quelle UE parle de communication ?");

        AnswerText.AssertFragments(subject, "« communication » | CCE105 | !TRS103", "the licence's UEs on communication");
        AnswerText.AssertSource(subject, fixture.Knowledge, "000");
    }

    [Fact]
    public async Task GoingOnAfterTheProgrammeOfTheConversationIsItsFurtherStudy()
    {
        var conversation = fixture.Conversation();
        await SayAsync(conversation, "c quoi le cp29");
        var next = await SayAsync(conversation, "et apres je peux continuer ?");

        // Its 6 UEs are the CASP's first: said before the jobs the documents do not list for it.
        AnswerText.AssertFragments(next, "Poursuite d'études : les 6 UE du certificat professionnel CP29 | sont aussi des UE du titre Chargé d'accompagnement",
            "the CP29's further study");
        Assert.StartsWith("Poursuite d'études", next);
    }

    [Theory]
    [InlineData("je voudrais des infos sur la licence", "et c'est quand la rentrée ?")]
    [InlineData("comment s'inscrire à la licence ?", "et les dates ?")]
    public async Task AWhenAfterAnotherQuestionAsksTheDatesNotThatQuestionAgain(string first, string then)
    {
        var conversation = fixture.Conversation();
        var before = await SayAsync(conversation, first);
        var dates = await SayAsync(conversation, then);

        Assert.NotEqual(before, dates);
        AnswerText.AssertFragments(dates, "lundi 3 octobre 2022", "the licence's first evening class");
    }

    [Fact]
    public async Task TheDifferenceWithAnotherProgrammeComparesItWithTheProgrammeOfTheConversation()
    {
        var conversation = fixture.Conversation();
        await SayAsync(conversation, "combien coûte le CASP en cours du soir ?");

        // Seeds 003 and 004: the CASP bac+2, 120 ECTS; the CP29 bac+1, 54 ECTS, its 6 UE those of the titre.
        var difference = await SayAsync(conversation, "quelle est la différence avec le CP29 ?");
        AnswerText.AssertFragments(difference,
            "**Titre CASP (CPN42)** — accès : niveau bac ; niveau de sortie : bac+2 | **Certificat CP29** — accès : niveau bac ; niveau de sortie : bac+1 | 54 ECTS | sont aussi des UE | !144 €",
            "difference");

        // In English, "What's..." reads like a follow-up of the fee question; a difference asked is still a comparison.
        var english = fixture.Conversation();
        await SayAsync(english, "What are the fees for the CASP in La Réunion if my employer pays?");
        AnswerText.AssertFragments(await SayAsync(english, "What's the difference with the CP29?"),
            "**CP29 certificate** — entry: niveau bac | !per ECTS", "english difference");
    }

    [Fact]
    public async Task AQuestionForTheUsersOwnCaseContinuesTheLastTopicRatherThanStartingTheQuestionnaire()
    {
        var conversation = fixture.Conversation();
        await SayAsync(conversation, "il y a un stage dans la licence ?");

        // Seed 001: the internship is required of those who cannot show a year's experience in the field.
        var ownCase = await SayAsync(conversation, "je dois le faire si je travaille déjà dans l'insertion ?");
        AnswerText.AssertFragments(ownCase, "Stage — Licence pro (LP110) | expérience minimale d'un an | !Je vérifie avec vous", "own case");
    }

    [Fact]
    public async Task TheCentreOfTheConversationCarriesToTheInternshipAndTheContact()
    {
        var conversation = fixture.Conversation();
        await SayAsync(conversation, "combien coûte le CASP à la Réunion ?");

        var internship = await SayAsync(conversation, "et il y a un stage ?");
        Assert.Contains("(La Réunion)", internship, StringComparison.Ordinal);
        Assert.DoesNotContain("(Paris)", internship, StringComparison.Ordinal);

        var contact = await SayAsync(conversation, "qui je contacte ?");
        Assert.Contains("Cnam La Réunion", contact, StringComparison.Ordinal);
        // Nothing said of which contact: the centre's reception, for any question (not a site's contact).
        Assert.StartsWith("**Service accueil — Centre régional du Port", contact, StringComparison.Ordinal);
        Assert.DoesNotContain("Je n'ai pas cette information", contact, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWhatIsOnQuestionAfterAProgrammeQuestionGetsTheDayNotTheProgrammeAgain()
    {
        var conversation = fixture.Conversation(now: new DateTimeOffset(2022, 11, 21, 10, 0, 0, TimeSpan.FromHours(1)));
        await SayAsync(conversation, "combien coûte la licence ?");

        var thursday = await SayAsync(conversation, "qu'est-ce que j'ai jeudi en cours du soir ?");

        AnswerText.AssertFragments(thursday, "jeudi 24 novembre 2022 | TRS102 | !tronc commun", "thursday");
    }

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
    public async Task AfterTwoCentresComparedNeitherIsTheConversationsCentre()
    {
        var conversation = fixture.Conversation();
        var fees = await SayAsync(conversation, "le CASP est-il moins cher à La Réunion qu'à Paris ?");
        AnswerText.AssertFragments(fees, "60 € | 14 €", "fees");

        var hours = await SayAsync(conversation, "et les horaires ?");

        // Both centres' hours: Paris's evening classes and La Réunion's 17h-21h.
        AnswerText.AssertFragments(hours, "entre 18h et 21h30 | de 17h à 21h", "hours");
    }

    [Fact]
    public async Task TariffWithoutProgrammeAsksWhichOneWithButtonsThenAnswersTheCasp()
    {
        var conversation = fixture.Conversation();
        await conversation.Flow()
            .Send("quel est le tarif ?")
            .AssertReply(reply =>
            {
                Assert.DoesNotContain("€", reply.Text, StringComparison.Ordinal);
                var buttons = reply.SuggestedActions?.Actions ?? [];
                Assert.Equal(3, buttons.Count);
                Assert.Collection(buttons,
                    b => Assert.Contains("LP110", b.Title, StringComparison.Ordinal),
                    b => Assert.Contains("CPN42", b.Title, StringComparison.Ordinal),
                    b => Assert.Contains("CP29", b.Title, StringComparison.Ordinal));
                Assert.All(buttons, b => Assert.Equal("imBack", b.Type));
            })
            .AssertNoReply();

        // Seed 003, tarifs 2016-2017: employer 144 € per credit, day 11 952 €, individual 150 € + 14 € per credit.
        var casp = await SayAsync(conversation, "le CASP");
        AnswerText.AssertFragments(casp, "144 € | par crédit | 11 952 € | 5 976 € | 9,15 € | 14 € | 150 €", "CASP");
        AnswerText.AssertSource(casp, fixture.Knowledge, "003");
    }

    [Fact]
    public async Task TappingTheCaspButtonAnswersTheTariffQuestionThatWasPending()
    {
        var conversation = fixture.Conversation();
        var question = await conversation.SendAsync(TestConversation.Message("quel est le tarif ?"));
        var casp = question.Single().SuggestedActions!.Actions.Single(a => a.Title!.Contains("CPN42", StringComparison.Ordinal));

        var answer = await SayAsync(conversation, casp.Value!.Value.GetString()!);

        AnswerText.AssertFragments(answer, "144 € | par crédit | 11 952 €", "CASP button");
        AnswerText.AssertSource(answer, fixture.Knowledge, "003");
    }

    [Fact]
    public async Task AskedWhichProgrammeAtLaReunionOnlyItsProgrammesAreOfferedAndTheCentreIsKept()
    {
        var conversation = fixture.Conversation();
        var question = await conversation.SendAsync(TestConversation.Message("quelles UE sont au premier semestre à La Réunion ?"));
        var buttons = question.Single().SuggestedActions!.Actions;
        Assert.DoesNotContain(buttons, a => a.Title!.Contains("LP110", StringComparison.Ordinal));
        var casp = buttons.Single(a => a.Title!.Contains("CPN42", StringComparison.Ordinal));

        var answer = await SayAsync(conversation, casp.Value!.Value.GetString()!);

        AnswerText.AssertSource(answer, fixture.Knowledge, "004");
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
    public async Task AFeeThenANumberOfCreditsPricesThoseCredits()
    {
        var conversation = fixture.Conversation();

        // Seed 003: employer, evening, 144 € per credit.
        AnswerText.AssertFragments(await SayAsync(conversation, "Combien coûte le CASP en cours du soir si mon employeur paie ?"), "144 €", "CASP fee");
        var six = await SayAsync(conversation, "et pour 6 crédits ?");
        AnswerText.AssertFragments(six, "864 € | !120 ECTS", "6 credits");
        AnswerText.AssertSource(six, fixture.Knowledge, "003");
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

    [Fact]
    public async Task LicenceTariffThenCp29GivesTheCertificateTariffs()
    {
        var conversation = fixture.Conversation();
        AnswerText.AssertFragments(await SayAsync(conversation, "combien coûte la licence ?"), "8 300 €", "licence");

        // The CPN42 tariffs of seed 003 apply to the UE of the CP29; seed 004 gives La Réunion's.
        var cp29 = await SayAsync(conversation, "et pour le CP29 ?");
        Assert.NotEmpty(AnswerText.Amounts(cp29));
        AnswerText.AssertFragments(cp29, "!8 300 € | !3 000 €", "CP29 tariffs");
    }

    [Fact]
    public async Task ACaspTariffAfterALicenceTariffDoesNotInheritTheLicenceFunding()
    {
        var conversation = fixture.Conversation();
        AnswerText.AssertFragments(
            await SayAsync(conversation, "combien coûte la licence en cours du soir si mon employeur paie ?"), "3 000 € | !820 €", "licence employer");

        // The funding was said about the licence: the CASP's answer must not be silently cut down to it (seed 003
        // also has DIF 650 € per UE, CPF 30 € an hour and the individual 14 € per credit in the evening).
        var casp = await SayAsync(conversation, "et combien coûte le CASP ?");
        AnswerText.AssertFragments(casp, "144 € | 650 € | 14 €", "CASP after licence employer");
        AnswerText.AssertSource(casp, fixture.Knowledge, "003");
    }

    [Fact]
    public async Task ABareFollowUpNamingAnotherProgrammeAsksTheSameWithTheSameModalityAndFunding()
    {
        var conversation = fixture.Conversation();
        await SayAsync(conversation, "combien coûte la licence en cours du soir ?");

        // "et pour le CASP ?" asks the same question about the CASP: its evening fees (seed 003), not its day ones.
        var casp = await SayAsync(conversation, "et pour le CASP ?");
        AnswerText.AssertFragments(casp, "144 € | 14 € | !11 952 € | !5 976 €", "CASP after licence evening");

        var english = fixture.Conversation();
        await SayAsync(english, "How much is the CASP in Paris if my employer pays?");
        AnswerText.AssertFragments(await SayAsync(english, "and the licence?"), "3 000 € | !820 € | !5 950 €", "licence after CASP employer");
    }

    [Fact]
    public async Task ReunionTariffAfterALicenceCpfQuestionIsNotEmpty()
    {
        var conversation = fixture.Conversation();
        AnswerText.AssertFragments(
            await SayAsync(conversation, "combien coûte la licence en cours du jour avec mon CPF ?"), "5 950 € | !8 300 €", "licence CPF");

        // Seed 004 has tariffs for La Réunion (60 € per ECTS individually, FOAD 200 € per UE...), none for the CPF:
        // the stale CPF and day course must not turn them into "no tariff for your situation".
        var reunion = await SayAsync(conversation, "combien coûte le CASP à La Réunion ?");
        AnswerText.AssertFragments(reunion, "60 € | 200 €", "CASP La Réunion after licence CPF");
        AnswerText.AssertSource(reunion, fixture.Knowledge, "004");
    }

    [Fact]
    public async Task JobSeekerAtReunionThenDistanceLearningGivesTheFoadTariff()
    {
        var conversation = fixture.Conversation();

        // Seed 004: job seeker (cat. 1 to 4) 8 € per ECTS; FOAD 200 € per UE whatever the funding.
        AnswerText.AssertFragments(
            await SayAsync(conversation, "je suis demandeur d'emploi catégorie 2, combien coûte le CASP à La Réunion ?"), "8 € | par ECTS", "job seeker");
        var foad = await SayAsync(conversation, "et en FOAD ?");
        AnswerText.AssertFragments(foad, "200 € | par UE", "FOAD");
    }

    [Theory]
    // Who pays, said alone after a question about the entry: the fees for that funding, at the centre asked about.
    [InlineData("quelles sont les conditions d'accès au CASP à la Réunion ?", "je suis demandeur d'emploi")]
    [InlineData("What are the entry requirements for the CASP in Réunion?", "I'm a job seeker")]
    public async Task AFundingSaidAloneAfterAnEntryQuestionGetsItsFees(string question, string funding)
    {
        var conversation = fixture.Conversation();
        await SayAsync(conversation, question);
        var fees = await SayAsync(conversation, funding);

        AnswerText.AssertFragments(fees, "**8 €** | 120 × 8 € | !Cnam Paris", "job seeker's fees at La Réunion");
    }

    [Fact]
    public async Task AProfileAfterAnEntryQuestionIsAnsweredForTheCentreAskedAbout()
    {
        var conversation = fixture.Conversation();
        await SayAsync(conversation, "quelles sont les conditions d'accès au CASP à la Réunion ?");
        var profile = await SayAsync(conversation, "je n'ai pas le bac");

        AnswerText.AssertFragments(profile, "Accès — Titre CASP (CPN42), Cnam La Réunion | Sans bac | VAP85 | !Cnam Paris**", "La Réunion's routes only");
    }

    [Theory]
    // The centre said is the person's: another programme named after it is answered for that centre (both centres teach
    // the CP29); a centre that only came from the licence (taught in Paris alone) is not carried over.
    [InlineData("combien coûte le CASP à la Réunion ?", "et pour le CP29 ?", "54 ECTS | 3 358 € | !144 €")]
    [InlineData("combien coûte le CASP à Paris en cours du soir ?", "et pour le CP29 ?", "144 € | !60 € par ECTS")]
    [InlineData("combien coûte la licence ?", "et pour le CASP ?", "Cnam Paris | Cnam La Réunion")]
    public async Task TheCentreSaidStaysForAnotherProgramme(string first, string second, string expected)
    {
        var conversation = fixture.Conversation();
        await SayAsync(conversation, first);
        AnswerText.AssertFragments(await SayAsync(conversation, second), expected, "the centre of the conversation");
    }

    [Theory]
    // A follow-up that only adds what does not change the answer is told so, before the same answer.
    [InlineData("quelles sont les conditions d'accès à la licence ?", "en cours du soir", "C'est la même réponse en cours du soir | bac+2")]
    [InlineData("What are the entry requirements for the licence?", "and in the evening?", "The answer is the same in evening classes | bac+2")]
    public async Task AFollowUpThatChangesNothingIsToldSo(string first, string second, string expected)
    {
        var conversation = fixture.Conversation();
        AnswerText.AssertFragments(await SayAsync(conversation, first), "bac+2 | !C'est la même réponse | !The answer is the same", "the first answer");
        AnswerText.AssertFragments(await SayAsync(conversation, second), expected, "the same answer");
        // Asked again with nothing new, it is no follow-up that adds anything.
        AnswerText.AssertFragments(await SayAsync(conversation, second), "bac+2 | !C'est la même réponse | !The answer is the same", "asked again");
    }

    [Fact]
    public async Task ContextIsKeptPerConversation()
    {
        var first = fixture.Conversation();
        var second = fixture.Conversation();
        await SayAsync(first, "combien coûte la licence en cours du soir ?");

        // The other conversation knows nothing of the licence: the bare follow-up gets every programme's employer fees
        // (the CASP's 144 € a credit among them), where the first one's gets the licence's evening fee only.
        var other = await SayAsync(second, "et si c'est mon employeur qui paie ?");
        Assert.True(AnswerText.Has(other, "144 €"), other);
        var same = await SayAsync(first, "et si c'est mon employeur qui paie ?");
        Assert.True(AnswerText.Has(same, "3 000 €"), same);
        Assert.False(AnswerText.Has(same, "144 €"), same);
    }
}
