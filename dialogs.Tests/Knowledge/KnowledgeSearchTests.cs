using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Queries;

namespace Cnam.Bot.Tests.Knowledge;

public class KnowledgeSearchTests(ShippedKnowledgeFixture fixture) : IClassFixture<ShippedKnowledgeFixture>
{
    private readonly KnowledgeBase _kb = fixture.Knowledge;

    [Theory]
    [InlineData("Des ateliers pédagogiques")]
    [InlineData("des ATELIERS PEDAGOGIQUES")]
    [InlineData("l'atelier pédagogique")]
    public void SearchIgnoresAccentsCaseElisionsAndPlurals(string query)
    {
        var kb = KnowledgeBase.Load(KnowledgeTestData.Mini);
        var hit = kb.Search(query)[0];
        Assert.Equal("fact:ateliers", hit.Id);
        Assert.Equal("doc-a.txt", hit.Source);
        Assert.Equal("Document A", hit.SourceTitle);
        Assert.Equal("2022-2023", hit.ValidFor);
    }

    [Fact]
    public void SearchCoversTariffsWithTheirProvenance()
    {
        var hits = _kb.Search("tarif licence cours du soir financement individuel", new SearchFilter(Kinds: ["tariff"]));
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("tariff", h.Kind));
        Assert.Contains(hits, h => h.Text.Contains("820", StringComparison.Ordinal) && h.Source == "000_ff8f371e9c43fa3c.txt");
    }

    [Fact]
    public void AProgrammesJobsEntryHoldsOnlyThePartsTheDocumentsGive()
    {
        // The certificate names its audience but no job, sector or structure: no "Métiers : ." in what a fallback may quote.
        var hits = _kb.Search("CP29 public visé métiers secteurs structures", new SearchFilter("CP29", Kinds: ["programme"]), top: 20);
        Assert.Contains(hits, h => h.Id.EndsWith(":metiers", StringComparison.Ordinal));
        Assert.All(hits, h => Assert.DoesNotContain(" : .", h.Text, StringComparison.Ordinal));
        Assert.All(hits, h => Assert.DoesNotContain("..", h.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void SearchCoversSessions()
    {
        var hits = _kb.Search("UASO08 séance", new SearchFilter("LP110", Modality: "soir", Kinds: ["session"]), top: 20);
        Assert.All(hits.Take(7), h => Assert.Contains("UASO08", h.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("UASO08", hits[7].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void SearchFiltersByCentre()
    {
        var hits = _kb.Search("frais de dossier", new SearchFilter(Centre: "La Réunion"), top: 10);
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.True(h.Centre is null || h.Centre == "La Réunion", h.Text));
    }

    [Fact]
    public void PrefixOfAWordStillFindsIt()
    {
        Assert.NotEmpty(_kb.Search("inscri", top: 3));
    }
}
