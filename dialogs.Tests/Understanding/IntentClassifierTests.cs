using Cnam.Bot.Understanding;

namespace Cnam.Bot.Tests.Understanding;

public class IntentClassifierTests
{
    [Theory]
    [InlineData("Bonjour", Intents.Greeting)]
    [InlineData("merci beaucoup", Intents.Thanks)]
    [InlineData("merci pour votre aide", Intents.Thanks)]
    [InlineData("thanks for your help", Intents.Thanks)]
    [InlineData("au revoir", Intents.Goodbye)]
    [InlineData("bonne journée", Intents.Goodbye)]
    [InlineData("ok", Intents.Acknowledgement)]
    [InlineData("ah d'accord", Intents.Acknowledgement)]
    [InlineData("got it", Intents.Acknowledgement)]
    [InlineData("ok merci", Intents.Thanks)]
    [InlineData("aide", Intents.Help)]
    [InlineData("menu", Intents.Menu)]
    [InlineData("laisse tomber", Intents.Cancel)]
    [InlineData("présente-moi la licence pro", Intents.ProgrammeOverview)]
    [InlineData("I'm thinking about the CASP", Intents.ProgrammeOverview)]
    [InlineData("la formation est-elle diplômante ?", Intents.Level)]
    [InlineData("Is the CP29 accredited?", Intents.Level)]
    // What a programme lets one do is its jobs; "with a BTS" is the person's own diploma (the entry, tested elsewhere).
    [InlineData("la licence permet de faire quoi ?", Intents.Jobs)]
    [InlineData("What can I do with the CASP?", Intents.Jobs)]
    [InlineData("Bonjour, quelles sont les conditions pour s'inscrire au CP29 à Paris ?", Intents.Access)]
    [InlineData("What are the admission requirements for the licence?", Intents.Access)]
    [InlineData("à qui s'adresse la licence ?", Intents.Audience)]
    [InlineData("quels sont les débouchés ?", Intents.Jobs)]
    [InlineData("la licence pro est de quel niveau ?", Intents.Level)]
    [InlineData("la formation est-elle reconnue par l'état ?", Intents.Level)]
    [InlineData("combien d'ECTS ?", Intents.Ects)]
    [InlineData("quelles UE composent le tronc commun ?", Intents.UeList)]
    [InlineData("UASO08 ça correspond à quoi ?", Intents.UeDetail)]
    [InlineData("quels sont les 2 parcours ?", Intents.Parcours)]
    [InlineData("quelles sont les conditions d'accès ?", Intents.Access)]
    [InlineData("c'est quoi la VAE ?", Intents.ValidationRoutes)]
    [InlineData("le stage peut se faire dans plusieurs structures ?", Intents.Internship)]
    [InlineData("qui établit la convention de stage ?", Intents.Convention)]
    [InlineData("qu'est-ce qu'il faut pour obtenir le diplôme ?", Intents.DiplomaConditions)]
    [InlineData("quel est le tarif ?", Intents.Tariffs)]
    [InlineData("c combien ?", Intents.Tariffs)]
    [InlineData("quand commencent les cours ?", Intents.PlanningDates)]
    [InlineData("à quelle heure sont les cours du soir ?", Intents.Hours)]
    [InlineData("quelle est la durée de la formation ?", Intents.Duration)]
    // Working while studying: how the programme is organised (evening classes, over how long).
    [InlineData("Je travaille à temps plein, est-ce que je peux suivre la licence ?", Intents.Duration)]
    [InlineData("Peut-on faire le CASP tout en travaillant ?", Intents.Duration)]
    [InlineData("la formation est-elle compatible avec un emploi ?", Intents.Duration)]
    [InlineData("La licence pro, c'est combien d'heures de cours au total ?", Intents.Duration)]
    [InlineData("Est-ce qu'il faut faire un mémoire pour le CASP ?", Intents.DiplomaConditions)]
    [InlineData("Y a-t-il un examen d'entrée pour le CASP ?", Intents.Access)]
    [InlineData("Les cours sont-ils obligatoires ?", Intents.Exams)]
    [InlineData("Est-ce que je peux m'inscrire en ligne ?", Intents.RegistrationDocuments)]
    // The verb conjugated ("je m'inscris", "on s'inscrit"), with thanks before it.
    [InlineData("merci, comment je m'inscris ?", Intents.RegistrationDocuments)]
    [InlineData("on s'inscrit comment ?", Intents.RegistrationDocuments)]
    [InlineData("C'est combien de temps le CP29 ?", Intents.Duration)]
    [InlineData("Est-ce que le CASP se fait en un an ?", Intents.Duration)]
    [InlineData("Je peux faire la licence en 2 ans ?", Intents.Duration)]
    [InlineData("c quoi les conditions pour avoir le titre casp", Intents.DiplomaConditions)]
    [InlineData("la licence pro c'est en présentiel ?", Intents.Duration)]
    [InlineData("Salut ! tu peux m'aider à choisir une formation ?", Intents.EligibilityStart)]
    [InlineData("J'aimerais travailler dans l'insertion, quelle formation faire ?", Intents.EligibilityStart)]
    [InlineData("quelle note minimale pour valider une UE ?", Intents.Exams)]
    [InlineData("quelles pièces à fournir pour l'inscription ?", Intents.RegistrationDocuments)]
    [InlineData("j'ai combien de temps pour me rétracter ?", Intents.Withdrawal)]
    [InlineData("qui contacter ?", Intents.Contacts)]
    [InlineData("j'ai une RQTH, qui peut m'aider ?", Intents.Handicap)]
    [InlineData("quand a lieu la prochaine réunion d'information ?", Intents.InformationMeeting)]
    [InlineData("je voudrais savoir si je peux m'inscrire", Intents.EligibilityStart)]
    [InlineData("suis-je éligible ?", Intents.EligibilityStart)]
    [InlineData("finalement je suis passée en cours du jour", Intents.ProfileUpdate)]
    [InlineData("que savez-vous de moi ?", Intents.MyData)]
    [InlineData("supprimez mes données svp", Intents.DeleteMyData)]
    // A profile and a programme's bare name ask whether the person may enter it; "c'est quoi" still asks what it is.
    [InlineData("j'ai un BTS, la licence ?", Intents.Access)]
    [InlineData("3 ans en mission locale, la licence ?", Intents.Access)]
    [InlineData("J'ai le bac, c'est quoi le CASP ?", Intents.ProgrammeOverview)]
    [InlineData("où travaillent les diplômés du CASP ?", Intents.Jobs)]
    [InlineData("Dans quelles structures peut travailler un titulaire de la licence ?", Intents.Jobs)]
    // A job to become asks which programme leads to it (its jobs), not the coordinator to contact.
    [InlineData("je veux devenir coordinatrice de projet, quelle formation ?", Intents.Jobs)]
    [InlineData("quel diplôme pour être conseiller en insertion ?", Intents.Jobs)]
    [InlineData("je veux travailler en mission locale, quelle formation ?", Intents.Jobs)]
    // The next steps are those of the registration.
    [InlineData("quelles sont les prochaines étapes ?", Intents.RegistrationDocuments)]
    // "en combien de temps" asks the length, before what it takes to be awarded the licence.
    [InlineData("en combien de temps peut-on obtenir la licence ?", Intents.Duration)]
    public void FrenchQuestionGetsItsIntentFirst(string text, string intent)
    {
        var utterance = UnderstandingFixture.Recognize(text);
        Assert.Equal(intent, utterance.TopIntent?.Name);
        Assert.True(utterance.IsConfident, $"{intent}: {utterance.Confidence}");
    }

