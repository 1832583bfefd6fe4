using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Search;

namespace Cnam.Bot.Tests.Knowledge;

/// <summary>The abbreviations the documents spell out, found in the shipped knowledge base.</summary>
public class AbbreviationTests(ShippedKnowledgeFixture fixture) : IClassFixture<ShippedKnowledgeFixture>
{
    private readonly KnowledgeBase _kb = fixture.Knowledge;

    [Theory]
    [InlineData("CIP", "conseiller en insertion professionnelle", "000_ff8f371e9c43fa3c.txt")]
    [InlineData("ECTS", "European Credit Transfer System", "000_ff8f371e9c43fa3c.txt")]
    [InlineData("UE", "Unité d'Enseignement", "000_ff8f371e9c43fa3c.txt")]
    [InlineData("UA", "Unité d'Activité", "000_ff8f371e9c43fa3c.txt")]
    [InlineData("RNCP", "Répertoire National des Certifications Professionnelles", "000_ff8f371e9c43fa3c.txt")]
    // Written after its long form, with a small word that gives a letter.
    [InlineData("FOAD", "formation ouverte à distance", "004_d7f18dd749d20233.txt")]
    public void AnAbbreviationSpeltOutInTheDocumentsIsFoundWithItsSource(string shortForm, string longForm, string source)
    {
        var a = Assert.Single(_kb.Abbreviations(), a => a.Short == shortForm);
        Assert.Equal(longForm, a.Long);
        Assert.Equal(source, a.Source);
        Assert.Contains(shortForm, a.Sentence, StringComparison.Ordinal);
        Assert.NotNull(a.ValidFor);
    }

    [Theory]
    // Its letters not spelt by its gloss, the documents' own words taken: three words or more, starting with its first letter.
    [InlineData("Opca", "organisme collecteur des cotisations de formation")]
    // Written in lower case after its long form.
    [InlineData("Cif", "congé individuel de formation")]
    public void AShortFormTheDocumentsGlossIsFoundWithTheirWords(string shortForm, string longForm) =>
        Assert.Equal(longForm, Assert.Single(_kb.Abbreviations(), a => a.Short == shortForm).Long);

    [Fact]
    public void AParenthesisThatIsNoGlossGivesNoAbbreviation()
    {
        // "BIJ (information jeunesse)" is two words; "Cnam (se rapprocher du service accueil)" does not start with its letter;
        // "UE (tarification hors FOAD)" is a remark on a UE, which the documents spell out elsewhere.
        Assert.DoesNotContain(_kb.Abbreviations(), a => a.Short is "BIJ" or "Cnam" or "ROME");
        Assert.Equal("Unité d'Enseignement", Assert.Single(_kb.Abbreviations(), a => a.Short == "UE").Long);
    }

    [Theory]
    [InlineData("ECTS", "European Credit Transfer System", true)]
    [InlineData("VAE", "validation des acquis de l'expérience", true)]
    [InlineData("FOAD", "formation ouverte à distance", true)]
    // A parenthesis that is not the long form: another code, a level, a comment.
    [InlineData("RNCP", "CPN42", false)]
    [InlineData("III", "bac+2", false)]
    [InlineData("UE", "hors unités d'activité", false)]
    [InlineData("BIJ", "information jeunesse", false)]
    public void ALongFormSpellsTheAbbreviationByItsInitials(string shortForm, string longForm, bool spells) =>
        Assert.Equal(spells, AbbreviationFinder.Spells(shortForm, longForm));
}
