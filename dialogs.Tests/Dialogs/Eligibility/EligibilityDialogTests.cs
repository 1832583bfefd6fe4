using Cnam.Bot.Cards;
using Cnam.Bot.Tests.Common;
using static Cnam.Bot.Tests.Dialogs.Eligibility.EligibilityTranscript;

namespace Cnam.Bot.Tests.Dialogs.Eligibility;

/// <summary>Transcripts of the questionnaire through the whole bot (main dialog, topics, question answering, real knowledge base).</summary>
public sealed class EligibilityDialogTests(EligibilityFixture fixture) : IClassFixture<EligibilityFixture>
{
    [Fact]
    public async Task FullQuestionnaireAnsweredWithButtonsEndsWithTheResultCard()
    {
        var c = fixture.Conversation();
        var said = await SayAsync(c, "Suis-je éligible ?");
        Assert.Contains("Quelle formation vous intéresse", said);
        Assert.Equal(EligibilityQuestionCard.AnswerAction, FirstButtonData(c.LastReplies)?.GetProperty("action").GetString());

        Assert.Contains("Dans quel centre", await ClickAsync(c, "Programme", "CPN42"));
        Assert.Contains("diplôme le plus élevé", await ClickAsync(c, "Centre", "Paris"));
        Assert.Contains("expérience professionnelle", await ClickAsync(c, "Diploma", "level:4"));
        Assert.Contains("cours du jour ou les cours du soir", await ClickAsync(c, "Experience", "0"));
        Assert.Contains("Qui financera", await ClickAsync(c, "Modality", "soir"));
        var result = await ClickAsync(c, "Funding", "individuel");

        Assert.Contains("accès direct", result);
        Assert.Contains("Formation professionnelle accessible avec le niveau bac.", result);
        Assert.Contains("3 mois", result);
        Assert.Contains("14 € par crédit", result);
        Assert.Contains("Tarifs 2016-2017", result);
        Assert.Contains("secretariat.rncp3@cnam.fr", result);
        var entity = Entity(c.LastReplies);
        Assert.Equal(("CPN42", "Paris", "direct", true, "3 mois"),
            (entity["programme"].GetString(), entity["centre"].GetString(), entity["route"].GetString(), entity["stageRequired"].GetBoolean(), entity["stage"].GetString()));
        Assert.Equal(["Recommencer", "Voir le planning", "Réunion d'information", "Contacter"], ResultButtons(c.LastReplies));
    }

    [Fact]
    public async Task EverythingSaidInTheFirstSentenceIsNotAskedAgain()
    {
        var c = fixture.Conversation();
        var transcript = new List<string>
        {
            await SayAsync(c, "J'ai un BTS ESF et 3 ans en mission locale, je peux faire la licence pro ?"),
            await SayAsync(c, "insertion professionnelle"),
            await SayAsync(c, "le soir"),
            await SayAsync(c, "sur 2 ans"),
            await SayAsync(c, "c'est mon employeur qui paie"),
        };

        Assert.Contains("bac+2", transcript[0]);
        Assert.Contains("parcours", transcript[0]);
        Assert.DoesNotContain(transcript, t => t.Contains("diplôme le plus élevé", StringComparison.Ordinal) || t.Contains("Combien de temps d'expérience", StringComparison.Ordinal));
        Assert.Contains("1 500 € par an", transcript[^1]);
        Assert.Contains("3 000 € sur 2 ans", transcript[^1]);
        Assert.Contains("Pas de stage obligatoire", transcript[^1]);
        Assert.Equal("direct", Entity(c.LastReplies)["route"].GetString());
    }