    [Theory]
    [InlineData("What are the tuition fees?", Intents.Tariffs)]
    [InlineData("how much does it cost?", Intents.Tariffs)]
    [InlineData("What are the entry requirements?", Intents.Access)]
    [InlineData("am I eligible?", Intents.EligibilityStart)]
    [InlineData("who do I contact?", Intents.Contacts)]
    [InlineData("when do classes start?", Intents.PlanningDates)]
    [InlineData("what time are the evening classes?", Intents.Hours)]
    [InlineData("when are the exams?", Intents.Exams)]
    [InlineData("which documents do I need?", Intents.RegistrationDocuments)]
    [InlineData("tell me about the internship", Intents.Internship)]
    [InlineData("what is the internship agreement procedure?", Intents.Convention)]
    [InlineData("how long is the programme?", Intents.Duration)]
    [InlineData("I work full time, can I still do the licence?", Intents.Duration)]
    [InlineData("Who should I contact about disability accommodations?", Intents.Handicap)]
    [InlineData("I have a BTS and 2 years as a youth worker, can I do the licence?", Intents.Access)]
    [InlineData("delete my data", Intents.DeleteMyData)]
    [InlineData("what are the next steps?", Intents.RegistrationDocuments)]
    [InlineData("I have a BTS, the licence?", Intents.Access)]
    [InlineData("I'd like to become an employment advisor, which course?", Intents.Jobs)]
    // "in one year" asks the length, not whether one may enrol.
    [InlineData("Can I do the CASP in one year?", Intents.Duration)]
    public void EnglishQuestionGetsItsIntentFirst(string text, string intent)
    {
        var utterance = UnderstandingFixture.Recognize(text);
        Assert.Equal(intent, utterance.TopIntent?.Name);
        Assert.Equal(LanguageDetector.English, utterance.Language);
    }

