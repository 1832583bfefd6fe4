using Cnam.Bot.Knowledge.Staff;

namespace Cnam.Bot.Tests.Knowledge;

/// <summary><c>kb check</c> on the shipped data and on broken copies: exit code and <c>file:line: what</c>.</summary>
public class KbCommandTests
{
    private static (int Code, string Output) Kb(string dataDirectory, params string[] args)
    {
        var output = new StringWriter();
        var code = KbCommand.Run(args, dataDirectory, null, output);
        return (code, output.ToString());
    }

    [Fact]
    public void CheckPassesOnTheShippedData()
    {
        var (code, output) = Kb(KnowledgeTestData.Shipped, "check");
        Assert.True(code == 0, output);
        Assert.StartsWith("OK", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckReportsAWrongWeekdayWithFileAndLine()
    {
        var copy = KnowledgeTestData.CopyOf(KnowledgeTestData.Shipped);
        var file = Path.Combine(copy, "plannings", "lp110-paris-soir-insertion-pro-2022-2023.yaml");
        var line = KnowledgeTestData.Replace(file, "{ date: 2022-10-03, weekday: L,", "{ date: 2022-10-03, weekday: V,");
        var (code, output) = Kb(copy, "check");
        Assert.Equal(1, code);
        Assert.Contains($"plannings/lp110-paris-soir-insertion-pro-2022-2023.yaml:{line}: le 2022-10-03 est un lundi, pas « V »", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckReportsAnUnknownUeInAPlanning()
    {
        var copy = KnowledgeTestData.CopyOf(KnowledgeTestData.Shipped);
        var file = Path.Combine(copy, "plannings", "lp110-paris-jour-insertion-pro-2022-2023.yaml");
        var line = KnowledgeTestData.Replace(file, "ue: TRS103 }", "ue: TRS999 }");
        var (code, output) = Kb(copy, "check");
        Assert.Equal(1, code);
        Assert.Contains($"plannings/lp110-paris-jour-insertion-pro-2022-2023.yaml:{line}: séance du 2022-11-16 : UE « TRS999 » absente de ues.yaml", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckReportsAParcoursInAModalityItsProgrammeDoesNotHave()
    {
        var copy = KnowledgeTestData.CopyOf(KnowledgeTestData.Shipped);
        KnowledgeTestData.Replace(Path.Combine(copy, "programmes.yaml"), "        modalities: [soir]\n", "        modalities: [soir, distance]\n");
        var (code, output) = Kb(copy, "check");
        Assert.Equal(1, code);
        Assert.Contains("parcours insertion-culture en modalité « distance », que le programme n'a pas", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckReportsATariffWithoutUnitOrYear()
    {
        var copy = KnowledgeTestData.CopyOf(KnowledgeTestData.Mini);
        var file = Path.Combine(copy, "catalogue.yaml");
        KnowledgeTestData.Replace(file, "    unit: par-an\n", "");
        var line = KnowledgeTestData.Replace(file, "  - id: lp110-soir-individuel", "  - id: lp110-soir-individuel");
        KnowledgeTestData.Replace(file, "  validFor: \"2022-2023\"\n", "");
        var (code, output) = Kb(copy, "check");
        Assert.Equal(1, code);
        Assert.Contains($"catalogue.yaml:{line - 1}: tarif lp110-soir-individuel : tarif sans unité (unit)", output, StringComparison.Ordinal);
        Assert.Contains($"catalogue.yaml:{line - 1}: tarif lp110-soir-individuel : tarif sans année (validFor)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckReportsAnUnknownKeyWithItsLine()
    {
        var copy = KnowledgeTestData.CopyOf(KnowledgeTestData.Mini);
        var line = KnowledgeTestData.Replace(Path.Combine(copy, "catalogue.yaml"), "    amount: 820", "    amout: 820");
        var (code, output) = Kb(copy, "check");
        Assert.Equal(1, code);
        Assert.Contains($"catalogue.yaml:{line}: clé inconnue « amout »", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckReportsADuplicateUeCode()
    {
        var copy = KnowledgeTestData.CopyOf(KnowledgeTestData.Mini);
        var line = KnowledgeTestData.Replace(Path.Combine(copy, "catalogue.yaml"), "{ code: AST118, title", "{ code: TRS103, title");
        var (code, output) = Kb(copy, "check");
        Assert.Equal(1, code);
        Assert.Contains($"catalogue.yaml:{line}: UE « TRS103 » en double (déjà défini en catalogue.yaml:{line - 1})", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckReportsAMissingSourceAndABrokenReference()
    {
        var copy = KnowledgeTestData.CopyOf(KnowledgeTestData.Mini);
        var file = Path.Combine(copy, "planning.yaml");
        KnowledgeTestData.Replace(file, "  source: doc-a.txt\n", "  source: doc-z.txt\n");
        var (code, output) = Kb(copy, "check");
        Assert.Equal(1, code);
        Assert.Contains("planning.yaml:2: planning mini-soir : source « doc-z.txt » absente de sources.yaml", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckReportsAnInvalidDate()
    {
        var copy = KnowledgeTestData.CopyOf(KnowledgeTestData.Mini);
        var line = KnowledgeTestData.Replace(Path.Combine(copy, "planning.yaml"), "date: 2022-10-05", "date: 2022-02-30");
        var (code, output) = Kb(copy, "check");
        Assert.Equal(1, code);
        Assert.Contains($"planning.yaml:{line}: date « 2022-02-30 » invalide", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowPrintsAUeWithWhereItIsTaught()
    {
        var (code, output) = Kb(KnowledgeTestData.Shipped, "show", "UASO08");
        Assert.Equal(0, code);
        Assert.Contains("ects: 14", output, StringComparison.Ordinal);
        Assert.Contains("lp110-paris-soir-insertion-pro-2022-2023 : 7 séance(s), du 18/11/2022 au 26/05/2023", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowOfAnUnknownCodeFails()
    {
        Assert.Equal(1, Kb(KnowledgeTestData.Shipped, "show", "XYZ999").Code);
    }

    [Fact]
    public void StatsCountsTheRecords()
    {
        var (code, output) = Kb(KnowledgeTestData.Mini, "stats");
        Assert.Equal(0, code);
        Assert.Contains("sessions               2", output, StringComparison.Ordinal);
    }
}
