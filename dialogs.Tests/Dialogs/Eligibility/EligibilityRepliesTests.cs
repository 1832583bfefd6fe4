using Cnam.Bot.Dialogs;
using Cnam.Bot.Protocol;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using static Cnam.Bot.Tests.Dialogs.Eligibility.EligibilityTranscript;

namespace Cnam.Bot.Tests.Dialogs.Eligibility;

/// <summary>
/// The questionnaire's replies through the whole bot: answers to another question, "retour", "aide", a question, a thanks
/// or an "ok" in the middle, "je ne sais pas", a message with nothing to read, "annuler"; and what the state keeps.
/// </summary>
public sealed class EligibilityRepliesTests(EligibilityFixture fixture) : IClassFixture<EligibilityFixture>
{
    [Fact]
    public async Task AThanksOrAGoodbyeInTheMiddleIsRepliedToAndTheQuestionComesAgain()
    {
        var c = await AtTheDiplomaQuestionAsync();
        await ClickAsync(c, "Diploma", "level:4");

        var goodbye = await SayAsync(c, "merci, au revoir");

        Assert.Contains("Au revoir", goodbye);
        Assert.DoesNotContain("pas compris", goodbye);
        Assert.Contains("expérience professionnelle", goodbye);
    }

    [Fact]
    public async Task NotKnowingWhatToAnswerGetsWhatTellsTheChoicesApartThenTheQuestionAgain()
    {
        var c = fixture.Conversation();
        await SayAsync(c, "combien je paierais la licence ?");
        Assert.Contains("cours du jour ou les cours du soir", await SayAsync(c, "insertion professionnelle"));

        var modality = await SayAsync(c, "je ne sais pas");
        Assert.Contains("formation sur 1 an ; 9h30 - 17h", modality);
        Assert.Contains("formation sur 1 ou 2 ans (recommandée sur 2 ans) ; 18h15 - 21h15", modality);
        Assert.Contains("cours du jour ou les cours du soir", modality);
        Assert.DoesNotContain("Choisissez « cours du jour »", modality);

        await SayAsync(c, "le soir");
        var funding = await SayAsync(c, "2 ans");
        Assert.Contains("Qui financera", funding);
        var fees = await SayAsync(c, "aucune idée");
        Assert.Contains("410 €", fees);
        Assert.Contains("Qui financera", fees);
    }

    [Fact]
    public async Task NotKnowingOnesDiplomaLevelOrExperienceGetsTheEntryConditionsThenTheQuestionAgain()
    {
        var c = await AtTheDiplomaQuestionAsync();

        var diploma = await SayAsync(c, "je ne sais pas");
        Assert.Contains("accessible avec le niveau bac", diploma);
        Assert.Contains("diplôme le plus élevé", diploma);
        Assert.DoesNotContain("pas reconnu", diploma);

        await ClickAsync(c, "Diploma", "level:4");
        var experience = await SayAsync(c, "je sais pas trop");
        Assert.Contains("équivalent au niveau bac", experience);
        Assert.Contains("expérience professionnelle avez-vous", experience);
        Assert.DoesNotContain("pas reconnu", experience);
    }

    [Fact]
    public async Task AProfileGivenAtTheProgrammeQuestionGetsARecommendationInsteadOfTheQuestionAgain()
    {
        var c = fixture.Conversation();
        Assert.Contains("Quelle formation vous intéresse", await SayAsync(c, "Suis-je éligible ?"));

        var noted = await SayAsync(c, "j'ai un BTS MUC et je travaille depuis 6 ans dans la vente");
        Assert.Contains("Je vais vous aider à choisir", noted);
        Assert.DoesNotContain("Quelle formation vous intéresse", noted);
        Assert.Contains("Je vous conseille la Licence professionnelle", await SayAsync(c, "à Paris"));
    }

