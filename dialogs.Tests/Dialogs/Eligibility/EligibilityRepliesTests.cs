using Cnam.Bot.Dialogs;
using Cnam.Bot.Protocol;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using static Cnam.Bot.Tests.Dialogs.Eligibility.EligibilityTranscript;

namespace Cnam.Bot.Tests.Dialogs.Eligibility;

/// <summary>
/// The questionnaire's replies through the whole bot: "retour", "aide", a thanks or an "ok" in the middle, "je ne sais
/// pas", "pourquoi ?", a message with nothing to read, "annuler"; and what the state keeps. Answers given to another
/// question and questions asked in the middle are in EligibilityRepliesTests.Answers.cs.
/// </summary>
public sealed partial class EligibilityRepliesTests(EligibilityFixture fixture) : IClassFixture<EligibilityFixture>
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
