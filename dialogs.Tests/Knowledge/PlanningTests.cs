using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Import;
using Cnam.Bot.Knowledge.Queries;

namespace Cnam.Bot.Tests.Knowledge;

/// <summary>The LP110 calendars 2022-2023 decoded from seed 000, checked against the printed grids.</summary>
public class PlanningTests(ShippedKnowledgeFixture fixture) : IClassFixture<ShippedKnowledgeFixture>
{
    private readonly KnowledgeBase _kb = fixture.Knowledge;

    // First and last session of each UE, read by eye from the grids of seed 000 (lines 126-156 and 177-207).
    [Theory]
    [InlineData("soir", "AST118", "2022-10-03", "2023-01-16")]
    [InlineData("soir", "AST113", "2022-10-04", "2023-01-17")]
    [InlineData("soir", "TRS103", "2022-10-05", "2023-01-18")]
    [InlineData("soir", "TRS102", "2022-10-06", "2023-01-19")]
    [InlineData("soir", "CCE113", "2022-11-04", "2023-06-02")]
    [InlineData("soir", "UASO08", "2022-11-18", "2023-05-26")]
    [InlineData("soir", "TRS107", "2023-02-06", "2023-06-05")]
    [InlineData("soir", "TRS104", "2023-02-07", "2023-06-06")]
    [InlineData("soir", "CCE105", "2023-02-01", "2023-06-07")]
    [InlineData("soir", "AST107", "2023-02-02", "2023-06-08")]
    [InlineData("jour", "CCE105", "2022-11-15", "2022-12-12")]
    [InlineData("jour", "TRS103", "2022-11-16", "2023-03-07")]
    [InlineData("jour", "AST107", "2022-11-17", "2023-01-23")]
    [InlineData("jour", "TRS102", "2022-11-18", "2023-01-09")]
    [InlineData("jour", "AST118", "2022-11-30", "2023-05-04")]
    [InlineData("jour", "AST113", "2022-12-08", "2023-02-07")]
    [InlineData("jour", "TRS104", "2022-12-15", "2023-06-27")]
    [InlineData("jour", "ANG200", "2022-12-16", "2023-06-02")]
    [InlineData("jour", "TRS107", "2023-01-11", "2023-06-26")]
    [InlineData("jour", "CCE113", "2023-01-30", "2023-06-28")]
    [InlineData("jour", "UASO08", "2023-05-03", "2023-06-30")]
    public void FirstAndLastSessionOfEachUeMatchTheGrid(string modality, string ue, string first, string last)
    {
        var sessions = _kb.Sessions(new SessionQuery("LP110", "insertion-pro", modality, ue));
        Assert.NotEmpty(sessions);
        Assert.Equal(DateOnly.Parse(first), sessions[0].Date);
        Assert.Equal(DateOnly.Parse(last), sessions[^1].Date);
        Assert.All(sessions, s => Assert.Equal("000_ff8f371e9c43fa3c.txt", s.Source));
        Assert.All(sessions, s => Assert.Equal("2022-2023", s.ValidFor));
    }

