using Cnam.Bot.Understanding;

namespace Cnam.Bot.Tests.Understanding;

public class LanguageAndLexiconTests
{
    [Theory]
    [InlineData("Quel est le tarif de la licence pro ?", LanguageDetector.French)]
    [InlineData("c koi le tarif", LanguageDetector.French)]
    [InlineData("tarif", LanguageDetector.French)]
    [InlineData("Où se trouve le centre ?", LanguageDetector.French)]
    [InlineData("What are the evening tuition fees for the licence pro?", LanguageDetector.English)]
    [InlineData("Who is the national head of the Intervention sociale licence?", LanguageDetector.English)]
    [InlineData("next Monday class?", LanguageDetector.English)]
    // The English "'s" after an English word is not the French "s'".
    [InlineData("what's on tomorrow?", LanguageDetector.English)]
    [InlineData("s'inscrire quand ?", LanguageDetector.French)]
    // A profile in English has few function words; "as" is both French ("tu as") and English, so it decides nothing.
    [InlineData("2 years as a receptionist", LanguageDetector.English)]
    [InlineData("tu as un bac ?", LanguageDetector.French)]
    // A centre's name counts for neither language: its "La" and its "é" are not French words.
    [InlineData("Where is Cnam La Réunion located?", LanguageDetector.English)]
    [InlineData("Who do I contact in Saint-Benoît?", LanguageDetector.English)]
    // The French "t" of "a-t-il" stood against "I": the English contractions count ("didn't", "haven't").
    [InlineData("I didn't finish high school", LanguageDetector.English)]
    [InlineData("I haven't got a degree", LanguageDetector.English)]
    [InlineData("Où se trouve le Cnam La Réunion ?", LanguageDetector.French)]
    [InlineData("Quand est la prochaine réunion ?", LanguageDetector.French)]
    public void LanguageIsDetected(string text, string language)
    {
        Assert.Equal(language, UnderstandingFixture.Recognize(text).Language);
    }

    [Fact]
    public void EmbeddedLexiconLoadsBothLanguages()
    {
        Assert.True(Lexicon.Default.IntentPhraseCount > 500);
        var recognizer = new LanguageDetector(Lexicon.Default);
        Assert.Equal(LanguageDetector.English, recognizer.Detect(UnderstandingFixture.Normalize("what is the price of the course")));
    }

    [Fact]
    public void EveryIntentHasPhrasesInBothLexicons()
    {
        Assert.All(Intents.All, i => Assert.Contains(i, Lexicon.Default.IntentsWithPhrases));
        Assert.Contains(Intents.OutOfScope, Lexicon.Default.IntentsWithPhrases);
    }

    [Fact]
    public void LexiconRejectsAnUnknownIntent()
    {
        const string yaml = "language: fr\nintents:\n  salary-question: { salaire: 0.9 }\n";
        Assert.Throws<InvalidDataException>(() => Lexicon.FromYaml(yaml));
    }

    [Fact]
    public void LexiconRejectsAnUnknownEntityValue()
    {
        const string yaml = "language: fr\nentities:\n  centre:\n    Lyon: [lyon]\n";
        Assert.Throws<InvalidDataException>(() => Lexicon.FromYaml(yaml));
    }

    [Fact]
    public void LexiconRejectsAWeightAboveOne()
    {
        const string yaml = "language: fr\nintents:\n  tariffs: { tarif: 1.5 }\n";
        Assert.Throws<InvalidDataException>(() => Lexicon.FromYaml(yaml));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("-2")]
    public void LexiconRejectsAnEntityBoostOutsideMinusOneToOne(string weight)
    {
        var yaml = $"language: fr\nintent_entity_boosts:\n  access: {{ diploma_held: {weight} }}\n";
        Assert.Throws<InvalidDataException>(() => Lexicon.FromYaml(yaml));
    }

    [Fact]
    public void ADiplomaHeldIsEvidenceAgainstTheAwardConditions()
    {
        // The lexicon's diploma-conditions boost for a diploma held is negative: "ça suffit" then asks about entry.
        var withDiploma = UnderstandingFixture.Recognize("j'ai un BTS, ça suffit pour la licence ?");
        var without = UnderstandingFixture.Recognize("ça suffit pour la licence ?");

        Assert.Equal(Intents.Access, withDiploma.TopIntent?.Name);
        Assert.True(withDiploma.Score(Intents.DiplomaConditions) < without.Score(Intents.DiplomaConditions) - 0.2);
        Assert.Equal(Intents.DiplomaConditions, without.TopIntent?.Name);
    }

    [Fact]
    public void LexiconRejectsAPhraseWrittenTwiceInOneIntent()
    {
        // Only the last weight would count: a mistake to show, not to load.
        const string yaml = "language: fr\nintents:\n  tariffs: { tarif: 0.9, prix: 0.9, tarif: 0.5 }\n";
        Assert.ThrowsAny<YamlDotNet.Core.YamlException>(() => Lexicon.FromYaml(yaml));
    }

    [Fact]
    public void ALexiconFromOtherDataChangesWhatIsUnderstood()
    {
        const string yaml = "language: fr\nintents:\n  tariffs: { douloureuse: 0.9 }\n";
        var recognizer = new UtteranceRecognizer(Lexicon.FromYaml(yaml), []);
        var utterance = recognizer.Recognize("la douloureuse ?", UnderstandingFixture.Now);
        Assert.Equal(Intents.Tariffs, utterance.TopIntent?.Name);
    }
}