    [Fact]
    public async Task TheFirstSentenceGetsAVerdictForEachCentreWhenNoCentreWasSaid()
    {
        var c = fixture.Conversation();
        var said = await SayAsync(c, "Je n'ai pas le bac, j'ai 10 ans d'expérience comme animatrice, puis-je faire le titre CASP ?");

        Assert.Contains("- Cnam Paris : **Oui** — Titre CASP (CPN42), accès direct : Une expérience professionnelle de quelques années", said);
        Assert.Contains("- Cnam La Réunion : **Oui** — Titre CASP (CPN42), par la VAE : Sans le bac, votre expérience dans l'accompagnement social et professionnel peut passer par la VAE", said);
        Assert.Contains("Dans quel centre", said);
        // Said once: the next answer leads on to the next question, not to the verdict again.
        var next = await SayAsync(c, "Paris");
        Assert.DoesNotContain("D'après ce que vous m'indiquez", next);
    }

    [Fact]
    public async Task AFirstSentenceThatAnswersEveryQuestionGetsTheCardAlone()
    {
        // No early verdict promising "a few more questions", and no fee answer before the card that gives the fees.
        var c = fixture.Conversation();
        var said = await SayAsync(c, "suis-je éligible au CASP à Paris, j'ai le bac, 3 ans en mission locale, cours du soir, mon employeur paie");

        Assert.DoesNotContain("D'après ce que vous m'indiquez", said);
        Assert.DoesNotContain("Encore quelques questions", said);
        Assert.Single(c.LastReplies);
        Assert.Equal("CPN42", Entity(c.LastReplies)["programme"].GetString());
        Assert.Contains("144 € par crédit", said);
    }

    [Fact]
    public async Task AFieldOfExperienceSaidByWhatOneDidIsUnderstood()
    {
        var c = fixture.Conversation();
        await SayAsync(c, "est-ce que je peux faire la licence ?");
        await SayAsync(c, "insertion pro");
        await SayAsync(c, "j'ai un BTS");
        Assert.Contains("Dans quel domaine", await SayAsync(c, "4 ans"));
        var said = await SayAsync(c, "j'aidais des jeunes à trouver un emploi dans une asso");

        Assert.DoesNotContain("domaine", said);
        Assert.Contains("cours du jour ou les cours du soir", said);
    }

    [Fact]
    public async Task AFundingWithNoFeeGetsTheFeesTheDocumentsGiveWithTheirSource()
    {
        // The evening licence names no CPF fee: said, with the evening fees it does name and their source.
        var c = fixture.Conversation();
        await SayAsync(c, "suis je eligible a la licence");
        await SayAsync(c, "insertion professionnelle");
        await SayAsync(c, "bac+2");
        await SayAsync(c, "aucune");
        await SayAsync(c, "le soir");
        await SayAsync(c, "sur deux ans");
        var result = await SayAsync(c, "cpf");

        Assert.Contains("Mes documents ne donnent pas de tarif pour ce financement ; ceux qu'ils donnent :", result);
        Assert.Contains("individuel : 410 € par an", result);
        Assert.Contains("Tarifs 2022-2023 — source : Licence professionnelle", result);
    }

    [Fact]
    public async Task LaReunionsFeesByTheCreditGetTheProgrammesTotalForOneYear()
    {
        var c = fixture.Conversation();
        await SayAsync(c, "je voudrais savoir si je suis éligible au CP29 à La Réunion");
        await SayAsync(c, "j'ai le bac");
        await SayAsync(c, "2 ans comme agent d'accueil");
        var result = await SayAsync(c, "je paie moi-même");

        Assert.Contains("60 € par ECTS", result);
        Assert.Contains("Total : 3 358 € pour les 54 ECTS de la formation (54 × 60 € + 18 € + 100 €), sur une année d'inscription", result);
    }

    [Fact]
    public async Task ThroughTheVap85TheUesAreFollowedSoTheirTotalIsGivenWithTheValidationsOwnFee()
    {
        // Seed 004: "VAP85 pour obtenir l'accès à un diplôme par l'expérience": the 54 credits are then followed.
        var c = fixture.Conversation();
        await SayAsync(c, "J'ai un CAP petite enfance et 6 ans d'expérience comme AESH, est-ce que je peux faire le CP29 à la Réunion ?");
        await SayAsync(c, "demandeur d'emploi");
        var result = await SayAsync(c, "catégorie 1");

        Assert.Contains("par la VAP85", result);
        Assert.Contains("Total : 550 € pour les 54 ECTS de la formation (54 × 8 € + 18 € + 100 €), sur une année d'inscription", result);
        Assert.Contains("la VAP85 a son propre tarif (520 € forfait)", result);
    }

