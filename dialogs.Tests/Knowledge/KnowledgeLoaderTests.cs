using System.Diagnostics;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Loading;
using Cnam.Bot.Knowledge.Queries;
using LiteDB;
using Xunit.Abstractions;

namespace Cnam.Bot.Tests.Knowledge;

public class KnowledgeLoaderTests(ITestOutputHelper log)
{
    [Fact]
    public void FileDefaultsFillProvenanceAndCentre()
    {
        var kb = KnowledgeBase.Load(KnowledgeTestData.Mini);
        var tariff = Assert.Single(kb.FindTariffs(new TariffQuery("LP110")));
        Assert.Equal("doc-a.txt", tariff.Source);
        Assert.Equal("2022-2023", tariff.ValidFor);
        Assert.Equal("Paris", tariff.Centre);
        Assert.Equal("Document A", tariff.SourceTitle);
        Assert.Equal("catalogue.yaml", tariff.File);
    }

    [Fact]
    public void ProgrammeEctsOverridesTheCatalogue()
    {
        var kb = KnowledgeBase.Load(KnowledgeTestData.Mini);
        var units = kb.UnitsOf("licence pro", "Paris", "insertion-pro");
        Assert.Equal(5, units.Single(u => u.Code == "AST118").Ects);
        Assert.Equal(4, units.Single(u => u.Code == "TRS103").Ects);
    }

    [Fact]
    public void DatabaseIsRebuiltOnlyWhenTheFilesChange()
    {
        var copy = KnowledgeTestData.CopyOf(KnowledgeTestData.Mini);
        using var db = new LiteDatabase(new MemoryStream());
        Assert.True(KnowledgeBase.Open(copy, db).Rebuilt);
        var reopened = KnowledgeBase.Open(copy, db);
        Assert.False(reopened.Rebuilt);
        Assert.Equal(820, Assert.Single(reopened.FindTariffs(new TariffQuery("LP110"))).Amount);
        Assert.Equal(2, reopened.Sessions(new SessionQuery("LP110")).Count);

        KnowledgeTestData.Replace(Path.Combine(copy, "catalogue.yaml"), "amount: 820", "amount: 830");
        var changed = KnowledgeBase.Open(copy, db);
        Assert.True(changed.Rebuilt);
        Assert.Equal(830, Assert.Single(changed.FindTariffs(new TariffQuery("LP110"))).Amount);
    }

    [Fact]
    public void BrokenFilesAreNeverLoadedAndTheDatabaseKeepsItsLastGoodCopy()
    {
        var copy = KnowledgeTestData.CopyOf(KnowledgeTestData.Mini);
        using var db = new LiteDatabase(new MemoryStream());
        var good = KnowledgeBase.Open(copy, db);
        KnowledgeTestData.Replace(Path.Combine(copy, "planning.yaml"), "ue: AST118", "ue: AST999");
        var error = Assert.Throws<KnowledgeValidationException>(() => KnowledgeBase.Open(copy, db));
        Assert.Contains(error.Problems, p => p.File == "planning.yaml" && p.Message.Contains("AST999", StringComparison.Ordinal));
        Assert.Equal(good.SourceHash, KnowledgeDatabase.StoredHash(db));
    }

    [Fact]
    public void AKeyWrittenTwiceInOneRecordIsRefusedNotSilentlyOverwritten()
    {
        var copy = KnowledgeTestData.CopyOf(KnowledgeTestData.Mini);
        KnowledgeTestData.Replace(Path.Combine(copy, "catalogue.yaml"), "    amount: 820", "    amount: 820\n    amount: 830");

        var error = Assert.Throws<KnowledgeValidationException>(() => KnowledgeBase.Load(copy));

        Assert.Contains(error.Problems, p => p.File == "catalogue.yaml");
    }

    [Fact]
    public void LoadingIsDeterministic()
    {
        var a = KnowledgeBase.Load(KnowledgeTestData.Shipped);
        var b = KnowledgeBase.Load(KnowledgeTestData.Shipped);
        Assert.Equal(a.Stats().Counts, b.Stats().Counts);
        Assert.Equal(
            a.Search("stage convention").Select(h => h.Id),
            b.Search("stage convention").Select(h => h.Id));
        Assert.Equal(KnowledgeDatabase.ComputeHash(KnowledgeTestData.Shipped), KnowledgeDatabase.ComputeHash(KnowledgeTestData.Shipped));
    }

    [Fact]
    public void LoadTimeOfTheWholeKnowledgeBaseIsLogged()
    {
        // Benchmark-style figure for the report, no assertion on time: YAML + validation + LiteDB build, then reopen.
        var watch = Stopwatch.StartNew();
        using var db = new LiteDatabase(new MemoryStream());
        var built = KnowledgeBase.Open(KnowledgeTestData.Shipped, db);
        var buildMs = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var reopened = KnowledgeBase.Open(KnowledgeTestData.Shipped, db);
        var reopenMs = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var yamlOnly = KnowledgeBase.Load(KnowledgeTestData.Shipped);
        var yamlMs = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        for (var i = 0; i < 100; i++)
        {
            reopened.Search("combien coûte la licence en cours du soir");
            reopened.Sessions(new SessionQuery("LP110", "insertion-pro", "soir", "TRS103"));
        }
        var queryMs = watch.Elapsed.TotalMilliseconds / 100;
        log.WriteLine($"KB load: build {buildMs:0} ms (YAML+validation+LiteDB write), reopen {reopenMs:0} ms (LiteDB read + index), " +
            $"YAML only {yamlMs:0} ms; one search + one session query {queryMs:0.000} ms; {reopened.Stats().SearchEntries} search entries");
        Assert.True(built.Rebuilt);
        Assert.False(reopened.Rebuilt);
        Assert.Equal(built.Stats().Counts, yamlOnly.Stats().Counts);
    }
}
