using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Queries;

namespace Cnam.Bot.Tests.Knowledge;

/// <summary>Figures of the source documents, asserted against the shipped knowledge base (issue 3).</summary>
public class ShippedFactsTests(ShippedKnowledgeFixture fixture) : IClassFixture<ShippedKnowledgeFixture>
{
    private const string Seed000 = "000_ff8f371e9c43fa3c.txt";
    private const string Seed003 = "003_91b5e58c8b8366c5.txt";
    private const string Seed004 = "004_d7f18dd749d20233.txt";

    private readonly KnowledgeBase _kb = fixture.Knowledge;

    // Seed 000, "Modalités de formation et tarifs": every line of the LP110 table.
    [Theory]
    [InlineData("insertion-pro", "jour", 1, "employeur", 8300, "total")]
    [InlineData("insertion-pro", "jour", 1, "tiers-payeur", 8300, "total")]
    [InlineData("insertion-pro", "jour", 1, "pole-emploi", 8300, "total")]
    [InlineData("insertion-pro", "jour", 1, "cpf", 5950, "total")]
    [InlineData("insertion-pro", "jour", 1, "individuel", 4150, "total")]
    [InlineData("insertion-pro", "soir", 1, "employeur", 3000, "par-an")]
    [InlineData("insertion-pro", "soir", 1, "pole-emploi", 3000, "par-an")]
    [InlineData("insertion-pro", "soir", 1, "tiers-payeur", 3000, "par-an")]
    [InlineData("insertion-pro", "soir", 2, "employeur", 1500, "par-an")]
    [InlineData("insertion-pro", "soir", 2, "pole-emploi", 1500, "par-an")]
    [InlineData("insertion-pro", "soir", 2, "tiers-payeur", 1500, "par-an")]
    [InlineData("insertion-pro", "soir", 1, "individuel", 820, "par-an")]
    [InlineData("insertion-pro", "soir", 2, "individuel", 410, "par-an")]
    [InlineData("insertion-culture", "soir", 1, "employeur", 3000, "par-an")]
    [InlineData("insertion-culture", "soir", 2, "tiers-payeur", 1500, "par-an")]
    [InlineData("insertion-culture", "soir", 1, "individuel", 820, "par-an")]
    [InlineData("insertion-culture", "soir", 2, "individuel", 410, "par-an")]
    public void Lp110TariffTableMatchesDocument000(string parcours, string modality, int years, string funding, int amount, string unit)
    {
        var tariffs = _kb.FindTariffs(new TariffQuery("LP110", "Paris", modality, funding, years, "formation", parcours));
        var tariff = Assert.Single(tariffs);
        Assert.Equal(amount, tariff.Amount);
        Assert.Equal(unit, tariff.Unit);
        Assert.Equal(Seed000, tariff.Source);
        Assert.Equal("2022-2023", tariff.ValidFor);
        Assert.NotNull(tariff.SourceTitle);
    }

    [Fact]
    public void Lp110DayCourseIsNotOfferedForTheCultureParcours()
    {
        Assert.Empty(_kb.FindTariffs(new TariffQuery("LP110", "Paris", "jour", Parcours: "insertion-culture")));
    }