    [Fact]
    public async Task ThroughTheVaeTheDiplomaIsValidatedSoNoTotalOfItsUes()
    {
        // A guard: experience in the certificate's field without the bac goes through the VAE, which validates the
        // certificate; its credits are not followed, so no total of them.
        var c = fixture.Conversation();
        await SayAsync(c, "je voudrais savoir si je suis éligible au CP29 à La Réunion");
        await SayAsync(c, "aucun diplôme");
        await SayAsync(c, "3 ans comme agent d'accueil en mairie");
        var result = await SayAsync(c, "je paie moi-même");

        Assert.Contains("par la VAE", result);
        Assert.Contains("1 200 €", result);
        Assert.DoesNotContain("ECTS de la formation", result);
    }

    [Fact]
    public async Task ParisEveningFeesByTheHourGetOneUesPriceForEachNumberOfCredits()
    {
        // The Paris document gives no total of credits for the CASP: no total, but what one UE costs.
        var c = fixture.Conversation();
        await SayAsync(c, "je veux savoir si je peux faire le CASP à Paris en cours du soir");
        await SayAsync(c, "j'ai le bac");
        await SayAsync(c, "3 ans comme vendeuse");
        var result = await SayAsync(c, "je suis demandeuse d'emploi");

        Assert.Contains("9,15 € de l'heure", result);
        Assert.Contains("Prix d'une UE : 4 crédits (30 h) : 274,50 € ; 6 crédits (45 h) : 411,75 € ; 8 crédits (60 h) : 549 €. Le total dépend des UE suivies.", result);
        Assert.DoesNotContain("Total :", result);
    }

    [Theory]
    // The diploma opens the access whatever the experience: said at once, with no word of an internship.
    [InlineData("Avec un diplôme d'État d'assistant de service social, je peux entrer en licence pro ?", "**Oui** — Licence pro (LP110), accès direct : La licence est ouverte aux titulaires d'un diplôme de niveau bac+2 et plus.")]
    [InlineData("Je suis titulaire d'un master en psychologie, je peux faire le CASP à Paris ?", "**Oui** — Titre CASP (CPN42), accès direct : La formation est accessible avec le niveau bac.")]
    public async Task ADiplomaThatSettlesTheAccessIsAnsweredBeforeTheExperienceIsAsked(string sentence, string rule)
    {
        var c = fixture.Conversation();
        var said = await SayAsync(c, sentence);

        Assert.Contains("D'après ce que vous m'indiquez : " + rule, said);
        Assert.DoesNotContain("Stage", said);
    }

    [Fact]
    public async Task NoVerdictWhileTheExperienceStillDecides()
    {
        // Without the bac, the licence's VAPP depends on an experience not said yet.
        var c = fixture.Conversation();
        var said = await SayAsync(c, "Je n'ai pas le bac, puis-je faire la licence pro ?");
        Assert.DoesNotContain("D'après ce que vous m'indiquez", said);
        Assert.DoesNotContain("ne remplissez pas", said);
    }

    [Fact]
    public async Task AFirstSentenceThatSaysTheWholePlanAnnouncesNoQuestionsBeforeTheRecommendation()
    {
        var said = await SayAsync(fixture.Conversation(),
            "Bonjour, j'ai un bac pro commerce, 8 ans comme vendeuse, j'habite à Paris, le soir serait mieux, mon employeur pourrait payer. Quelle formation ?");
        Assert.Contains("Je vous aide à choisir. D'après ce que vous m'indiquez :", said);
        Assert.Contains("Je vous conseille le titre Chargé d'accompagnement social et professionnel", said);
        Assert.DoesNotContain("Encore quelques questions", said);
        // With the plan still to tell, the questions are announced.
        var asked = await SayAsync(fixture.Conversation(), "j'ai un BTS, quelle formation me conseillez-vous ?");
        Assert.Contains("Encore quelques questions, puis je vous dirai quelle formation vous conseiller", asked);
    }

