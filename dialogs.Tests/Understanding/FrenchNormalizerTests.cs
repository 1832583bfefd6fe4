using Cnam.Bot.Understanding;

namespace Cnam.Bot.Tests.Understanding;

public class FrenchNormalizerTests
{
    [Theory]
    [InlineData("Coût de la Licence Pro ?", "cout de la licence pro")]
    [InlineData("L'UE TRS107, c'est quoi ?", "l ue trs107 c est quoi")]
    [InlineData("aujourd’hui à 18h15", "aujourd hui a 18h15")]
    [InlineData("le 5/12 ou le 05/12/2022", "le 5/12 ou le 05/12/2022")]
    [InlineData("1,5 an ou 1.5 an", "1,5 an ou 1.5 an")]
    [InlineData("bac+2", "bac + 2")]
    [InlineData("Œuvre, élève, ÇA", "oeuvre eleve ca")]
    [InlineData("fin. 12 heures", "fin 12 heures")]
    public void FoldLowersRemovesAccentsSplitsElisionsAndKeepsNumberSeparators(string input, string expected)
    {
        Assert.Equal(expected, FrenchNormalizer.Fold(input));
    }

    [Theory]
    [InlineData("c koi", "c est quoi")]
    [InlineData("C'est quoi", "c est quoi")]
    [InlineData("jsuis ds le 974", "je suis dans le 974")]
    [InlineData("qd commence le cours", "quand commence le cours")]
    [InlineData("pr la licence stp", "pour la licence s il te plait")]
    [InlineData("bcp de frais, cb ?", "beaucoup de frais combien")]
    [InlineData("tt est en visio", "tout est en visio")]
    [InlineData("jai un bts", "j ai un bts")]
    [InlineData("jvx fer le cp29 c combien de tps", "je veux faire le cp29 c est combien de temps")]
    [InlineData("slt jveu faire le casp a la reunion jai le bac", "salut je veux faire le casp a la reunion j ai le bac")]
    [InlineData("jvoudrai savoir cbn ça coûte", "je voudrais savoir combien ca coute")]
    [InlineData("la licence avc un bts esf", "la licence avec un bts esf")]
    // A letter that sounds the same: too far for the spelling corrector, spelt out in the SMS list.
    [InlineData("c koi la lisence pro", "c est quoi la licence pro")]
    [InlineData("mersi bcp", "merci beaucoup")]
    [InlineData("g pa le bac", "j ai pas le bac")]
    [InlineData("je px faire la licence", "je peux faire la licence")]
    [InlineData("catégorie c", "categorie c")]
    [InlineData("18mois d'expérience", "18 mois d experience")]
    public void NormalizeExpandsSmsSpellings(string input, string expected)
    {
        Assert.Equal(expected, UnderstandingFixture.Normalize(input).Normalized);
    }

    [Theory]
    [InlineData("tarrif", "tarif")]
    [InlineData("licens", "license")]
    [InlineData("stagee", "stage")]
    [InlineData("inscritpion", "inscription")]
    [InlineData("convension", "convention")]
    [InlineData("horraires", "horaires")]
    [InlineData("psychopatologie", "psychopathologie")]
    // Misspellings of domain words that are also words, left out of the ordinary words on purpose.
    [InlineData("emploie", "emploi")]
    [InlineData("counselor", "counsellor")]
    public void NormalizeCorrectsMisspeltDomainWords(string input, string expected)
    {
        var token = Assert.Single(UnderstandingFixture.Normalize(input).Tokens);
        Assert.Equal(expected, token.Text);
        Assert.True(token.Corrected);
        Assert.Equal(input, token.Source);
    }

    [Theory]
    [InlineData("licencié")]
    [InlineData("exactement")]
    [InlineData("stagiaire")]
    [InlineData("présentiel")]
    [InlineData("bonjour")]
    // Ordinary words near a domain word: "demande" is not "demandeur", "tardif" not "tarif", "hiver" not "hier".
    [InlineData("demande")]
    [InlineData("famille")]
    [InlineData("partie")]
    [InlineData("tardif")]
    [InlineData("hiver")]
    // "et la suivante ?" is a follow-up: a phrase with "suivantes" must not turn it into another word.
    [InlineData("suivante")]
    [InlineData("suivant")]
    [InlineData("argent")]
    [InlineData("count")]
    [InlineData("found")]
    [InlineData("feels")]
    [InlineData("playing")]
    // "je rentre en licence": a verb, not a misspelt "rentrée".
    [InlineData("rentre")]
    public void NormalizeLeavesOrdinaryWordsAlone(string input)
    {
        var token = Assert.Single(UnderstandingFixture.Normalize(input).Tokens);
        Assert.False(token.Corrected);
    }

    [Fact]
    public void NormalizeDropsControlCharactersThatTheBaseFoldingWouldReadAsLigatures()
    {
        Assert.Equal("a b", FrenchNormalizer.Fold("a\0b"));
        Assert.Equal("a b", FrenchNormalizer.Fold("a\u0001b"));
    }

    [Fact]
    public void NormalizeOfEmptyOrNullTextHasNoTokens()
    {
        Assert.Empty(UnderstandingFixture.Normalize("").Tokens);
        Assert.Empty(UnderstandingFixture.Recognizer.Normalizer.Normalize(null).Tokens);
        Assert.Empty(UnderstandingFixture.Normalize("?!… 🎓").Tokens);
    }
}
