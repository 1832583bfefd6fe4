using Cnam.Bot.Calendar;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Model;
using Cnam.Bot.Tests.Knowledge;
using Ical.Net.CalendarComponents;
using IcalCalendar = Ical.Net.Calendar;

namespace Cnam.Bot.Tests.Calendar;

public sealed class PlanningCalendarTests(ShippedKnowledgeFixture fixture) : IClassFixture<ShippedKnowledgeFixture>
{
    private static readonly DateTimeOffset Stamp = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private readonly KnowledgeBase _kb = fixture.Knowledge;
    private readonly CalendarOptions _options = new();

    private IcalCalendar ParseBack(string modality, string? ue, string parcours = "insertion-pro")
    {
        var text = new PlanningCalendar(_kb, _options).Serialize(_kb.Plannings("LP110", parcours, modality), ue, Stamp);
        return IcalCalendar.Load(text) ?? throw new Xunit.Sdk.XunitException("The feed does not parse.");
    }

    private static List<CalendarEvent> Ordered(IcalCalendar calendar) => calendar.Events.OrderBy(e => e.DtStart!.AsUtc).ToList();

    [Theory]
    [InlineData("soir", "TRS102", 14, "2022-10-06", "2023-01-19")]
    [InlineData("soir", "TRS103", 14, "2022-10-05", "2023-01-18")]
    [InlineData("soir", "AST118", 14, "2022-10-03", "2023-01-16")]
    [InlineData("soir", "CCE105", 14, "2023-02-01", "2023-06-07")]
    [InlineData("jour", "TRS102", 6, "2022-11-18", "2023-01-09")]
    [InlineData("jour", "TRS103", 7, "2022-11-16", "2023-03-07")]
    [InlineData("jour", "AST118", 7, "2022-11-30", "2023-05-04")]
    [InlineData("jour", "CCE105", 6, "2022-11-15", "2022-12-12")]
    public void UeFeedParsesBackWithExactlyThePlanningsSessions(string modality, string ue, int count, string first, string last)
    {
        var events = Ordered(ParseBack(modality, ue));
        Assert.Equal(count, events.Count);
        Assert.Equal(DateOnly.Parse(first), events[0].DtStart!.Date);
        Assert.Equal(DateOnly.Parse(last), events[^1].DtStart!.Date);
        Assert.All(events, e => Assert.StartsWith(ue, e.Summary));
    }

    [Theory]
    [InlineData("soir", 132, "2022-10-03", "2023-06-08")]
    [InlineData("jour", 71, "2022-11-15", "2023-06-30")]
    public void WholePlanningFeedHasOneEventPerClassDay(string modality, int count, string first, string last)
    {
        var planning = Assert.Single(_kb.Plannings("LP110", "insertion-pro", modality));
        var events = Ordered(ParseBack(modality, null));
        Assert.Equal(count, events.Count);
        Assert.Equal(planning.Sessions.Count, events.Count);
        Assert.Equal(DateOnly.Parse(first), events[0].DtStart!.Date);
        Assert.Equal(DateOnly.Parse(last), events[^1].DtStart!.Date);
    }

    [Fact]
    public void EveningClassesAreAt18h15To21h15ParisTimeAcrossTheDaylightSavingChange()
    {
        var events = Ordered(ParseBack("soir", "TRS102"));
        Assert.All(events, e =>
        {
            Assert.Equal("Europe/Paris", e.DtStart!.TzId);
            Assert.Equal(new TimeOnly(18, 15), e.DtStart.Time);
            Assert.Equal(new TimeOnly(21, 15), e.DtEnd!.Time);
        });
        // 6 October 2022 is summer time (UTC+2), 17 November winter time (UTC+1).
        Assert.Equal(new DateTime(2022, 10, 6, 16, 15, 0, DateTimeKind.Utc), events[0].DtStart!.AsUtc);
        Assert.Equal(new DateTime(2022, 11, 17, 17, 15, 0, DateTimeKind.Utc), events.Single(e => e.DtStart!.Date == new DateOnly(2022, 11, 17)).DtStart!.AsUtc);
    }

    [Fact]
    public void DayClassesAreAt9h30To17h()
    {
        var first = Ordered(ParseBack("jour", "TRS102"))[0];
        Assert.Equal(new TimeOnly(9, 30), first.DtStart!.Time);
        Assert.Equal(new TimeOnly(17, 0), first.DtEnd!.Time);
    }