    [Theory]
    // A diploma that rules out direct entry, the experience still to ask: said at once, with the route it could open.
    [InlineData("j'ai le bac, puis-je faire la licence ?", "votre diplôme ne donne pas d'accès direct (Licence pro (LP110))", "par la VAPP, selon votre expérience")]
    [InlineData("jveux faire la licence mais jai pas le bac", "votre diplôme ne donne pas d'accès direct", "par la VAPP")]
    public async Task ADiplomaWithoutDirectEntryIsSaidBeforeTheQuestions(string first, params string[] expected)
    {
        var said = await SayAsync(fixture.Conversation(), first);
        foreach (var e in expected)
        {
            Assert.Contains(e, said);
        }
        Assert.DoesNotContain("ne remplissez pas", said);
        Assert.Contains("Quel parcours", said);
    }

    [Theory]
    // With the brevet, the certificate's access depends on the experience, asked later.
    [InlineData("je n'ai que le brevet des collèges, je peux faire le CP29 ?",
        "Je vérifie avec vous si le certificat professionnel CP29 vous est accessible", "Dans quel centre", "Paris")]
    // A fee simulation on a programme.
    [InlineData("Avec un BTS SP3S et 6 mois d'expérience, combien je paierais la licence en cours du soir sur 2 ans ?",
        "Je calcule ce que vous coûterait la Licence professionnelle Intervention sociale (LP110)", "Quel parcours", "insertion professionnelle")]
    public async Task QuestionsWithNothingToSayYetSayWhatTheyAreForOnce(string first, string intro, string question, string answer)
    {
        var c = fixture.Conversation();
        var said = await SayAsync(c, first);
        Assert.Contains(intro, said);
        Assert.Contains(question, said);
        Assert.DoesNotContain(intro, await SayAsync(c, answer));
    }

    // Asked of no programme, a simulation or a check is about the programme and centre the conversation was about.
    [Theory]
    [InlineData("ça me coûterait combien ?", "Je calcule ce que vous coûterait le certificat professionnel CP29", "Qui financera")]
    [InlineData("what would it cost me?", "I will work out what the certificat professionnel CP29 would cost you", "Who will pay")]
    [InlineData("suis-je éligible ?", "Je vérifie avec vous si le certificat professionnel CP29 vous est accessible", "diplôme")]
    public async Task AStartThatNamesNoProgrammeTakesTheConversationsOne(string start, string intro, string question)
    {
        var c = fixture.Conversation();
        await SayAsync(c, "le CP29 m'intéresse");
        await SayAsync(c, "j'habite à la Réunion");
        var said = await SayAsync(c, start);
        Assert.Contains(intro, said);
        Assert.Contains(question, said);
        Assert.DoesNotContain("Quelle formation", said);
        Assert.DoesNotContain("Which programme", said);
        Assert.DoesNotContain("Dans quel centre", said);
    }

    // Two programmes one after the other: how they fit together, no questionnaire; one or the other: which is open.
    [Theory]
    [InlineData("je peux faire le CASP puis la licence ?", "donne accès à la Licence professionnelle", "Je vérifie avec vous")]
    [InlineData("can I do the CP29 and then the CASP?", "are also units of the titre", "Let's check together")]
    [InlineData("je peux faire le CASP ou la licence ?", "Je vous aide à choisir", "Je vérifie avec vous")]
    [InlineData("Am I eligible for the CASP or the licence?", "I will help you choose", "Let's check together")]
    public async Task TwoProgrammesAreFittedTogetherOrChosenBetween(string text, string expected, string unexpected)
    {
        var said = await SayAsync(fixture.Conversation(), text);
        Assert.Contains(expected, said);
        Assert.DoesNotContain(unexpected, said);
    }

