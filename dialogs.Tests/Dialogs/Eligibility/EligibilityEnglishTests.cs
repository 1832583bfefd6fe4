using Cnam.Bot.Cards;
using Cnam.Bot.Dialogs;
using Cnam.Bot.Dialogs.Eligibility;
using Cnam.Bot.Protocol;
using Cnam.Bot.Tests.Common;
using static Cnam.Bot.Tests.Dialogs.Eligibility.EligibilityTranscript;

namespace Cnam.Bot.Tests.Dialogs.Eligibility;

/// <summary>
/// The questionnaire started in English runs in English (questions, buttons, retries, the result card and its text,
/// follow-ups), with the documents' rules and quotes kept in French; started in French, it stays French.
/// </summary>
public sealed class EligibilityEnglishTests(EligibilityFixture fixture) : IClassFixture<EligibilityFixture>
{
    [Fact]
    public async Task AQuestionnaireStartedInEnglishAndAnsweredInWordsEndsWithAnEnglishResultCard()
    {
        var c = fixture.Conversation();
        var said = await SayAsync(c, "Am I eligible?");
        Assert.Contains("Which programme are you interested in?", said);
        Assert.Contains("You can also type your answer; \"back\" corrects the previous answer, \"cancel\" stops.", said);
        Assert.Contains("I don't know", said);

        Assert.Contains("At which centre would you like to study?", await SayAsync(c, "the CASP"));
        Assert.Contains("What is your highest diploma?", await SayAsync(c, "Paris"));
        Assert.Contains("How much work experience do you have", await SayAsync(c, "I have the bac"));
        Assert.Contains("Are you considering day classes or evening classes?", await SayAsync(c, "none"));
        said = await SayAsync(c, "evening classes");
        Assert.Contains("Who will pay for the programme?", said);
        Assert.Contains("Myself (self-funded)", said);
        var result = await SayAsync(c, "I pay myself");

        Assert.Contains("You meet the entry requirements: direct entry.", result);
        Assert.Contains("Rule applied: La formation est accessible avec le niveau bac.", result);
        // The document's own words stay French, with their source and year.
        Assert.Contains("« Formation professionnelle accessible avec le niveau bac. »", result);
        Assert.Contains("Your profile", result);
        Assert.Contains("no work experience", result);
        Assert.Contains("Evening classes — self-funded", result);
        Assert.Contains("14 € per credit", result);
        Assert.Contains("Fees 2016-2017 — source: ", result);
        Assert.Contains("Next steps", result);
        Assert.Contains("secretariat.rncp3@cnam.fr", result);
        Assert.Contains("Indicative result based on Cnam's documents", result);
        Assert.DoesNotContain("Règle appliquée", result);
        Assert.DoesNotContain("Prochaines étapes", result);
        Assert.DoesNotContain("Vous remplissez", result);
        Assert.Equal(["Start again", "See the timetable", "Information meeting", "Contact"], ResultButtons(c.LastReplies));
        var entity = Entity(c.LastReplies);
        Assert.Equal(("CPN42", "Paris", "direct"), (entity["programme"].GetString(), entity["centre"].GetString(), entity["route"].GetString()));
    }

    [Theory]
    [InlineData("I'd like to know if I can do the CASP in Réunion")]
    [InlineData("Can you tell me whether I can do the CASP in Réunion?")]
    public async Task AskingToKnowWhetherOneCanDoAProgrammeRunsTheQuestionnaire(string first)
    {
        var c = fixture.Conversation();
        var said = await SayAsync(c, first);
        Assert.Contains("What is your highest diploma?", said);
        Assert.DoesNotContain("**Entry —", said);
    }

    [Theory]
    // When to register is asked, not whether one may: the registration dates, not the questionnaire.
    [InlineData("Can I enrol in March?", "My documents give no registration dates at Cnam Paris")]
    [InlineData("je peux m'inscrire en février ?", "Mes documents ne donnent pas de dates d'inscription au Cnam Paris")]
    [InlineData("When can I enrol in the CASP?", "31/03/2017")]
    [InlineData("quand peut-on s'inscrire au CASP ?", "31/03/2017")]
    public async Task RegisteringInAMonthGetsTheRegistrationDates(string question, string expected)
    {
        var c = fixture.Conversation();
        var said = await SayAsync(c, question);
        Assert.Contains(expected, said);
        Assert.Contains("31/03/2017", said);
        Assert.DoesNotContain("Which programme are you interested in?", said);
        Assert.DoesNotContain("At which centre", said);
        Assert.DoesNotContain("Dans quel centre", said);
        Assert.DoesNotContain("Accès direct", said);
    }