    // Seed 003, tarifs 2016-2017 of the CASP (CPN42) in Paris.
    [Theory]
    [InlineData("soir", "employeur", "formation", "144", "par-credit")]
    [InlineData("soir", "dif", "formation", "650", "par-ue")]
    [InlineData("soir", "cpf", "formation", "30", "par-heure")]
    [InlineData("soir", "demandeur-emploi", "formation", "9.15", "par-heure")]
    [InlineData("soir", "individuel", "droit-inscription", "150", "par-an")]
    [InlineData("soir", "individuel", "formation", "14", "par-credit")]
    [InlineData("jour", "employeur", "formation", "11952", "total")]
    [InlineData("jour", "individuel", "formation", "5976", "total")]
    [InlineData("jour", "demandeur-emploi", "formation", "5976", "total")]
    public void CaspParisTariffsMatchDocument003(string modality, string funding, string kind, string amount, string unit)
    {
        var tariff = Assert.Single(_kb.FindTariffs(new TariffQuery("CPN42", "Paris", modality, funding, Kind: kind)));
        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), tariff.Amount);
        Assert.Equal(unit, tariff.Unit);
        Assert.Equal(Seed003, tariff.Source);
        Assert.Equal("2016-2017", tariff.ValidFor);
    }

    [Fact]
    public void CaspCreditsConvertToHoursAsDocument003Says()
    {
        var hours = _kb.CreditHours().ToDictionary(c => c.Credits, c => c.Hours);
        Assert.Equal(60, hours[8]);
        Assert.Equal(45, hours[6]);
        Assert.Equal(30, hours[4]);
    }

    // Seed 004, La Réunion 2016-2017: the tariff table and the validation fees.
    [Theory]
    [InlineData("individuel", "frais-dossier", "18", "forfait")]
    [InlineData("demandeur-emploi", "frais-dossier", "18", "forfait")]
    [InlineData("individuel", "droit-inscription", "100", "par-an")]
    [InlineData("demandeur-emploi", "droit-inscription", "100", "par-an")]
    [InlineData("individuel", "formation", "60", "par-ects")]
    [InlineData("demandeur-emploi-cat-1-4", "formation", "8", "par-ects")]
    [InlineData("demandeur-emploi-cat-5-8", "formation", "30", "par-ects")]
    [InlineData("individuel", "rapport", "152", "forfait")]
    [InlineData("demandeur-emploi", "rapport", "152", "forfait")]
    public void ReunionTariffsMatchDocument004(string funding, string kind, string amount, string unit)
    {
        var tariffs = _kb.FindTariffs(new TariffQuery("CPN42", "La Réunion", Kind: kind))
            .Where(t => t.Funding == funding && t.Modality != "foad").ToList();
        var tariff = Assert.Single(tariffs);
        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), tariff.Amount);
        Assert.Equal(unit, tariff.Unit);
        Assert.Equal(Seed004, tariff.Source);
        Assert.Equal("2016-2017", tariff.ValidFor);
    }

    [Theory]
    [InlineData("foad", "formation", "200", "par-ue")]
    [InlineData(null, "validation", "1200", "forfait")]
    public void ReunionDistanceAndValidationFeesMatchDocument004(string? modality, string kind, string amount, string unit)
    {
        var tariffs = _kb.FindTariffs(new TariffQuery("CP29", "reunion", modality, Kind: kind));
        Assert.Contains(tariffs, t => t.Amount == decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) && t.Unit == unit);
    }

    [Theory]
    [InlineData("VAE", "1200")]
    [InlineData("VAP85", "520")]
    [InlineData("VES", "300")]
    public void ReunionValidationFeesMatchDocument004(string route, string amount)
    {
        var tariffs = _kb.FindTariffs(new TariffQuery(Centre: "La Réunion", Kind: "validation"));
        Assert.Contains(tariffs, t => t.Label!.Contains(route, StringComparison.Ordinal)
            && t.Amount == decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ReunionRegistrationFeeTotalIs118Euros()
    {
        Assert.Contains(_kb.FindTariffs(new TariffQuery(Centre: "La Réunion", Kind: "frais-dossier")), t => t.Amount == 118);
    }

    // ECTS of every UE, from seed 000 (LP110), 003 (Paris CASP/CP29) and 004 (La Réunion).
    [Theory]
    [InlineData("TRS103", 4)]
    [InlineData("TRS102", 4)]
    [InlineData("AST107", 4)]
    [InlineData("CCE105", 4)]
    [InlineData("CCE113", 4)]
    [InlineData("ANG200", 6)]
    [InlineData("ANG320", 6)]
    [InlineData("UASO08", 14)]
    [InlineData("AST113", 4)]
    [InlineData("AST118", 4)]
    [InlineData("TRS104", 6)]
    [InlineData("TRS107", 6)]
    [InlineData("CCE106", 6)]
    [InlineData("CCE107", 4)]
    [InlineData("CCE108", 4)]
    [InlineData("CCE109", 6)]
    [InlineData("TET099", 6)]
    [InlineData("AST004", 6)]
    [InlineData("TRS001", 6)]
    [InlineData("CCE001", 4)]
    [InlineData("TET003", 8)]
    [InlineData("TET007", 6)]
    [InlineData("AST005", 6)]
    [InlineData("TRS002", 6)]
    [InlineData("CCE003", 4)]
    [InlineData("AST002", 6)]
    [InlineData("PSY001", 4)]
    [InlineData("UEV010", 6)]
    [InlineData("TET006", 4)]
    [InlineData("UASO03", 30)]
    [InlineData("UA211G", 16)]
    [InlineData("UASO04", 6)]
    [InlineData("UA2322", 18)]
    public void UeCarriesTheEctsOfItsDocument(string code, int ects)
    {
        var ue = _kb.GetUe(code);
        Assert.NotNull(ue);
        Assert.Equal(ects, ue.Ects);
        Assert.False(string.IsNullOrWhiteSpace(ue.Source));
        Assert.False(string.IsNullOrWhiteSpace(ue.ValidFor));
    }

    [Fact]
    public void Lp110TotalsSixtyEctsPerParcours()
    {
        // Tronc commun (one English UE out of two) plus four UE of the parcours: 60 ECTS, as seed 000 states.
        foreach (var parcours in new[] { "insertion-pro", "insertion-culture" })
        {
            var units = _kb.UnitsOf("LP110", "Paris", parcours).Where(u => u.Code != "ANG320").ToList();
            Assert.Equal(60, units.Sum(u => u.Ects));
        }
    }

    // Internship durations: 560 h for the licence (001, 002), 3 months (CASP) and a month and a half (CP29, 004).
    [Fact]
    public void Lp110InternshipLasts560Hours()
    {
        var internships = _kb.Internships("LP110", "Paris");
        Assert.NotEmpty(internships);
        Assert.All(internships, i => Assert.Equal(560, i.Hours));
        Assert.Contains(internships, i => i.Source == "001_f0a6d4a121757af2.txt");
        Assert.Contains(internships, i => i.Source == "002_fb001ef2ac1f877d.txt");
    }

    [Theory]
    [InlineData("CPN42", "Paris", "3 mois")]
    [InlineData("CPN42", "La Réunion", "3 mois")]
    [InlineData("CP29", "La Réunion", "1 mois et demi")]
    public void TitleAndCertificateInternshipDurationsMatchTheDocuments(string programme, string centre, string duration)
    {
        var internship = Assert.Single(_kb.Internships(programme, centre));
        Assert.Contains(duration, internship.Duration, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryRecordCarriesItsProvenance()
    {
        var records = new[] { "LP110", "CPN42", "CP29" }.SelectMany(c => _kb.Programmes(c)).Cast<Cnam.Bot.Knowledge.Model.Record>()
            .Concat(_kb.Ues()).Concat(_kb.FindTariffs(new TariffQuery())).Concat(_kb.Contacts()).Concat(_kb.KeyDates());
        Assert.All(records, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Source));
            Assert.False(string.IsNullOrWhiteSpace(r.ValidFor));
            Assert.NotNull(r.SourceTitle);
        });
    }

    [Fact]
    public void ReunionKeyDatesAreLoaded()
    {
        var dates = _kb.KeyDates("La Réunion");
        Assert.Contains(dates, k => k.Date == new DateOnly(2016, 9, 19) || k.From == new DateOnly(2016, 9, 19));
        Assert.All(dates, k => Assert.Equal("004_d7f18dd749d20233.txt", k.Source));
    }

    [Fact]
    public void TheUnitsOfAnUeAreFoundInEveryProgrammeThatHasItInFileOrder()
    {
        var units = _kb.UnitsOfUe("tet099");

        Assert.Equal(["CPN42 Paris", "CP29 Paris", "CPN42 La Réunion", "CP29 La Réunion"], units.Select(u => $"{u.Programme.Code} {u.Programme.Centre}"));
        Assert.All(units, u => Assert.Equal("TET099", u.Code));
        Assert.Empty(_kb.UnitsOfUe("XYZ999"));
    }

    // Seed 003 presents both the titre and the certificate at Paris: its sheets are the CP29's there too.
    [Theory]
    [InlineData("CP29", "Paris", Seed003)]
    [InlineData("CPN42", "Paris", Seed003)]
    [InlineData("LP110", "Paris", Seed000)]
    [InlineData("CP29", "La Réunion", Seed004)]
    public void TheRegistrationSheetsOfAProgrammeAreThoseOfTheDocumentThatPresentsItThere(string programme, string centre, string source)
    {
        var sheets = _kb.RegistrationInDocumentOf(centre, programme);

        Assert.NotEmpty(sheets);
        Assert.All(sheets, x => Assert.Equal(source, x.Source));
        Assert.Empty(_kb.RegistrationInDocumentOf("La Réunion", "LP110"));
    }

    [Fact]
    public void TheCp29AtParisSharesTheRegistrationSheetsOfTheDocumentPresentingIt()
    {
        // Seed 003 presents the CASP and the CP29: its admission and open days hold for both; not for the licence (000).
        Assert.Equal(["paris-casp-portes-ouvertes", "paris-casp-admission-jour"], _kb.Registration("Paris", "CP29").Select(s => s.Id));
        Assert.Equal(["paris-casp-admission-jour"], _kb.Registration("Paris", "CP29", "admission").Select(s => s.Id));
        Assert.Equal(["lp110-reunions-information"], _kb.Registration("Paris", "LP110").Select(s => s.Id));
        Assert.Equal(["paris-casp-portes-ouvertes", "paris-casp-admission-jour"], _kb.Registration("Paris", "CPN42").Select(s => s.Id));
    }

    /// <summary>
    /// Notes and texts are shown to users ("Le document 003 décrit…" meant nothing to them): a document is named by what
    /// it is ("la brochure du Cnam Paris"), its number left to the YAML comments and the source lines.
    /// </summary>
    [Fact]
    public void NoShownTextNamesADocumentByItsNumber()
    {
        var numbered = Directory.EnumerateFiles(KnowledgeTestData.Shipped, "*.yaml", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (File: Path.GetFileName(file), Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith('#')
                && System.Text.RegularExpressions.Regex.IsMatch(l.Text.Split(" #")[0], @"\bdocuments? 00\d", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}");
        Assert.Empty(numbered);
    }
}