    [Fact]
    public async Task ADiplomaAloneAfterAFeeQuestionKeepsThatQuestionsPlan()
    {
        var c = fixture.Conversation();
        await SayAsync(c, "combien je paierais le CASP à Paris en cours du soir avec mon CPF ?");

        var verdict = await SayAsync(c, "bac +2");
        Assert.Contains("**Oui** — Titre CASP (CPN42)", verdict);
        Assert.Contains("expérience professionnelle avez-vous", verdict);
        var result = await SayAsync(c, "3 ans conseillère en insertion");
        Assert.Contains("Frais (cours du soir, financement CPF)", result);
        Assert.DoesNotContain("cours du jour ou les cours du soir", result);
    }

    [Fact]
    public async Task QuestionsAfterTheResultAreAboutTheProgrammeItWasFor()
    {
        var c = fixture.Conversation();
        await SayAsync(c, "Suis-je éligible ?");
        await ClickAsync(c, "Programme", "CP29");
        await ClickAsync(c, "Centre", "Paris");
        await SayAsync(c, "j'ai un bac L");
        await SayAsync(c, "2 ans comme agent d'accueil à la CAF");
        await SayAsync(c, "le soir");
        Assert.Contains("Le certificat professionnel CP29", await SayAsync(c, "c'est mon employeur qui paie"));

        // Seed 003: the CPN42's evening employer fee, per credit, applies to the CP29's UE.
        var total = await SayAsync(c, "combien ça fait au total ?");
        Assert.Contains("144 €", total);
        Assert.DoesNotContain("Je n'ai pas cette information", total);
        // The CP29 has no dated grid in Paris: not the licence's first classes.
        var start = await SayAsync(c, "je peux commencer quand ?");
        Assert.Contains("Le planning détaillé (dates des cours) de cette formation à Paris n'est pas dans mes documents", start);
        Assert.DoesNotContain("LP110", start);
    }

    [Fact]
    public async Task AJobSeekerLearnsThePoleEmploiFeeHoldsOnlyIfPoleEmploiPays()
    {
        // Seed 000: the licence has no job-seeker fee; evening over 2 years, Pôle emploi 1 500 € a year, self-funded 410 €.
        var c = fixture.Conversation();
        await SayAsync(c, "je veux savoir si je peux faire la licence");
        await SayAsync(c, "insertion professionnelle");
        await SayAsync(c, "j'ai un BTS");
        await SayAsync(c, "4 ans en mission locale");
        await SayAsync(c, "cours du soir");
        await SayAsync(c, "2 ans");
        var result = await SayAsync(c, "je suis demandeur d'emploi");

        Assert.Contains("1 500 €", result);
        Assert.Contains("Ce tarif vaut si Pôle emploi (France Travail) finance la formation ; si vous la financez vous-même : 410 € par an", result);
    }

    [Fact]
    public async Task AnAnswerGivenAgainAtAnotherQuestionIsAcknowledgedNotTakenForAQuestion()
    {
        var c = fixture.Conversation();
        await SayAsync(c, "je veux savoir si je peux faire la licence");
        await SayAsync(c, "insertion par la culture");

        // The parcours again at the diploma question: not the licence's overview, not a retry.
        var again = await SayAsync(c, "insertion par la culture");
        Assert.Contains("C'est bien noté (", again);
        Assert.Contains("le parcours", again);
        Assert.Contains("Quel est votre diplôme le plus élevé", again);
        Assert.DoesNotContain("s'organise autour", again);

        await SayAsync(c, "j'ai un BTS");
        // The licence is taught in Paris: "Paris" at the experience question is the centre already known.
        var paris = await SayAsync(c, "Paris");
        Assert.Contains("C'est bien noté (Cnam Paris)", paris);
        Assert.Contains("Combien de temps d'expérience", paris);
    }

