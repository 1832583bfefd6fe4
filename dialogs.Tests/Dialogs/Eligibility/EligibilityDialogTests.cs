using System.Text.Json;
using Cnam.Bot.Cards;
using Cnam.Bot.Dialogs;
using Cnam.Bot.Dialogs.Eligibility;
using Cnam.Bot.Knowledge.Text;
using Cnam.Bot.Protocol;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;

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

        Assert.Contains("- Cnam Paris : Une expérience professionnelle de quelques années", said);
        Assert.Contains("- Cnam La Réunion : Sans le bac, votre expérience dans l'accompagnement social et professionnel peut passer par la VAE", said);
        Assert.Contains("Dans quel centre", said);
        // Said once: the next answer leads on to the next question, not to the verdict again.
        var next = await SayAsync(c, "Paris");
        Assert.DoesNotContain("D'après ce que vous m'indiquez", next);
    }

    [Theory]
    // The diploma opens the access whatever the experience: said at once, with no word of an internship.
    [InlineData("Avec un diplôme d'État d'assistant de service social, je peux entrer en licence pro ?", "La licence est ouverte aux titulaires d'un diplôme de niveau bac+2 et plus.")]
    [InlineData("Je suis titulaire d'un master en psychologie, je peux faire le CASP à Paris ?", "La formation est accessible avec le niveau bac.")]
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
    public async Task AFeeQuestionNamingACentreInTheMiddleIsAnsweredNotTakenAsTheApplicantsCentre()
    {
        var c = fixture.Conversation();
        Assert.Contains("Quel parcours de la licence", await SayAsync(c, "J'ai un BTS ESF et 4 ans en mission locale, je peux faire la licence ?"));

        var said = await SayAsync(c, "combien coûte la licence à La Réunion ?");

        Assert.Contains("820 €", said);
        Assert.DoesNotContain("je continue avec ce centre", said);
        Assert.Contains("Quel parcours de la licence", said);
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
    [InlineData("j'ai un BTS")]
    [InlineData("J'ai 10 ans d'expérience dans l'insertion")]
    [InlineData("bonjour, j'ai un bac pro et 3 ans comme animatrice")]
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

    /// <summary>A questionnaire for the titre at Paris, waiting for the diploma.</summary>
    private async Task<TestConversation> AtTheDiplomaQuestionAsync()
    {
        var c = fixture.Conversation();
        await SayAsync(c, "Suis-je éligible ?");
        await ClickAsync(c, "Programme", "CPN42");
        await ClickAsync(c, "Centre", "Paris");
        return c;
    }

    private static async Task<string> SayAsync(TestConversation c, string text)
    {
        await c.SendAsync(TestConversation.Message(text));
        return Said(c.DrainReplies());
    }

    private static async Task<string> ClickAsync(TestConversation c, string slot, string value)
    {
        await c.SendAsync(c.CardSubmission(new { action = EligibilityQuestionCard.AnswerAction, slot, value }));
        return Said(c.DrainReplies());
    }

    private static string Said(IReadOnlyList<Activity> replies)
    {
        var parts = new List<string>();
        foreach (var reply in replies)
        {
            parts.Add(reply.Text ?? "");
            foreach (var attachment in reply.Attachments ?? [])
            {
                if (attachment.Content is { } content)
                {
                    Collect(content, parts);
                }
            }
        }
        return string.Join("\n", parts);
    }

    private static void Collect(JsonElement node, List<string> parts)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in node.EnumerateObject())
            {
                if (p.Name is "text" or "title" or "value" && p.Value.ValueKind == JsonValueKind.String && p.Name != "fallbackText")
                {
                    parts.Add(p.Value.GetString()!);
                }
                else if (p.Name != "fallbackText")
                {
                    Collect(p.Value, parts);
                }
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                Collect(item, parts);
            }
        }
    }

    private static Dictionary<string, JsonElement> Entity(IReadOnlyList<Activity> replies) =>
        replies.SelectMany(r => r.Entities ?? []).Single(e => e.Type == EligibilityMessages.EntityType).Properties!;

    private static JsonElement? FirstButtonData(IReadOnlyList<Activity> replies) =>
        replies.SelectMany(r => r.Attachments ?? []).Select(a => a.Content!.Value.GetProperty("actions")[0].GetProperty("data")).FirstOrDefault();

    private static List<string> ResultButtons(IReadOnlyList<Activity> replies) =>
        replies.SelectMany(r => r.Attachments ?? []).Single().Content!.Value.GetProperty("actions").EnumerateArray()
            .Select(a => a.GetProperty("title").GetString()!).ToList();
}

/// <summary>Reading every reply of the last turn at once.</summary>
internal static class ConversationReplies
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TestConversation, List<Activity>> Last = new();

    /// <summary>Takes the replies not consumed yet and remembers them as <see cref="LastReplies"/>.</summary>
    public static List<Activity> DrainReplies(this TestConversation c)
    {
        var replies = new List<Activity>();
        while (c.PendingReplies > 0)
        {
            replies.Add(c.NextReply());
        }
        Last.AddOrUpdate(c, replies);
        return replies;
    }

    extension(TestConversation c)
    {
        public List<Activity> LastReplies => Last.TryGetValue(c, out var r) ? r : [];
    }
}
