using Cnam.Bot.Tests.Common;

namespace Cnam.Bot.Tests.Questions;

// Follow-ups about fees: the modality, funding, programme or centre named after a fee question, and which programme when none is.
public sealed partial class ContextCarryOverTests
{
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

    [Fact]
    public async Task WhetherAFundingCanPayForTheProgrammeAskedBeforeIsAnsweredYesFirst()
    {
        var conversation = fixture.Conversation();
        await SayAsync(conversation, "parlez-moi du CASP");

        // Seed 003: the titre's employer fees at Paris; "la formation" is the CASP, not every programme.
        var employer = await SayAsync(conversation, "mon employeur peut-il financer la formation ?");
        AnswerText.AssertFragments(employer, "**Oui** : mes documents donnent un tarif « employeur » pour le titre | 11 952 € | !Licence", "employer");
        AnswerText.AssertSource(employer, fixture.Knowledge, "003");
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
}