    [Fact]
    public async Task QuestionsStartedFromTheMenuGiveNoIntroductionWhenTheyStartAgainInTheMiddle()
    {
        // A reply that is not understood starts the questions again: the programme chosen on the card is no first sentence.
        var c = fixture.Conversation();
        await SayAsync(c, "Suis-je éligible ?");
        await SayAsync(c, "le casp");
        await SayAsync(c, "Paris");
        var retried = await SayAsync(c, "euh je ne sais plus trop");
        Assert.Contains("diplôme", retried);
        Assert.DoesNotContain("Je vérifie avec vous", retried);
        Assert.DoesNotContain("D'après ce que vous m'indiquez", retried);
    }

    [Fact]
    public async Task SomeoneWhoDoesNotKnowGetsARecommendation()
    {
        var c = fixture.Conversation();
        await SayAsync(c, "je voudrais savoir si je peux m'inscrire");
        Assert.Contains("Dans quel centre", await SayAsync(c, "je ne sais pas"));
        await SayAsync(c, "Paris");
        await SayAsync(c, "le bac");
        await SayAsync(c, "2 ans");
        var recommended = await SayAsync(c, "accueil information orientation");

        Assert.Contains("Je vous conseille le certificat professionnel CP29", recommended);

        // Taking the field back makes the recommendation again from the corrected profile.
        Assert.Contains("Dans quel domaine", await SayAsync(c, "retour"));
        Assert.Contains("Je vous conseille le titre Chargé d'accompagnement social et professionnel", await SayAsync(c, "un autre domaine"));
    }

    [Fact]
    public async Task AskingWhichProgrammeToChooseLeadsToARecommendationFromTheProfile()
    {
        var c = fixture.Conversation();
        Assert.Contains("Dans quel centre", await SayAsync(c, "J'ai le bac et 3 ans comme agent d'accueil en mairie, quelle formation me conseillez-vous ?"));
        var recommended = await SayAsync(c, "Paris");

        // Diploma, experience and its field were in the first sentence: nothing more to ask before the advice.
        Assert.Contains("Je vous conseille le certificat professionnel CP29", recommended);
    }

    [Theory]
    [InlineData("I have a bac and 2 years in retail, what are my options?", "I will help you choose")]
    [InlineData("I'm a youth worker with 3 years experience and a BTS, what do you recommend?", "I will help you choose")]
    [InlineData("I've worked in a homeless shelter for 3 years, where do I start?", "I will help you choose")]
    [InlineData("j'ai un bac pro et 3 ans d'animatrice, vous me suggérez quoi ?", "Je vous aide à choisir")]
    [InlineData("je n'ai aucun diplôme mais 15 ans comme animateur, quelles options ?", "Je vous aide à choisir")]
    [InlineData("bonjour je suis maman solo au chômage, je veux reprendre une formation dans le social mais je ne sais pas laquelle", "Je vous aide à choisir")]
    [InlineData("I want to work in social care but I don't know which programme", "I will help you choose")]
    [InlineData("j'ai un CAP petite enfance et 6 ans en crèche, quelles sont mes possibilités ?", "Je vous aide à choisir")]
    // In SMS spelling, read once expanded.
    [InlineData("j'ai un bac pro, je peux faire koi ?", "Je vous aide à choisir")]
    public async Task OtherWaysOfAskingAdviceStartTheRecommendation(string sentence, string expected)
    {
        var said = await SayAsync(fixture.Conversation(), sentence);
        Assert.Contains(expected, said);
    }