    [Theory]
    [InlineData("c koi l'UE TRS107 et elle vaut combien d'ects ?", Intents.UeDetail, Intents.Ects)]
    [InlineData("Le titre CASP à Paris en cours du soir : horaires et durée ?", Intents.Hours, Intents.Duration)]
    [InlineData("C'est quoi la VAP85 et ça coûte combien ?", Intents.ValidationRoutes, Intents.Tariffs)]
    [InlineData("For the evening course, who do I contact and what do I bring to get my internship agreement?", Intents.Contacts, Intents.Convention)]
    [InlineData("quels documents pour ma convention de stage ?", Intents.RegistrationDocuments, Intents.Convention)]
    [InlineData("Bonjour, à qui s'adresse la licence pro ?", Intents.Audience, Intents.Greeting)]
    public void CombinedQuestionGetsBothHalves(string text, string first, string second)
    {
        var utterance = UnderstandingFixture.Recognize(text);
        Assert.True(utterance.Has(first), $"{first} missing: {string.Join(", ", utterance.Intents)}");
        Assert.True(utterance.Has(second, 0.3), $"{second} missing: {string.Join(", ", utterance.Intents)}");
    }

    [Theory]
    [InlineData("Hello, what is the CASP?")]
    [InlineData("bonjour, le CASP ?")]
    [InlineData("merci, et le CP29 ?")]
    public void PolitenessNextToABareProgrammeNameAsksForTheProgramme(string text)
    {
        Assert.Equal(Intents.ProgrammeOverview, UnderstandingFixture.Recognize(text).TopIntent?.Name);
    }

    [Fact]
    public void AJobSeekerIsAFundingNotAJobsQuestion()
    {
        var utterance = UnderstandingFixture.Recognize("How much does the CP29 cost in La Réunion for a job seeker?");
        Assert.Equal(Intents.Tariffs, utterance.TopIntent?.Name);
        Assert.False(utterance.Has(Intents.Jobs, 0.3), string.Join(", ", utterance.Intents));
    }

    [Theory]
    // Helping people find jobs is where one worked, not a question about the jobs a programme leads to.
    [InlineData("in a community centre helping people find jobs")]
    [InlineData("I worked 3 years helping people find a job")]
    public void HelpingPeopleFindJobsIsNoJobsQuestion(string text)
    {
        var utterance = UnderstandingFixture.Recognize(text);
        Assert.False(utterance.Has(Intents.Jobs, 0.3), string.Join(", ", utterance.Intents));
    }

    [Theory]
    // "What jobs can I do": the jobs, not whether one may enter ("can I do").
    [InlineData("What jobs can I do after the CP29?")]
    [InlineData("what job can I get with the licence?")]
    public void JobsOnCanDoIsAJobsQuestion(string text)
    {
        var utterance = UnderstandingFixture.Recognize(text);
        Assert.Equal(Intents.Jobs, utterance.TopIntent?.Name);
        Assert.False(utterance.Has(Intents.Access, 0.45), string.Join(", ", utterance.Intents));
    }

    [Theory]
    // One's own job is where the internship would be, not the jobs a programme leads to; "can I do the internship" asks
    // about the internship, not whether one may enter a programme; nor does "do I need to do an internship?".
    [InlineData("Can I do the internship in my current job?")]
    [InlineData("Do I need to do an internship?")]
    [InlineData("could I do my internship at my current job?")]
    public void TheInternshipInOnesOwnJobIsAnInternshipQuestion(string text)
    {
        var utterance = UnderstandingFixture.Recognize(text);
        Assert.Equal(Intents.Internship, utterance.TopIntent?.Name);
        Assert.False(utterance.Has(Intents.Jobs, 0.3), string.Join(", ", utterance.Intents));
        Assert.False(utterance.Has(Intents.Access, 0.45), string.Join(", ", utterance.Intents));
    }

    [Fact]
    public void PolitenessNextToAQuestionRanksBelowTheQuestion()
    {
        var utterance = UnderstandingFixture.Recognize("Bonjour, à qui s'adresse la licence pro ?");
        Assert.Equal(Intents.Audience, utterance.TopIntent?.Name);
    }