    [Fact]
    public async Task AFieldOfExperienceSaidInWordsIsUnderstood()
    {
        // The field question answered by what one did, not by a button: insertion, and no answer about the jobs.
        var c = fixture.Conversation();
        await SayAsync(c, "Am I eligible for the licence?");
        await SayAsync(c, "the culture one");
        await SayAsync(c, "I have a two-year degree in social work");
        Assert.Contains("In which field was this experience?", await SayAsync(c, "about 3 years"));
        var said = await SayAsync(c, "in a community centre helping people find jobs");

        Assert.DoesNotContain("In which field", said);
        Assert.DoesNotContain("Jobs targeted", said);
        Assert.Contains("1 or 2 years", said);
    }

    [Fact]
    public async Task TheEnglishResultInPlainTextIsEnglishToo()
    {
        // A channel without cards: the questions are numbered lists, the result is the card's text version.
        var c = fixture.Conversation("sms");
        Assert.Contains("1. Licence pro — professional and social integration", await SayAsync(c, "Check my eligibility"));
        await SayAsync(c, "CP29 certificate");
        await SayAsync(c, "La Réunion");
        await SayAsync(c, "none");
        var funding = await SayAsync(c, "none");
        Assert.Contains("Who will pay for the programme?\n1. Myself (self-funded)\n2. Job seeker", funding);
        var result = await SayAsync(c, "I pay myself");

        Assert.Contains("**The certificat professionnel CP29** — Cnam La Réunion", result);
        Assert.Contains("**You do not meet the entry requirements yet.**", result);
        Assert.Contains("Internship: Not applicable until the entry requirements are met.", result);
        Assert.Contains("Requirement not met: ", result);
        Assert.Contains("**Next steps**", result);
        Assert.DoesNotContain("Condition non remplie", result);
        Assert.DoesNotContain("**Prochaines étapes**", result);
    }

    [Fact]
    public async Task AnEnglishFeeSimulationUnderstandsEnglishAnswersAndTakesAnAnswerBack()
    {
        var c = fixture.Conversation();
        var said = await SayAsync(c, "How much would I pay for the licence?");
        Assert.Contains("I will work out what the Licence professionnelle Intervention sociale (LP110) would cost you", said);
        Assert.Contains("Which track of the licence are you interested in?", said);

        Assert.Contains("Are you considering day classes or evening classes?", await SayAsync(c, "professional integration"));
        said = await SayAsync(c, "back");
        Assert.Contains("All right, let's go back to this question.", said);
        Assert.Contains("Which track of the licence", said);
        await SayAsync(c, "professional integration");
        Assert.Contains("the programme takes 1 or 2 years", await SayAsync(c, "evening classes"));
        Assert.Contains("Who will pay for the programme?", await SayAsync(c, "over 2 years"));
        var result = await SayAsync(c, "my employer");

        Assert.Contains("your fee simulation", c.LastReplies[^1].Summary ?? result);
        Assert.Contains("Total: 3 000 € over 2 years (1 500 € per year)", result);
        Assert.Contains("Fees (evening classes, funding: employer)", result);
    }

    [Fact]
    public async Task AnAnswerNotUnderstoodGetsTheEnglishRetryAndCancelIsAnsweredInEnglish()
    {
        var c = fixture.Conversation();
        await SayAsync(c, "Am I eligible?");
        await SayAsync(c, "the licence");
        var retried = await SayAsync(c, "blue");
        Assert.Contains("Choose \"professional and social integration\" or \"integration through culture\".", retried);

        var help = await SayAsync(c, "menu");
        Assert.Contains("What would you like to do?", help);
        Assert.Equal(BotTexts.MenuEntriesEn, c.LastReplies[0].SuggestedActions!.Actions.Select(a => a.Title));

        await SayAsync(c, "Am I eligible?");
        await SayAsync(c, "the CASP");
        var restarted = await SayAsync(c, "restart");
        Assert.StartsWith("Let's start again from the beginning.", restarted);
        Assert.Contains("Which programme are you interested in?", restarted);
        var cancelled = await SayAsync(c, "cancel");
        Assert.StartsWith("Cancelled.", cancelled);
    }