    [Fact]
    public void TheFeedCarriesAVTimeZoneThatCoversTheFirstClass()
    {
        var text = new PlanningCalendar(_kb, _options).Serialize(_kb.Plannings("LP110", "insertion-pro", "soir"), "TRS102", Stamp);
        var calendar = IcalCalendar.Load(text)!;
        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal("Europe/Paris", zone.TzId);
        Assert.Contains("BEGIN:VTIMEZONE", text);
        var block = text[text.IndexOf("BEGIN:VTIMEZONE", StringComparison.Ordinal)..text.IndexOf("END:VTIMEZONE", StringComparison.Ordinal)];
        var earliest = block.Split('\n').Where(l => l.StartsWith("DTSTART:", StringComparison.Ordinal)).Min(l => l.Trim()[8..16]);
        Assert.True(string.CompareOrdinal(earliest, "20221006") <= 0, $"The VTIMEZONE starts {earliest}, after the first class.");
    }

    [Fact]
    public void UidsAreUniqueAndStableFromOneDownloadToTheNext()
    {
        var builder = new PlanningCalendar(_kb, _options);
        var plannings = _kb.Plannings("LP110", "insertion-pro", "soir");
        var first = IcalCalendar.Load(builder.Serialize(plannings, null, Stamp))!.Events.Select(e => e.Uid).ToList();
        var later = IcalCalendar.Load(builder.Serialize(plannings, null, Stamp.AddDays(30)))!.Events.Select(e => e.Uid).ToList();
        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.Equal(first, later);
        Assert.Contains("lp110-paris-soir-insertion-pro-2022-2023-20221006-trs102@cnam-bot", first);
    }

    [Fact]
    public void HolidaysAreNotExported()
    {
        var text = new PlanningCalendar(_kb, _options).Serialize(_kb.Plannings("LP110", "insertion-pro", "soir"), null, Stamp);
        var dates = IcalCalendar.Load(text)!.Events.Select(e => e.DtStart!.Date).ToHashSet();
        Assert.DoesNotContain(new DateOnly(2022, 11, 11), dates);
        Assert.DoesNotContain(new DateOnly(2022, 11, 1), dates);
        Assert.DoesNotContain("Férié", text);
    }

    [Fact]
    public void ASessionOnAHolidayOrInAnInterruptionIsLeftOut()
    {
        var planning = Synthetic("Paris", "18h15 - 21h15", null,
            [new DateOnly(2024, 11, 8), new DateOnly(2024, 11, 11), new DateOnly(2024, 12, 23)],
            [
                new PlanningEvent { Date = new DateOnly(2024, 11, 11), Kind = "ferie", Label = "Férié" },
                new PlanningEvent { From = new DateOnly(2024, 12, 21), To = new DateOnly(2025, 1, 5), Kind = "interruption", Label = "Vacances" },
            ]);
        var events = IcalCalendar.Load(new PlanningCalendar(_kb, _options).Serialize([planning], null, Stamp))!.Events;
        Assert.Equal([new DateOnly(2024, 11, 8)], events.Select(e => e.DtStart!.Date));
    }

    [Fact]
    public void LaReunionClassesUseTheIndianReunionTimeZone()
    {
        var planning = Synthetic("La Réunion", "17h - 21h", null, [new DateOnly(2016, 9, 19)], []);
        var text = new PlanningCalendar(_kb, _options).Serialize([planning], null, Stamp);
        var calendar = IcalCalendar.Load(text)!;
        var e = Assert.Single(calendar.Events);
        Assert.Equal("Indian/Reunion", e.DtStart!.TzId);
        Assert.Equal("Indian/Reunion", Assert.Single(calendar.TimeZones).TzId);
        Assert.Equal(new DateTime(2016, 9, 19, 13, 0, 0, DateTimeKind.Utc), e.DtStart.AsUtc);
    }

    [Fact]
    public void ASaturdayWithoutHoursIsAnAllDayEventNotInventedHours()
    {
        var planning = Synthetic("Paris", "18h15 - 21h15", "cours en journée", [new DateOnly(2022, 10, 8)], []);
        var e = Assert.Single(IcalCalendar.Load(new PlanningCalendar(_kb, _options).Serialize([planning], null, Stamp))!.Events);
        Assert.True(e.IsAllDay);
        Assert.Equal(new DateOnly(2022, 10, 8), e.DtStart!.Date);
    }

    private static Planning Synthetic(string centre, string weekdays, string? saturday, DateOnly[] dates, List<PlanningEvent> events) => new()
    {
        Id = "test-" + centre.ToLowerInvariant().Replace(' ', '-'),
        Programme = "CPN42",
        Centre = centre,
        Modality = "soir",
        Parcours = ["titre"],
        AcademicYear = "2024-2025",
        Hours = new PlanningHours { Weekdays = weekdays, Saturday = saturday },
        Sessions = dates.Select(d => new Session { Date = d, Ue = "TEST01" }).ToList(),
        Events = events,
    };
}
