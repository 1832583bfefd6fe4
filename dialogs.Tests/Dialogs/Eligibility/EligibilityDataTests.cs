using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Loading;
using Cnam.Bot.Knowledge.Text;
using Cnam.Bot.Tests.Knowledge;

namespace Cnam.Bot.Tests.Dialogs.Eligibility;

/// <summary>eligibility.yaml: every rule quotes its document word for word, and the loader refuses a broken rule.</summary>
public sealed class EligibilityDataTests(EligibilityFixture fixture) : IClassFixture<EligibilityFixture>
{
    private static readonly string Seeds = Path.Combine(AppContext.BaseDirectory, "Dialogs", "Eligibility", "TestData", "seeds");

    [Fact]
    public void EveryRuleQuotesItsSourceDocumentWordForWord()
    {
        var rules = fixture.Knowledge.Eligibility().SelectMany(b => b.Access.Concat(b.Internships).Concat(b.Requirements)
            .Concat(b.Admission).Concat(b.RecommendWhen).Append(b.Refusal!)).ToList();
        Assert.True(rules.Count >= 30, $"only {rules.Count} rules");
        foreach (var rule in rules)
        {
            var document = Flatten(File.ReadAllText(Path.Combine(Seeds, rule.Source!)));
            Assert.True(document.Contains(Flatten(rule.Quote), StringComparison.Ordinal), $"{rule.Id}: « {rule.Quote} » is not in {rule.Source}");
            Assert.False(string.IsNullOrWhiteSpace(rule.ValidFor), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.SourceTitle), rule.Id);
        }
    }

    [Fact]
    public void EveryProgrammeAndCentreOfTheAccessFileHasEligibilityRules()
    {
        var access = fixture.Knowledge.Access().Select(a => (a.Programme, a.Centre)).ToHashSet();
        var eligibility = fixture.Knowledge.Eligibility().Select(e => (e.Programme, e.Centre)).ToHashSet();
        Assert.Equal(access.OrderBy(x => x.ToString()), eligibility.OrderBy(x => x.ToString()));
    }

    [Theory]
    [InlineData("internship: cpn42-paris-stage\n", "internship: cpn42-paris-stag\n", "stage « cpn42-paris-stag » absent de internships.yaml")]
    [InlineData("route: vapp\n", "route: vap\n", "voie « vap » inconnue")]
    [InlineData("experienceFields: [insertion, accompagnement-social-professionnel], minMonths: 12 }", "experienceFields: [insertions], minMonths: 12 }", "domaine « insertions » inconnu")]
    [InlineData("      quote: \"Formation professionnelle accessible avec le niveau bac.\"\n    admission:", "    admission:", "quote manquant")]
    [InlineData("      contacts: [secretariat-rncp3, sylviane-latchman]\n", "      contacts: [secretariat-rncp4]\n", "contact « secretariat-rncp4 » absent de contacts.yaml")]
    public void ABrokenRuleIsReportedWithItsFileAndLine(string old, string replacement, string message)
    {
        var data = KnowledgeTestData.CopyOf(KnowledgeTestData.Shipped);
        try
        {
            var line = KnowledgeTestData.Replace(Path.Combine(data, "eligibility.yaml"), old, replacement);
            var problems = KnowledgeLoader.Load(data).Problems;
            Assert.Contains(problems, p => p.File == "eligibility.yaml" && p.Message.Contains(message, StringComparison.Ordinal) && Math.Abs(p.Line - line) < 40);
            Assert.Throws<KnowledgeValidationException>(() => KnowledgeBase.Load(data));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public void RulesSurviveTheLiteDbCopyWithTheirProvenance()
    {
        using var db = new LiteDB.LiteDatabase(new MemoryStream());
        KnowledgeBase.Open(KnowledgeTestData.Shipped, db);
        var reopened = KnowledgeBase.Open(KnowledgeTestData.Shipped, db);

        Assert.False(reopened.Rebuilt);
        var rule = reopened.Eligibility("LP110", "Paris").Single().Internships.Single();
        Assert.Equal(("lp110-stage-560h", "002_fb001ef2ac1f877d.txt", "lp110-stage-version-002"), (rule.Id, rule.Source, rule.Internship));
        Assert.Equal(12, rule.Unless!.MinMonths);
        Assert.NotNull(reopened.Find("lp110-acces-vapp").SingleOrDefault());
    }

    // Accents, case, punctuation, Markdown emphasis and line breaks of the extracted documents do not count.
    private static string Flatten(string? text) => string.Join(' ', FrenchText.Words(text));
}