    [Theory]
    // The verdict the answers so far settle, then the question again; before any, that it comes with the last questions.
    [InlineData("je m'intéresse au titre CASP", "j'ai un bac pro commerce et 2 ans comme vendeuse", "**Oui** — Titre CASP (CPN42), accès direct", "Dans quel centre")]
    [InlineData("suis-je éligible à la licence ?", "insertion professionnelle", "il me reste quelques questions", "Quel est votre diplôme le plus élevé")]
    public async Task AskingIfItIsSettledGetsTheVerdictSoFarOrWhenItComes(string first, string second, string answer, string question)
    {
        var c = fixture.Conversation();
        await SayAsync(c, first);
        await SayAsync(c, second);
        var said = await SayAsync(c, "c'est bon ?");
        Assert.Contains(answer, said);
        Assert.Contains(question, said);
        Assert.DoesNotContain("Je n'ai pas cette information", said);
    }

    [Fact]
    public async Task AnEarlyRefusalAnnouncesTheProgrammesOpenToThePersonNotTheirFees()
    {
        var c = fixture.Conversation();
        var said = await SayAsync(c, "Bonjour, je suis aide-soignante depuis 8 ans, je n'ai pas le bac. Est-ce que je peux faire la licence ?");
        Assert.Contains("vous ne remplissez pas encore les conditions d'accès", said);
        Assert.Contains("quelles formations vous sont ouvertes", said);
        Assert.DoesNotContain("calculer vos frais", said);
    }

    [Fact]
    public async Task NoDiplomaAndYearsInInsertionOpenTheLicenceThroughTheVappAtOnce()
    {
        var c = fixture.Conversation();
        var said = await SayAsync(c, "Je suis conseillère en insertion depuis 6 ans sans diplôme, la licence c'est possible ?");
        Assert.Contains("par la VAPP", said);
        Assert.DoesNotContain("Quelle formation vous intéresse", said);
    }

    [Fact]
    public async Task AdviceStartsWithWhatTheDiplomaAlreadyOpensProgrammeByProgramme()
    {
        var c = fixture.Conversation();
        var said = await SayAsync(c, "J'ai le bac et 3 ans comme agent d'accueil en mairie, quelle formation me conseillez-vous ?");

        Assert.Contains("Licence pro (LP110) : pas encore accessible — Il faut un diplôme de niveau bac+2", said);
        Assert.Contains("Titre CASP (CPN42) : accès direct — La formation est accessible avec le niveau bac.", said);
        Assert.Contains("Certificat CP29 : accès direct", said);
        Assert.Contains("Dans quel centre", said);
    }

    [Theory]
    // A diploma given, the experience not yet: the licence, which depends on it, is said to depend on the next answers.
    [InlineData("Bonjour, je suis moniteur éducateur diplômé depuis 2015, je voudrais évoluer vers la coordination, que me conseillez-vous ?",
        "Licence pro (LP110) : à voir selon vos réponses aux questions suivantes")]
    [InlineData("I hold a DEME and I'd like to move into coordination, which programme would suit me?",
        "Licence pro (LP110): depends on your answers to the next questions")]
    public async Task AdviceSaysWhichProgrammesTheNextAnswersDecide(string sentence, string expected)
    {
        var c = fixture.Conversation();
        var said = await SayAsync(c, sentence);
        Assert.Contains(expected, said);
        Assert.Contains("CP29", said);
    }

    [Theory]
    [InlineData("j'ai un BTS")]
    [InlineData("J'ai 10 ans d'expérience dans l'insertion")]
    [InlineData("bonjour, j'ai un bac pro et 3 ans comme animatrice")]
    // A profile and where to start: the advice, with its introduction.
    [InlineData("j'ai 45 ans, je suis secrétaire médicale depuis 20 ans et je veux me reconvertir dans le social, par quoi commencer ?")]
    public async Task AMessageThatOnlyDescribesThePersonStartsTheAdviceFromTheirProfile(string sentence)
    {
        var c = fixture.Conversation();
        var said = await SayAsync(c, sentence);
        Assert.Contains("Je vous aide à choisir", said);
        Assert.Contains("Dans quel centre", said);
        Assert.DoesNotContain("Je n'ai pas cette information", said);
    }