    [Fact]
    public async Task AnEarlierAnswerCorrectedIsSaidSoAndUsed()
    {
        var c = fixture.Conversation();
        await SayAsync(c, "je voudrais savoir si je peux faire la licence");
        await SayAsync(c, "insertion professionnelle");
        await SayAsync(c, "j'ai le bac");

        // The diploma corrected at the experience question: said, then the experience asked again.
        var diploma = await SayAsync(c, "non en fait j'ai un BTS");
        Assert.Contains("C'est corrigé (votre diplôme)", diploma);
        Assert.Contains("Combien de temps d'expérience", diploma);
        await SayAsync(c, "3 ans en mission locale");

        // Another programme: the licence's parcours and implied centre are dropped, the centre is asked.
        var programme = await SayAsync(c, "finalement plutôt le CASP");
        Assert.Contains("C'est corrigé (la formation)", programme);
        Assert.Contains("Dans quel centre", programme);
        await SayAsync(c, "Paris");
        await SayAsync(c, "le soir");
        var result = await SayAsync(c, "mon employeur");

        Assert.Contains("Le titre Chargé d'accompagnement social et professionnel (CASP, CPN42)", result);
        Assert.DoesNotContain("parcours insertion professionnelle", result);
        Assert.Contains("BTS", result);
        Assert.Contains("144 € par crédit", result);
    }

    [Fact]
    public async Task WhyJustAfterTheResultExplainsItsVerdict()
    {
        var c = fixture.Conversation();
        await SayAsync(c, "suis-je éligible au CASP à Paris, j'ai le brevet, 6 mois comme vendeuse, cours du soir, je paie moi-même");

        var why = await SayAsync(c, "pourquoi ?");
        Assert.Contains("Vous ne remplissez pas encore les conditions d'accès.", why);
        // Paragraphs apart: the page's Markdown runs lines a single newline separates together.
        Assert.Contains("\n\nVotre profil : brevet, 6 mois", why);
        Assert.Contains("\n\nCondition non remplie", why);
        Assert.Contains("Condition non remplie : Il faut le niveau bac", why);
        Assert.Contains("« Formation professionnelle accessible avec le niveau bac. »", why);
        Assert.Contains("secretariat.rncp3@cnam.fr", why);

        // Once another question is answered, "pourquoi ?" is no longer about the result.
        await SayAsync(c, "combien coûte le CASP ?");
        Assert.DoesNotContain("Condition non remplie", await SayAsync(c, "pourquoi ?"));
    }

    [Fact]
    public async Task WhyAfterAnEnglishResultIsExplainedInEnglish()
    {
        var c = fixture.Conversation();
        foreach (var said in new[] { "Am I eligible?", "the CASP", "Paris", "I have the bac", "none", "evening classes" })
        {
            await SayAsync(c, said);
        }
        Assert.Contains("You meet the entry requirements", await SayAsync(c, "I pay myself"));
        var why = await SayAsync(c, "why?");

        Assert.Contains("You meet the entry requirements: direct entry.", why);
        Assert.Contains("Rule applied: La formation est accessible avec le niveau bac.", why);
        Assert.Contains("Internship: 3 mois", why);
    }

    [Fact]
    public async Task AQuestionNamingAProgrammeAtTheDiplomaQuestionIsAnsweredNotTakenForADiploma()
    {
        var c = fixture.Conversation();
        await SayAsync(c, "suis-je éligible au CP29 ?");
        await SayAsync(c, "La Réunion");
        var said = await SayAsync(c, "c'est quoi la différence avec le CASP ?");

        Assert.Contains("sont aussi des UE du titre", said);
        Assert.Contains("Quel est votre diplôme le plus élevé", said);
        Assert.DoesNotContain("Combien de temps d'expérience", said);
    }

    [Fact]
    public async Task AnAnswerGivenAheadIsNamedByWhatWasSaid()
    {
        var c = fixture.Conversation();
        await SayAsync(c, "Suis-je éligible ?");
        await ClickAsync(c, "Programme", "LP110:insertion-pro");
        // At the diploma question: the modality, kept, is said as the person said it, not as "day or evening classes".
        var noted = await SayAsync(c, "cours du soir");
        Assert.Contains("C'est noté (cours du soir)", noted);
        Assert.Contains("diplôme", noted);
    }

