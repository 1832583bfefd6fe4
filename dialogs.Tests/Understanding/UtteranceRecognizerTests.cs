using Cnam.Bot.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace Cnam.Bot.Tests.Understanding;

public class UtteranceRecognizerTests
{
    [Fact]
    public void WholeQuestionIsUnderstood()
    {
        var utterance = UnderstandingFixture.Recognize("je paye tout seul la licence en cours de jour c combien");
        Assert.Equal(Intents.Tariffs, utterance.TopIntent?.Name);
        Assert.Equal(Programme.LicencePro, utterance.Entities.Programme);
        Assert.Equal(Modality.Day, utterance.Entities.Modality);
        Assert.Equal(Funding.Individual, utterance.Entities.Funding);
        Assert.Equal(LanguageDetector.French, utterance.Language);
        Assert.Equal("je paye tout seul la licence en cours de jour c est combien", utterance.Normalized);
    }

    [Fact]
    public void EligibilityAnswerCarriesDiplomaAndExperience()
    {
        var utterance = UnderstandingFixture.Recognize(
            "J'ai juste le bac mais ça fait 5 ans que je suis conseillère en insertion, je peux m'inscrire en licence pro ?");
        Assert.Equal(4, utterance.Entities.Diploma?.Level);
        Assert.True(utterance.Entities.Diploma?.Held);
        Assert.Equal(60, utterance.Entities.Experience?.Months);
        Assert.Equal(ExperienceField.Insertion, utterance.Entities.Experience?.Field);
        Assert.Equal(Programme.LicencePro, utterance.Entities.Programme);
        Assert.True(utterance.Has(Intents.Access) || utterance.Has(Intents.EligibilityStart));
    }

    [Fact]
    public void TariffQuestionCarriesPlanLength()
    {
        var utterance = UnderstandingFixture.Recognize("Cours du soir étalés sur 2 ans en financement perso, ça fait combien par an ?");
        Assert.Equal(Intents.Tariffs, utterance.TopIntent?.Name);
        Assert.Equal(2, utterance.Entities.PlanYears);
        Assert.Equal(Modality.Evening, utterance.Entities.Modality);
        Assert.Equal(Funding.Individual, utterance.Entities.Funding);
    }

    [Fact]
    public void SameInputGivesTheSameUtterance()
    {
        var a = UnderstandingFixture.Recognize("c koi l'UE TRS107 et elle vaut combien d'ects ?");
        var b = UnderstandingFixture.Recognize("c koi l'UE TRS107 et elle vaut combien d'ects ?");
        Assert.Equal(a.Normalized, b.Normalized);
        Assert.Equal(a.Intents, b.Intents);
        Assert.Equal(a.Entities.UeCodes, b.Entities.UeCodes);
    }

    [Fact]
    public void EmptyInputIsUnderstoodAsNothing()
    {
        var utterance = UnderstandingFixture.Recognizer.Recognize(null, UnderstandingFixture.Now);
        Assert.Empty(utterance.Intents);
        Assert.Empty(utterance.Tokens);
        Assert.False(utterance.IsConfident);
    }

    [Fact]
    public void AddUnderstandingRegistersOneRecognizerWithTheCatalogue()
    {
        var services = new ServiceCollection();
        services.AddUnderstanding(_ => UnderstandingFixture.Catalogue);
        using var provider = services.BuildServiceProvider();
        var recognizer = provider.GetRequiredService<IUtteranceRecognizer>();
        Assert.Same(recognizer, provider.GetRequiredService<UtteranceRecognizer>());
        var utterance = recognizer.Recognize("l'UE de sociologie", UnderstandingFixture.Now);
        Assert.Equal("AST002", utterance.Entities.UeTitles[0].Code);
    }

    [Fact]
    public void RandomInputNeverThrows()
    {
        var random = new Random(20221120);
        const string alphabet = "abcdefghijklmnopqrstuvwxyzéèàçùœ ABCDEFGHIJ0123456789'’-+/,.:;!?€%()\"\t\n\r\0\u0001\u200b";
        string[] emoji = ["🎓", "💶", "😀", "👍🏽", "\ud83d", "\udc00"];
        string[] words = ["le", "5/12", "bac", "+", "2", "ans", "et", "demi", "du", "au", "décembre", "trs", "107", "sur", "catégorie", "c", "koi", "lundi", "prochain", "h", "18h15", "9999/99/99", "2022-2023", "j'ai", "un", "master"];
        for (var n = 0; n < 2000; n++)
        {
            var length = n % 50 == 0 ? 5000 : random.Next(0, 80);
            var sb = new System.Text.StringBuilder();
            while (sb.Length < length)
            {
                switch (random.Next(4))
                {
                    case 0: sb.Append(alphabet[random.Next(alphabet.Length)]); break;
                    case 1: sb.Append(emoji[random.Next(emoji.Length)]); break;
                    default: sb.Append(words[random.Next(words.Length)]).Append(' '); break;
                }
            }
            var text = sb.ToString();
            var context = new RecognizerContext(AcademicYearStart: n % 3 == 0 ? 2022 : null, Expecting: (Expectation)(n % 8));
            var now = UnderstandingFixture.Now.AddDays(random.Next(-4000, 4000));
            var utterance = UnderstandingFixture.Recognizer.Recognize(text, now, context);
            Assert.All(utterance.Intents, i => Assert.InRange(i.Score, 0.0, 1.0));
            Assert.True(utterance.Normalized.Length <= FrenchNormalizer.MaxInputLength * 3);
        }
    }
}