    [Fact]
    public async Task TheEnglishCardsButtonsAnswerInEnglish()
    {
        var c = fixture.Conversation();
        await c.SendAsync(c.CardSubmission(new { action = EligibilityResultCard.ContactAction, programme = "LP110", centre = "Paris", language = "en" }));
        var contact = Said(c.DrainReplies());
        Assert.Contains("par_intervention-sociale@lecnam.net", contact);
        Assert.Contains("valid for", contact);

        await c.SendAsync(c.CardSubmission(new { action = EligibilityResultCard.RestartAction, language = "en" }));
        Assert.Contains("Which programme are you interested in?", Said(c.DrainReplies()));
    }

    [Fact]
    public async Task AFrenchStartStaysFrenchAndItsCardButtonsSendNoLanguage()
    {
        var c = fixture.Conversation();
        Assert.Contains("Quelle formation vous intéresse ?", await SayAsync(c, "Suis-je éligible ?"));
        // An English word inside a French questionnaire does not switch it.
        Assert.Contains("Dans quel centre", await SayAsync(c, "the CASP"));
        await SayAsync(c, "Paris");
        await SayAsync(c, "le bac");
        await SayAsync(c, "aucune");
        await SayAsync(c, "cours du soir");
        var result = await SayAsync(c, "moi-même");
        Assert.Contains("Règle appliquée : ", result);
        Assert.DoesNotContain("Rule applied", result);
        var actions = c.LastReplies.SelectMany(r => r.Attachments ?? []).Single().Content!.Value.GetProperty("actions");
        Assert.All(actions.EnumerateArray(), a => Assert.False(a.GetProperty("data").TryGetProperty("language", out _)));
    }

    [Fact]
    public async Task RecommencerRestartsAFrenchQuestionnaireInFrench()
    {
        var c = fixture.Conversation();
        await SayAsync(c, "Suis-je éligible ?");
        await SayAsync(c, "le CASP");
        var restarted = await SayAsync(c, "recommencer");
        Assert.StartsWith(BotTexts.Restarting, restarted);
        Assert.Contains("Quelle formation vous intéresse ?", restarted);
    }

    [Fact]
    public async Task AQuestionnaireStoredWithoutItsLanguageGoesOnInFrench()
    {
        // State written before the questionnaire spoke English has no "language": it is French. An English run's
        // stored answers with their language taken out stand for it.
        var c = fixture.Conversation();
        Assert.Contains("Which programme are you interested in?", await SayAsync(c, "Am I eligible?"));
        var stored = (await fixture.Store.ListAsync("")).Single(i => i.Key.Contains(c.ConversationId, StringComparison.Ordinal) && i.Json.Contains("\"language\":\"en\"", StringComparison.Ordinal));
        await fixture.Store.WriteAsync(stored.Key, stored.Json.Replace(",\"language\":\"en\"", "", StringComparison.Ordinal).Replace("\"language\":\"en\",", "", StringComparison.Ordinal), stored.ETag);

        var said = await SayAsync(c, "CASP");
        Assert.Contains("Dans quel centre souhaitez-vous suivre la formation ?", said);
        Assert.Contains("« retour » corrige la réponse précédente", said);
    }

    [Theory]
    [InlineData("Am I eligible?")]
    [InlineData("Can you check whether I can enrol?")]
    [InlineData("How much would I pay for the licence?")]
    [InlineData("I have a bac pro and I've been a youth worker for 8 years. Which programme would suit me?")]
    public void AnEnglishStartKeepsItsLanguage(string text)
    {
        Assert.True(fixture.Topic.TryRecognize(Turn(text), out var options));
        Assert.Equal("en", ((EligibilityStart)options!).Answers!.Language);
    }

    [Fact]
    public void AFrenchStartHasNoLanguage()
    {
        Assert.True(fixture.Topic.TryRecognize(Turn("Suis-je éligible ?"), out var options));
        Assert.Null(((EligibilityStart)options!).Answers!.Language);
    }

    private static TurnContext Turn(string text) => EligibilityTopicTests.Turn(text);
}