    [Fact]
    public async Task AFundingSaidAtTheFieldQuestionIsNotTheFinanceSector()
    {
        var c = fixture.Conversation();
        await SayAsync(c, "Suis-je éligible ?");
        await ClickAsync(c, "Programme", "LP110:insertion-culture");
        await SayAsync(c, "j'ai un DUT carrières sociales");
        Assert.Contains("Dans quel domaine", await SayAsync(c, "3 ans comme médiatrice culturelle"));
        var noted = await SayAsync(c, "je finance moi-même");
        Assert.Contains("C'est noté (financement individuel)", noted);
        Assert.Contains("Dans quel domaine", noted);
    }

    [Fact]
    public async Task AFeeQuestionInTheMiddleUsesTheFundingAlreadySaid()
    {
        var c = fixture.Conversation();
        await SayAsync(c, "Suis-je éligible ?");
        await ClickAsync(c, "Programme", "LP110:insertion-pro");
        await SayAsync(c, "j'ai un BTS");
        await SayAsync(c, "le soir");
        Assert.Contains("C'est noté (financement individuel)", await SayAsync(c, "je paye moi-même"));

        // Seed 000: evening, self-funded, 820 € a year over 1 year, 410 € over 2; the employer's 3 000 € is not this person's.
        var fees = await SayAsync(c, "combien ça coûte ?");
        Assert.Contains("820 €", fees);
        Assert.Contains("410 €", fees);
        Assert.DoesNotContain("3 000 €", fees);
    }

    [Fact]
    public async Task AskingWhyGetsWhatTheAnswerChangesThenTheQuestionAgain()
    {
        var c = await AtTheDiplomaQuestionAsync();

        var why = await SayAsync(c, "pourquoi vous demandez ça ?");
        Assert.Contains("Votre diplôme décide de l'accès", why);
        Assert.Contains("diplôme le plus élevé", why);
        Assert.DoesNotContain("Je n'ai pas cette information", why);
        // A question of one's own that starts with "pourquoi" is answered, not taken for it.
        var question = await SayAsync(c, "pourquoi le CASP coûte plus cher en cours du jour ?");
        Assert.DoesNotContain("Votre diplôme décide", question);
        Assert.Contains("5 976 €", question);
    }

    [Fact]
    public async Task AHesitationBeforeIDontKnowIsStillIDontKnow()
    {
        var c = fixture.Conversation();
        await SayAsync(c, "combien je paierais la licence ?");
        await SayAsync(c, "insertion professionnelle");
        var modality = await SayAsync(c, "euh je sais pas");
        Assert.Contains("formation sur 1 an ; 9h30 - 17h", modality);
        Assert.DoesNotContain("pas reconnu", modality);
    }

    [Fact]
    public async Task AnOkInTheMiddleGetsTheQuestionAgainWithoutARetryOrAReply()
    {
        var c = await AtTheDiplomaQuestionAsync();

        await c.SendAsync(TestConversation.Message("ok"));
        var replies = c.DrainReplies();

        Assert.Single(replies);
        Assert.Contains("diplôme le plus élevé", Said(replies));
        Assert.DoesNotContain("pas reconnu", Said(replies));
        Assert.Equal("Diploma", FirstButtonData(replies)?.GetProperty("slot").GetString());
    }

