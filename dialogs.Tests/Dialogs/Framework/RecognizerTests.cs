using Cnam.Bot.Dialogs;
using Cnam.Bot.Dialogs.Framework.Prompts;

namespace Cnam.Bot.Tests.Dialogs.Framework;

public sealed class RecognizerTests
{
    [Theory]
    [InlineData("42", 42)]
    [InlineData("j'ai 35 ans", 35)]
    [InlineData("1 500 €", 1500)]
    [InlineData("2,5", 2.5)]
    [InlineData("zéro", 0)]
    [InlineData("dix-sept", 17)]
    [InlineData("vingt et un", 21)]
    [InlineData("soixante-dix", 70)]
    [InlineData("soixante et onze", 71)]
    [InlineData("quatre-vingts", 80)]
    [InlineData("quatre-vingt-dix-neuf", 99)]
    [InlineData("septante-cinq", 75)]
    [InlineData("nonante", 90)]
    [InlineData("cent un", 101)]
    [InlineData("deux cents", 200)]
    [InlineData("mille", 1000)]
    [InlineData("deux mille vingt-six", 2026)]
    [InlineData("trois mille deux cent cinquante", 3250)]
    [InlineData("j'ai un peu plus de trente ans", 30)]
    [InlineData("un", 1)]
    public void FrenchNumbersReadsDigitsAndWords(string text, double expected)
    {
        Assert.True(FrenchNumbers.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("aucune idée")]
    [InlineData("et")]
    public void FrenchNumbersFindsNothingWithoutANumber(string text)
    {
        Assert.False(FrenchNumbers.TryParse(text, out _));
    }

    [Theory]
    [InlineData("2", 2)]
    [InlineData("le 3", 3)]
    [InlineData("numéro deux", 2)]
    [InlineData("1er", 1)]
    [InlineData("le premier", 1)]
    [InlineData("la deuxième", 2)]
    [InlineData("2e", 2)]
    [InlineData("the first one", 1)]
    [InlineData("I'll take the 2nd", 2)]
    [InlineData("je prends la troisième svp", 3)]
    [InlineData("one", null)]
    [InlineData("2 ans d'expérience", null)]
    [InlineData("paris", null)]
    public void ChoiceNumberIsTheWholeAnswerOnly(string text, int? expected)
    {
        Assert.Equal(expected, FrenchNumbers.ParseChoiceNumber(text));
    }

    [Theory]
    [InlineData("oui", true)]
    [InlineData("OUI !", true)]
    [InlineData("ouais", true)]
    [InlineData("d'accord", true)]
    [InlineData("D’accord.", true)]
    [InlineData("ok", true)]
    [InlineData("okay", true)]
    [InlineData("bien sûr", true)]
    [InlineData("oui, volontiers", true)]
    [InlineData("tout à fait", true)]
    [InlineData("yes", true)]
    [InlineData("yeah", true)]
    [InlineData("non", false)]
    [InlineData("nan", false)]
    [InlineData("nooon", false)]
    [InlineData("pas du tout", false)]
    [InlineData("non merci", false)]
    [InlineData("pas d'accord", false)]
    [InlineData("absolument pas", false)]
    [InlineData("no", false)]
    [InlineData("nope", false)]
    [InlineData("peut-être", null)]
    [InlineData("je ne sais pas", null)]
    [InlineData("", null)]
    public void ConfirmRecognizerReadsYesAndNo(string text, bool? expected)
    {
        Assert.Equal(expected, ConfirmRecognizer.Recognize(text));
    }

    private static readonly IReadOnlyList<Choice> Programmes =
    [
        new Choice("licence") { Title = "Licence professionnelle", Synonyms = ["LP", "licence pro"] },
        new Choice("casp") { Title = "Titre CASP", Synonyms = ["chargé d'accompagnement social et professionnel"] },
        new Choice("certificat") { Title = "Certificat professionnel" },
    ];

    [Theory]
    [InlineData("1", "licence")]
    [InlineData("la troisième", "certificat")]
    [InlineData("Licence professionnelle", "licence")]
    [InlineData("LP", "licence")]
    [InlineData("je veux la licence pro", "licence")]
    [InlineData("titre casp", "casp")]
    [InlineData("licence profesionelle", "licence")]
    [InlineData("certificat profesionnel", "certificat")]
    [InlineData("casp", "casp")]
    public void ChoiceRecognizerFindsTheChoice(string text, string expected)
    {
        Assert.Equal(expected, ChoiceRecognizer.Recognize(text, Programmes)?.Value);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("professionnel")]
    [InlineData("master")]
    [InlineData("")]
    public void ChoiceRecognizerRefusesUnknownOrAmbiguousAnswers(string text)
    {
        Assert.Null(ChoiceRecognizer.Recognize(text, Programmes));
    }

    [Theory]
    [InlineData("aide", Interruption.Help)]
    [InlineData("AIDE !", Interruption.Help)]
    [InlineData("help", Interruption.Help)]
    [InlineData("annuler", Interruption.Cancel)]
    [InlineData("Annuler svp", Interruption.Cancel)]
    [InlineData("annulé", Interruption.Cancel)]
    [InlineData("recommencer", Interruption.Restart)]
    [InlineData("Recommencer.", Interruption.Restart)]
    [InlineData("menu", Interruption.Menu)]
    [InlineData("Menu principal", Interruption.Menu)]
    [InlineData("aides financières", Interruption.None)]
    [InlineData("quelle aide pour payer ?", Interruption.None)]
    [InlineData("je veux annuler mon inscription à la réunion", Interruption.None)]
    public void InterruptionsAreWholeCommandsToleratingCaseAndAccents(string text, Interruption expected)
    {
        Assert.Equal(expected, InterruptionRecognizer.Recognize(text));
    }
}