    [Theory]
    [InlineData("quel est le tarrif ?", Intents.Tariffs)]
    [InlineData("la stagee c'est combien d'heures", Intents.Internship)]
    [InlineData("les horraires du soir", Intents.Hours)]
    [InlineData("documents pour l'inscritpion", Intents.RegistrationDocuments)]
    [InlineData("la convension de stage", Intents.Convention)]
    public void TyposStillReachTheIntent(string text, string intent)
    {
        Assert.Equal(intent, UnderstandingFixture.Recognize(text).TopIntent?.Name);
    }

    [Theory]
    [InlineData("combien gagne un coordonnateur ?")]
    [InlineData("Combien gagne un coordonnateur de projets en insertion après la licence ?")]
    [InlineData("logement étudiant")]
    [InlineData("master")]
    [InlineData("Le Cnam propose-t-il aussi un master en intervention sociale ?")]
    [InlineData("Est-ce que la licence pro peut se faire en apprentissage ?")]
    [InlineData("Does Cnam provide student housing for licence pro students?")]
    [InlineData("quel temps fera-t-il demain à Lyon ?")]
    [InlineData("raconte-moi une blague")]
    [InlineData("xkcd qwerty azerty")]
    public void OutOfScopeQuestionHasLowConfidence(string text)
    {
        var utterance = UnderstandingFixture.Recognize(text);
        Assert.False(utterance.IsConfident, $"{utterance.TopIntent}");
    }

    [Theory]
    [InlineData("combien gagne un coordonnateur ?")]
    [InlineData("logement étudiant")]
    [InlineData("master")]
    public void OutOfScopeWordsAreFlagged(string text)
    {
        Assert.True(UnderstandingFixture.Recognize(text).IsOutOfScope);
    }

    [Fact]
    public void MasterHeldIsADiplomaNotAnOutOfScopeQuestion()
    {
        var utterance = UnderstandingFixture.Recognize("j'ai un master, puis-je m'inscrire ?");
        Assert.False(utterance.IsOutOfScope);
        Assert.Equal(7, utterance.Entities.Diploma?.Level);
        Assert.True(utterance.Has(Intents.Access) || utterance.Has(Intents.EligibilityStart));
    }

    [Fact]
    public void UeCodeAloneAsksForTheUe()
    {
        Assert.Equal(Intents.UeDetail, UnderstandingFixture.Recognize("TRS107 ?").TopIntent?.Name);
    }

    [Fact]
    public void UeOnADateAsksForThePlanning()
    {
        Assert.Equal(Intents.PlanningDates, UnderstandingFixture.Recognize("TRS107 le 12 janvier ?").TopIntent?.Name);
    }

    [Fact]
    public void QuandMemeIsNoQuestionOfDate()
    {
        var utterance = UnderstandingFixture.Recognize("est-ce que je dois quand même faire le stage ?");
        Assert.False(utterance.Has(Intents.PlanningDates, 0.3));
    }

    // A job whose name starts with "aide" is no request for help; "aide" alone still is.
    [Theory]
    [InlineData("je suis aide-soignante depuis 5 ans, que puis-je faire ?", false)]
    [InlineData("aide à domicile, j'ai pas le bac, le CASP c'est possible ?", false)]
    [InlineData("je suis aide médico-psychologique, est-ce que le CP29 me convient ?", false)]
    [InlineData("j'ai besoin d'aide", true)]
    public void AJobNamedAideIsNoRequestForHelp(string text, bool help) =>
        Assert.Equal(help, UnderstandingFixture.Recognize(text).Has(Intents.Help, 0.3));

    [Fact]
    public void ScoresAreRankedBetweenZeroAndOne()
    {
        var utterance = UnderstandingFixture.Recognize("tarif, horaires, dates, contacts, stage, convention, examens");
        Assert.True(utterance.Intents.Count >= 5);
        Assert.All(utterance.Intents, i => Assert.InRange(i.Score, 0.0, 1.0));
        Assert.Equal(utterance.Intents.OrderByDescending(i => i.Score).Select(i => i.Name), utterance.Intents.Select(i => i.Name));
    }

    [Fact]
    public void IntentClassifierWorksAlone()
    {
        var classifier = new IntentClassifier(Lexicon.Default);
        var result = classifier.Classify(UnderstandingFixture.Normalize("quel est le prix ?"));
        Assert.Equal(Intents.Tariffs, result.Intents[0].Name);
    }
}