    [Fact]
    public async Task HelpInTheMiddleAsksTheOpenQuestionAgainWithItsCard()
    {
        var c = await AtTheDiplomaQuestionAsync();

        await c.SendAsync(TestConversation.Message("aide"));
        var replies = c.DrainReplies();

        Assert.Equal(BotTexts.Help, replies[0].Text);
        Assert.Contains("diplôme le plus élevé", Said(replies.Skip(1).ToList()));
        Assert.Equal("Diploma", FirstButtonData(replies.Skip(1).ToList())?.GetProperty("slot").GetString());
        Assert.Contains("expérience professionnelle", await ClickAsync(c, "Diploma", "level:4"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("someone-elses-card")]
    public async Task AMessageWithNothingToReadAsksTheQuestionAgain(string? otherAction)
    {
        var c = await AtTheDiplomaQuestionAsync();

        // An attachment with no text, or the button of another card.
        await c.SendAsync(otherAction is null
            ? new Activity { Type = ActivityTypes.Message, Attachments = [new Attachment { ContentType = "image/png", ContentUrl = "https://example.org/a.png" }] }
            : c.CardSubmission(new { action = otherAction }));
        var again = Said(c.DrainReplies());

        Assert.Contains("diplôme le plus élevé", again);
        Assert.DoesNotContain("pas reconnu", again);
        Assert.Contains("expérience professionnelle", await ClickAsync(c, "Diploma", "level:4"));
    }

    [Fact]
    public async Task TheConversationStateKeepsTheAnswersNotTheQuestionsCard()
    {
        var c = fixture.Conversation();
        await SayAsync(c, "Suis-je éligible ?");
        await ClickAsync(c, "Programme", "CPN42");

        var saved = await fixture.Store.ReadAsync(StateKeys.Conversation(c.ChannelId, c.ConversationId));

        Assert.Contains("\"CPN42\"", saved!.Json);
        Assert.Contains("eligibility.reply", saved.Json);
        Assert.DoesNotContain("AdaptiveCard", saved.Json);
        Assert.DoesNotContain("Dans quel centre", saved.Json);
    }

    [Fact]
    public async Task AnAnswerToALaterQuestionIsKeptAndSaidSoBeforeTheQuestionIsAskedAgain()
    {
        var c = fixture.Conversation();
        await SayAsync(c, "Suis-je éligible ?");
        Assert.Contains("Quel parcours", await SayAsync(c, "la licence"));

        var reply = await SayAsync(c, "j'ai un BTS");
        Assert.Contains("C'est noté (votre diplôme)", reply);
        Assert.Contains("Quel parcours", reply);

        // The diploma is not asked for later.
        var next = await SayAsync(c, "insertion professionnelle");
        Assert.DoesNotContain("diplôme le plus élevé", next);
        Assert.Contains("expérience", next);
    }

    [Fact]
    public async Task RetourTakesTheLastAnswerBack()
    {
        var c = fixture.Conversation();
        await SayAsync(c, "je voudrais savoir si je peux m'inscrire");
        await SayAsync(c, "le titre CASP");
        await SayAsync(c, "à Paris");
        Assert.Contains("Combien de temps d'expérience", await SayAsync(c, "le bac"));

        var back = await SayAsync(c, "retour");
        Assert.Contains("reprenons cette question", back);
        Assert.Contains("diplôme le plus élevé", back);

        Assert.Contains("Combien de temps d'expérience", await SayAsync(c, "non en fait j'ai un DUT carrières sociales"));
        Assert.Contains("domaine", await SayAsync(c, "2 ans"));
        await SayAsync(c, "dans la vente");
        await SayAsync(c, "en journée");
        var result = await SayAsync(c, "demandeur d'emploi");

        Assert.Contains("DUT carrières sociales", result);
        Assert.Contains("5 976 €", result);
        Assert.Contains("commission d'admission", result);
        Assert.Equal("3 mois", Entity(c.LastReplies)["stage"].GetString());
    }

    [Fact]
    public async Task AQuestionInTheMiddleIsAnsweredThenTheQuestionnaireResumes()
    {
        var c = fixture.Conversation();
        await SayAsync(c, "Suis-je éligible ?");
        await SayAsync(c, "la licence pro insertion professionnelle");
        var answered = await SayAsync(c, "c'est quoi la VAPP ?");

        Assert.Contains("validation des acquis professionnels et personnels", answered);
        Assert.Contains("diplôme le plus élevé", answered);
        Assert.Contains("Combien de temps d'expérience", await SayAsync(c, "niveau terminale"));
        Assert.Contains("domaine", await SayAsync(c, "un an et demi"));
        await SayAsync(c, "dans un CHRS");
        await SayAsync(c, "cours du soir");
        await SayAsync(c, "1 an");
        var result = await SayAsync(c, "je me finance moi-même");

        Assert.Contains("VAPP", result);
        Assert.Contains("820 €", result);
        Assert.Equal("vapp", Entity(c.LastReplies)["route"].GetString());
    }

    [Fact]
    public async Task AQuestionInTheMiddleIsAboutTheProgrammeBeingChecked()
    {
        var c = await AtTheDiplomaQuestionAsync();

        // Seed 003: the CASP's evening fees in Paris, not "which programme?".
        var fees = await SayAsync(c, "c'est combien les cours du soir au fait ?");

        Assert.Contains("Titre CASP (CPN42), Cnam Paris", fees);
        Assert.Contains("14 €", fees);
        Assert.DoesNotContain("laquelle vous intéresse", fees);
        Assert.Contains("diplôme le plus élevé", fees);
    }

    [Fact]
    public async Task AQuestionComparingTwoModalitiesIsAnsweredNotTakenForTheModality()
    {
        var c = await AtTheDiplomaQuestionAsync();

        var compared = await SayAsync(c, "Quelle différence entre cours du jour et cours du soir ?");

        // Seed 003: the CASP's two modes in Paris, then the diploma question again; no modality noted.
        Assert.DoesNotContain("C'est noté", compared);
        Assert.Contains("entre 18h et 21h30", compared);
        Assert.Contains("9 mois à temps plein", compared);
        Assert.Contains("diplôme le plus élevé", compared);
    }

    [Fact]
    public async Task AFirstMessageAskingTheFeesGetsThemBeforeTheNextQuestion()
    {
        var c = fixture.Conversation();

        var first = await SayAsync(c, "Titulaire du bac, demandeur d'emploi catégorie 2, je veux faire le CASP à La Réunion : je suis éligible et ça coûte combien ?");

        // Seed 004: job seekers of categories 1 to 4 pay 8 € per ECTS, 18 € of application fee, 100 € a year.
        Assert.Contains("8 €", first);
        Assert.Contains("100 €", first);
        Assert.Contains("Combien de temps d'expérience", first);
    }

    [Fact]
    public async Task AnnulerLeavesTheQuestionnaire()
    {
        var c = fixture.Conversation();
        await SayAsync(c, "je voudrais savoir si je peux m'inscrire");
        await SayAsync(c, "CP29");
        var cancelled = await SayAsync(c, "annuler");

        Assert.Contains(BotTexts.Cancelled, cancelled);
        var after = await SayAsync(c, "la Réunion");
        Assert.DoesNotContain("diplôme le plus élevé", after);
    }

    [Fact]
    public async Task AnAnswerNotUnderstoodGetsAHelpfulRetry()
    {
        var c = fixture.Conversation();
        await SayAsync(c, "Suis-je éligible ?");
        await SayAsync(c, "licence pro culture");
        var retry = await SayAsync(c, "bof");

        Assert.Contains("Je n'ai pas reconnu ce diplôme", retry);
        Assert.Contains("Combien de temps d'expérience", await SayAsync(c, "aucun"));
    }

    [Fact]
    public async Task AFeeQuestionNamingACentreInTheMiddleIsAnsweredNotTakenAsTheApplicantsCentre()
    {
        var c = fixture.Conversation();
        Assert.Contains("Quel parcours de la licence", await SayAsync(c, "J'ai un BTS ESF et 4 ans en mission locale, je peux faire la licence ?"));

        var said = await SayAsync(c, "combien coûte la licence à La Réunion ?");

        Assert.Contains("820 €", said);
        Assert.DoesNotContain("je continue avec ce centre", said);
        Assert.Contains("Quel parcours de la licence", said);
    }

    /// <summary>A questionnaire for the titre at Paris, waiting for the diploma.</summary>
    private async Task<TestConversation> AtTheDiplomaQuestionAsync()
    {
        var c = fixture.Conversation();
        await SayAsync(c, "Suis-je éligible ?");
        await ClickAsync(c, "Programme", "CPN42");
        await ClickAsync(c, "Centre", "Paris");
        return c;
    }
}
