using Cnam.Bot.Dialogs;
using Cnam.Bot.Protocol;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using static Cnam.Bot.Tests.Dialogs.Eligibility.EligibilityTranscript;

namespace Cnam.Bot.Tests.Dialogs.Eligibility;

// Answers given to another question than the one asked (ahead, again, corrected, a profile at the programme question) and
// questions asked in the middle of the questionnaire.
public sealed partial class EligibilityRepliesTests
{
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
    public async Task AFeeQuestionNamingACentreInTheMiddleIsAnsweredNotTakenAsTheApplicantsCentre()
    {
        var c = fixture.Conversation();
        Assert.Contains("Quel parcours de la licence", await SayAsync(c, "J'ai un BTS ESF et 4 ans en mission locale, je peux faire la licence ?"));

        var said = await SayAsync(c, "combien coûte la licence à La Réunion ?");

        Assert.Contains("820 €", said);
        Assert.DoesNotContain("je continue avec ce centre", said);
        Assert.Contains("Quel parcours de la licence", said);
    }
}
