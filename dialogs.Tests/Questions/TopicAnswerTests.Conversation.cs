using Cnam.Bot.Tests.Common;

namespace Cnam.Bot.Tests.Questions;

/// <summary>The conversation around the questions: misses, small talk, language, follow-ups, a subject named with another.</summary>
public sealed partial class TopicAnswerTests
{
    // An abbreviation the documents spell out, asked on its own: its long form, with the sentence and its source.
    [Theory]
    [InlineData("c'est quoi un CIP ?", "**CIP** : conseiller en insertion professionnelle | du titre CIP", "000")]
    // Quoted from the fee's note, not from the words the search adds to it.
    [InlineData("c'est quoi un DIB ?", "**DIB** : droit individuel de base | « (2) droit individuel de base | !euros prix | !Les formations que je connais", "004")]
    [InlineData("c'est quoi les ECTS ?", "**ECTS** : European Credit Transfer System | !De quelle formation", "000")]
    [InlineData("qu'est-ce que le RNCP ?", "Répertoire National des Certifications Professionnelles", "000")]
    [InlineData("What does FOAD stand for?", "**FOAD**: formation ouverte à distance | The documents use it so", "004")]
    // A gloss the documents give that does not spell the letters ("Opca (organisme collecteur …)"), and a mixed-case one:
    // what they say it is, not the fees of the funding it names.
    [InlineData("c'est quoi l'OPCA ?", "**Opca** : organisme collecteur des cotisations de formation | !11 952 €", "004")]
    [InlineData("c'est quoi le CIF ?", "**Cif** : congé individuel de formation", "004")]
    // Recorded classes are the distance learning ("en différé").
    [InlineData("Les cours sont-ils enregistrés ?", "en différé | !Je n'ai pas cette information", "004")]
    [InlineData("Are the classes recorded?", "en différé | !I don't have this information", "004")]
    // With a topic of its own: the letters first, then the topic's answer.
    [InlineData("c'est quoi une UA ?", "**UA** : Unité d'Activité | UASO08", "000")]
    // Asked with more than the word: the question, not the definition.
    [InlineData("c'est quoi les UE du tronc commun ?", "TRS103 | !Unité d'Enseignement", "000")]
    // A validation route: its own answer, which says more than the words.
    [InlineData("c'est quoi la VAE ?", "1 200 € | !Mes documents l'emploient ainsi", "004")]
    public Task DefinitionAnswersSpellOutTheDocumentsAbbreviations(string question, string expected, string source) =>
        AssertAnswerAsync(question, expected, source, Nov20);

    [Theory]
    // A message with no word is no missing information: the bot asks what the person wants to know.
    [InlineData("👍", "Que voulez-vous savoir")]
    [InlineData("?", "Que voulez-vous savoir")]
    // A bare yes, no question pending (after "Avez-vous une autre question ?"): the question is to come, not a miss.
    [InlineData("oui", "Que voulez-vous savoir")]
    [InlineData("oui svp", "Que voulez-vous savoir")]
    [InlineData("yes please", "What would you like to know")]
    // No document names a teacher: said, with whom to ask.
    [InlineData("quel prof pour AST107 ?", "ne nomment pas les enseignants")]
    [InlineData("Who teaches the licence?", "do not name the teachers")]
    [InlineData("qui est l'enseignant ?", "ne nomment pas les enseignants")]
    [InlineData("who teaches TRS102?", "do not name the teachers")]
    // Asking for a person is asking for the contacts.
    [InlineData("je veux parler à un humain", "par_intervention-sociale@lecnam.net")]
    [InlineData("Can I talk to a human?", "par_intervention-sociale@lecnam.net")]
    // "aides financières" asks how to fund the programme, not for the bot's help.
    [InlineData("Il y a des aides financières ?", "Ce que mes documents disent du financement")]
    // Leaving is not thanking, nor a new hello.
    [InlineData("au revoir", "Au revoir, et bonne continuation")]
    [InlineData("merci, bonne journée", "Au revoir, et bonne continuation")]
    [InlineData("merci beaucoup, bonne journée", "Au revoir, et bonne continuation")]
    // "non", "c'est tout" after "Avez-vous une autre question ?" end the conversation; not understanding is no missing fact.
    [InlineData("non merci, c'est tout", "Au revoir, et bonne continuation")]
    [InlineData("non", "Au revoir, et bonne continuation")]
    [InlineData("je n'ai pas compris", "Désolé que ma réponse ne vous aide pas")]
    [InlineData("I don't understand", "Type your question in your own words")]
    [InlineData("thanks, goodbye", "Goodbye, and good luck")]
    // A weekend wished is no day asked.
    [InlineData("merci, bon week-end", "Au revoir")]
    [InlineData("thanks, have a nice weekend", "Goodbye, and good luck")]
    // "ok" and "d'accord" acknowledge the last answer; they ask nothing the documents lack.
    [InlineData("ok", "Très bien ! Avez-vous une autre question ?")]
    [InlineData("d'accord", "Très bien ! Avez-vous une autre question ?")]
    [InlineData("got it", "All right! Any other question?")]
    public async Task AMessageTheDocumentsDoNotCoverGetsItsOwnReplyNotTheGenericMiss(string message, string expected)
    {
        var replies = await fixture.Conversation().SendAsync(TestConversation.Message(message));
        var answer = Assert.Single(replies).Text ?? "";
        Assert.Contains(expected, answer);
        Assert.DoesNotContain("Je n'ai pas cette information", answer);
        Assert.DoesNotContain("I don't have this information", answer);
    }