    [Fact]
    public async Task AProfileSaidAfterAQuestionAboutAProgrammeIsCheckedAgainstThatProgramme()
    {
        var c = fixture.Conversation();
        Assert.Contains("bac+2", await SayAsync(c, "quelles sont les conditions d'accès à la licence ?"));
        var said = await SayAsync(c, "j'ai un BTS");

        Assert.Contains("La licence est ouverte aux titulaires d'un diplôme de niveau bac+2", said);
        Assert.Contains("Quel parcours de la licence", said);
        Assert.DoesNotContain("Je vous aide à choisir", said);
    }

    [Theory]
    [InlineData("je n'ai pas le bac, c'est combien le CASP ?")]
    [InlineData("j'ai un BTS, où ont lieu les cours ?")]
    public async Task AProfileWithAQuestionOfItsOwnGetsTheAnswer(string sentence)
    {
        var c = fixture.Conversation();
        var said = await SayAsync(c, sentence);
        Assert.DoesNotContain("Je vous aide à choisir", said);
        Assert.DoesNotContain("Dans quel centre", said);
    }

    [Theory]
    [InlineData("Salut ! tu peux m'aider à choisir une formation ?")]
    [InlineData("Avec un DEAES, je peux faire quoi ?")]
    [InlineData("J'ai un master en sociologie, quelle formation ?")]
    [InlineData("J'aimerais travailler dans l'insertion, quelle formation faire ?")]
    [InlineData("bonjour, je souhaite me reconvertir dans le social, que me proposez-vous ?")]
    public async Task AskingForHelpToChooseStartsTheQuestionnaireWithoutAskingWhichProgramme(string sentence)
    {
        var c = fixture.Conversation();
        var said = await SayAsync(c, sentence);
        Assert.Contains("Dans quel centre", said);
        Assert.DoesNotContain("Quelle formation vous intéresse", said);
    }

    [Fact]
    public async Task APersonalFeeQuestionRunsTheSimulationAlone()
    {
        var c = fixture.Conversation();
        var first = await SayAsync(c, "combien je paierai en soir sur 2 ans avec mon employeur ?");
        Assert.Contains("Quelle formation", first);
        Assert.DoesNotContain("Je ne sais pas", first);

        await SayAsync(c, "la licence pro");
        var result = await SayAsync(c, "insertion par la culture");

        Assert.Contains("1 500 € par an", result);
        Assert.DoesNotContain("diplôme", result);
        Assert.Null(c.LastReplies.Single().Entities);
    }

    [Fact]
    public async Task APersonalFeeQuestionThatNamesEveryFeeLineIsAnsweredAtOnce()
    {
        var c = fixture.Conversation();
        var said = await SayAsync(c, "Combien je vais payer pour la licence en cours du soir sur 2 ans si mon employeur paie ?");

        Assert.Contains("1 500 €", said);
        Assert.DoesNotContain("Quel parcours", said);
    }

    [Fact]
    public async Task ChannelsWithoutCardsGetThePlainTextResultAndTheEntity()
    {
        var c = fixture.Conversation("sms");
        var question = await SayAsync(c, "J'ai juste le bac mais ça fait 5 ans que je suis conseillère en insertion, je peux m'inscrire en licence pro ?");
        Assert.Contains("VAPP", question);
        Assert.Null(c.LastReplies[^1].Attachments);
        await SayAsync(c, "1");
        await SayAsync(c, "jour");
        var result = await SayAsync(c, "CPF");

        Assert.Contains("5 950 €", result);
        Assert.Null(c.LastReplies.Single().Attachments);
        Assert.Equal(("LP110", "vapp", false), (Entity(c.LastReplies)["programme"].GetString(), Entity(c.LastReplies)["route"].GetString(), Entity(c.LastReplies)["stageRequired"].GetBoolean()));
    }

    [Fact]
    public async Task RestartButtonStartsTheQuestionnaireAgain()
    {
        var c = fixture.Conversation();
        await c.SendAsync(c.CardSubmission(new { action = EligibilityResultCard.RestartAction }));

        Assert.Contains("Quelle formation vous intéresse", Said(c.DrainReplies()));
    }
}