    [Fact]
    public void EveningUaso08DatesMatchTheGrid()
    {
        // The grid also shows UASO08 on Friday 31 March 2023 (line 156, only March has a Friday 31).
        var dates = _kb.Sessions(new SessionQuery("LP110", "insertion-pro", "soir", "UASO08")).Select(s => s.Date);
        Assert.Equal(
            ["2022-11-18", "2022-12-09", "2023-01-13", "2023-02-10", "2023-03-17", "2023-03-31", "2023-05-26"],
            dates.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void DayEnglishSessionsAreTheSixDaysOfAng200()
    {
        var sessions = _kb.Sessions(new SessionQuery("LP110", Modality: "jour", Ue: "ANG200"));
        Assert.Equal(6, sessions.Count);
        Assert.All(sessions, s => Assert.Contains("sous-groupes", s.Session.Note, StringComparison.Ordinal));
    }

    [Fact]
    public void MemoirSessionsCarryTheDefenceNote()
    {
        var sessions = _kb.Sessions(new SessionQuery("LP110", Modality: "jour", Ue: "CCE113"));
        Assert.All(sessions, s => Assert.Contains("20 novembre 2023", s.Session.Note, StringComparison.Ordinal));
    }

    [Fact]
    public void CellsOfALostColumnAreKeptWithTheirOtherPossibleDate()
    {
        // Line 126/127: February and March 2023 both start on a Wednesday and one cell is missing.
        var first = _kb.Sessions(new SessionQuery("LP110", Modality: "soir", Ue: "CCE105"))[0];
        Assert.Equal([new DateOnly(2023, 3, 1)], first.Session.AlsoPossible);
        var planning = Assert.Single(_kb.Plannings("LP110", "insertion-pro", "soir"));
        Assert.Contains(planning.Ambiguities, a => a.Where.EndsWith(":126", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("soir", "2022-11-01,2022-11-11,2022-12-25,2023-01-01,2023-04-10,2023-05-01,2023-05-08,2023-05-18,2023-05-29")]
    [InlineData("jour", "2022-11-01,2022-11-11,2022-12-25,2023-01-01,2023-04-10,2023-05-01,2023-05-08,2023-05-18,2023-05-29,2023-07-14")]
    public void HolidaysMatchTheGrid(string modality, string dates)
    {
        var holidays = _kb.Events(new EventQuery("LP110", "insertion-pro", modality, "ferie")).Select(e => e.Event.Date!.Value);
        Assert.Equal(dates.Split(',').Select(DateOnly.Parse), holidays);
    }

    [Fact]
    public void DayCalendarHasTheWelcomeDayAndTheWorkshops()
    {
        var welcome = Assert.Single(_kb.Events(new EventQuery("LP110", Modality: "jour", Kind: "accueil")));
        Assert.Equal(new DateOnly(2022, 11, 14), welcome.Event.Date);
        var workshops = _kb.Events(new EventQuery("LP110", Modality: "jour", Kind: "atelier")).Select(e => e.Event.Date!.Value);
        Assert.Equal(
            [new(2022, 11, 25), new(2022, 12, 2), new(2022, 12, 9), new(2023, 1, 6), new(2023, 1, 20), new(2023, 6, 29)],
            workshops);
    }

    [Fact]
    public void CultureParcoursPlanningIsRecordedAsMissingNotInvented()
    {
        var planning = Assert.Single(_kb.Plannings("LP110", "insertion-culture", "soir"));
        Assert.Empty(planning.Sessions);
        Assert.Contains(planning.Ambiguities, a => a.What.Contains("ne figure pas dans les documents", StringComparison.Ordinal));
        Assert.Empty(_kb.Sessions(new SessionQuery("LP110", "insertion-culture")));
    }

    [Fact]
    public void EveryPlanningDateMatchesItsWeekdayAndEveryUeExists()
    {
        var plannings = _kb.Plannings();
        Assert.NotEmpty(plannings);
        foreach (var planning in plannings)
        {
            foreach (var s in planning.Sessions)
            {
                Assert.True(FrenchCalendar.Matches(s.Date, s.Weekday), $"{planning.Id}: {s.Date} is not « {s.Weekday} »");
                Assert.NotNull(_kb.GetUe(s.Ue));
            }
            foreach (var e in planning.Events.Where(e => e.Date is not null && e.Weekday is not null))
            {
                Assert.True(FrenchCalendar.Matches(e.Date!.Value, e.Weekday!), $"{planning.Id}: {e.Date} is not « {e.Weekday} »");
            }
        }
    }

    [Fact]
    public void SessionsCanBeFilteredByDateRange()
    {
        var january = _kb.Sessions(new SessionQuery("LP110", "insertion-pro", "soir", From: new DateOnly(2023, 1, 9), To: new DateOnly(2023, 1, 13)));
        Assert.Equal(["AST118", "AST113", "TRS103", "TRS102", "UASO08"], january.Select(s => s.UeCode));
    }

    [Fact]
    public void ShippedPlanningsAreWhatTheImporterProduces()
    {
        var lines = File.ReadAllLines(KnowledgeTestData.Seed000);
        var plannings = PlanningGridDecoder.Decode(lines, "000_ff8f371e9c43fa3c.txt", PlanningImportOptions.Lp110Paris);
        Assert.Equal(3, plannings.Count);
        foreach (var planning in plannings)
        {
            var shipped = File.ReadAllText(Path.Combine(KnowledgeTestData.Shipped, "plannings", planning.Id + ".yaml"));
            Assert.Equal(shipped, PlanningYamlWriter.Write(planning, "Décodé de 000_ff8f371e9c43fa3c.txt par knowledge/tools/PlanningImporter."));
        }
    }
}