    [Theory]
    // A parcours named as the subject of another question is not a question about the parcours.
    [InlineData("Planning complet du parcours culture 2022-2023 ?", "grille publiée est vide", "2 parcours au choix")]
    // A programme named with its validation: the routes its documents give, not the licence's VAPP.
    [InlineData("Je peux faire valider mon expérience pour obtenir le CASP sans suivre les cours ?", "**VAE**", "**VAPP**")]
    public async Task TheQuestionsSubjectDecidesWhatIsAnswered(string question, string expected, string unexpected)
    {
        var replies = await fixture.Conversation().SendAsync(TestConversation.Message(question));
        var answer = Assert.Single(replies).Text ?? "";
        Assert.Contains(expected, answer);
        Assert.DoesNotContain(unexpected, answer);
    }

    [Theory]
    // Who is answering: an automated assistant, in the question's language, and how to reach a person.
    [InlineData("tu es un robot ?", "l'assistant automatique | pas une personne | qui contacter")]
    [InlineData("es-tu une vraie personne ?", "pas une personne")]
    [InlineData("Are you a bot?", "automated assistant | not a person")]
    [InlineData("qu'est-ce que tu sais faire ?", "Je réponds aux questions sur les formations | !Les formations que je connais")]
    [InlineData("tu peux faire quoi ?", "Je réponds aux questions sur les formations | !Je n'ai pas cette information")]
    [InlineData("What is this bot?", "automated assistant | !The programmes I know about")]
    // Saying one's name is a hello, not a question the documents miss.
    [InlineData("je m'appelle Julie", "Bonjour ! | !Je n'ai pas cette information")]
    [InlineData("My name is Tom", "Hello! | !I don't have this information")]
    // Saying the answer did not help gets an apology and how to ask better or reach a person, not a miss.
    [InlineData("ça ne répond pas à ma question", "Désolé que ma réponse ne vous aide pas | qui contacter | !Je n'ai pas cette information")]
    [InlineData("c'est nul", "Désolé que ma réponse ne vous aide pas")]
    [InlineData("that doesn't answer my question", "Sorry my answer did not help | !I don't have this information")]
    // Beside a question, it does not hide the question.
    [InlineData("le CASP c'est pas clair, c'est quoi ?", "Chargé d'accompagnement social et professionnel | !Désolé")]
    // "merci pour votre aide" thanks; "aide" is not a request for help.
    [InlineData("merci pour votre aide", "Avec plaisir | !Je réponds aux questions")]
    public async Task SmallTalkIsAnsweredWithoutAMiss(string question, string expected)
    {
        var replies = await fixture.Conversation().SendAsync(TestConversation.Message(question));
        AnswerText.AssertFragments(Assert.Single(replies).Text ?? "", expected, question);
    }

    [Fact]
    public async Task AMessageWithNoWordOfEitherLanguageIsAnsweredInTheConversationsLanguage()
    {
        var english = fixture.Conversation();
        await english.SendAsync(TestConversation.Message("How much does the licence cost?"));
        Assert.Contains("Goodbye, and good luck", (await english.SendAsync(TestConversation.Message("bye"))).Single().Text);
        Assert.Contains("All right!", (await english.SendAsync(TestConversation.Message("ok"))).Single().Text);
        // A French word is French, whatever came before.
        Assert.Contains("Avec plaisir", (await english.SendAsync(TestConversation.Message("merci"))).Single().Text);

        var french = fixture.Conversation();
        await french.SendAsync(TestConversation.Message("combien coûte la licence ?"));
        Assert.Contains("Au revoir, et bonne continuation", (await french.SendAsync(TestConversation.Message("bye"))).Single().Text);
    }

    [Theory]
    [InlineData("d'accord, et pour le CASP ?")]
    [InlineData("ok merci, et pour le CASP ?")]
    public async Task AFollowUpOpenedByAnAcknowledgementIsStillAFollowUp(string followUp)
    {
        var c = fixture.Conversation();
        await c.SendAsync(TestConversation.Message("combien coûte la licence en cours du soir ?"));

        var answer = (await c.SendAsync(TestConversation.Message(followUp))).Single().Text ?? "";

        Assert.Contains("Titre CASP (CPN42)", answer);
        Assert.Contains("tarifs", answer);
    }

    [Fact]
    public async Task HowToFollowAProgrammeIsNotAskedAsWhoMayEnter()
    {
        // "je peux faire" is how the question starts, not a request to check the entry conditions.
        var replies = await fixture.Conversation().SendAsync(TestConversation.Message("Est-ce que je peux faire une partie de la formation et la finir plus tard ?"));
        var answer = Assert.Single(replies).Text ?? "";
        Assert.Contains("De quelle formation", answer);
        Assert.DoesNotContain("Accès", answer);
    }

    [Fact]
    public async Task AContactCardTwoIntentsLeadToIsGivenOnce()
    {
        var replies = await fixture.Conversation().SendAsync(TestConversation.Message("Qui contacter pour un aménagement lié à mon handicap ?"));
        var answer = Assert.Single(replies).Text ?? "";
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(answer, "handi\\.cnam\\.fr"));
    }
}
