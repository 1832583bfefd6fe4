using System.Net;
using Cnam.Bot.Tests.Common;
using IcalCalendar = Ical.Net.Calendar;

namespace Cnam.Bot.Tests.Calendar;

public sealed class CalendarEndpointTests : IDisposable
{
    private readonly BotApplicationFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task UeFeedIsServedAsTextCalendar()
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync("/calendar/lp110/insertion-pro/soir/trs102.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = IcalCalendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(14, calendar.Events.Count);
    }

    [Fact]
    public async Task PlanningFeedIsServedForEachModality()
    {
        using var client = _factory.CreateClient();
        var evening = IcalCalendar.Load(await client.GetStringAsync("/calendar/LP110/insertion-pro/soir.ics"))!;
        var day = IcalCalendar.Load(await client.GetStringAsync("/calendar/lp110/insertion-pro/jour.ics?centre=paris"))!;
        Assert.Equal(132, evening.Events.Count);
        Assert.Equal(71, day.Events.Count);
    }

    [Theory]
    [InlineData("/calendar/lp110/insertion-culture/soir.ics", "vide")]
    [InlineData("/calendar/lp110/insertion-pro/distance.ics", "Aucun planning")]
    [InlineData("/calendar/lp110/insertion-pro/soir/ang200.ics", "Aucune séance")]
    public async Task MissingOrEmptyPlanningsAre404WithTheReason(string path, string reason)
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
    }
}
