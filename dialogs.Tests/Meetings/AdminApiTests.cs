using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cnam.Bot.Meetings;

namespace Cnam.Bot.Tests.Meetings;

/// <summary>The admin API (key, meetings, registrations, CSV, attendance) and the .ics invitation, through the real host.</summary>
public sealed class AdminApiTests : IDisposable
{
    private readonly MeetingsAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task WithoutAKeyOrWithAWrongOneTheAdminApiAnswers401()
    {
        var anonymous = _app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/admin/meetings")).StatusCode);

        var wrong = _app.CreateClient();
        wrong.DefaultRequestHeaders.Add("X-Api-Key", MeetingsAppFactory.ApiKey + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/api/admin/meetings")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.PostAsync("/api/admin/meetings/lp110-paris-oct/follow-up", null)).StatusCode);

        var scheme = _app.CreateClient();
        scheme.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "ApiKey " + MeetingsAppFactory.ApiKey);
        Assert.Equal(HttpStatusCode.OK, (await scheme.GetAsync("/api/admin/meetings")).StatusCode);
    }

    [Fact]
    public async Task WithNoKeyConfiguredTheAdminApiDoesNotExist()
    {
        using var app = new MeetingsAppFactory(apiKey: null);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "anything");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/admin/meetings")).StatusCode);
    }

    [Fact]
    public async Task MeetingsAreListedWithTheirCounts()
    {
        await SeedAsync();
        var meetings = await _app.AdminClient().GetFromJsonAsync<JsonArray>("/api/admin/meetings");
        var first = meetings![0]!;
        Assert.Equal(("lp110-paris-oct", 3, 2, 1, 1), ((string)first["id"]!, (int)first["capacity"]!, (int)first["registered"]!, (int)first["attended"]!, (int)first["seatsLeft"]!));
        Assert.Equal(3, meetings.Count);
    }

    [Fact]
    public async Task TheCsvExportIsExactRfc4180WithFormulasNeutralised()
    {
        await SeedAsync();
        var response = await _app.AdminClient().GetAsync("/api/admin/meetings/lp110-paris-oct/registrations.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        Assert.Equal(
            "registrationId,meetingId,name,email,phone,programme,channel,registeredAt,consentAt,attended,reminder,reminderAttempts,followUp,followUpAttempts,lastError\r\n" +
            "r1,lp110-paris-oct,\"Dupont, \"\"Jo\"\"\",jo@exemple.fr,0612345678,LP110,webchat,2030-09-01T08:00:00Z,2030-09-01T08:00:00Z,yes,sent,1,,,\r\n" +
            "r2,lp110-paris-oct,\"'=HYPERLINK(\"\"http://x.test\"\",\"\"clic\"\")\",'+33@exemple.fr,'-1,,msteams,2030-09-01T09:30:00Z,2030-09-01T09:30:00Z,,failed,2,,,connector-403\r\n",
            csv);
    }

    [Fact]
    public async Task AttendanceIsMarkedByEmailWhateverItsCase()
    {
        await SeedAsync();
        var admin = _app.AdminClient();
        var ok = await admin.PostAsJsonAsync("/api/admin/meetings/lp110-paris-oct/attendance", new { email = "+33@EXEMPLE.FR", attended = true });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.True((await _app.Meetings.ListAsync("lp110-paris-oct", default)).Single(r => r.Id == "r2").Attended);

        var absent = await admin.PostAsJsonAsync("/api/admin/meetings/lp110-paris-oct/attendance", new { email = "jo@exemple.fr", attended = false });
        Assert.Equal(HttpStatusCode.OK, absent.StatusCode);
        Assert.False((await _app.Meetings.ListAsync("lp110-paris-oct", default)).Single(r => r.Id == "r1").Attended);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync("/api/admin/meetings/lp110-paris-oct/attendance", new { email = "x@y.fr" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync("/api/admin/meetings/nope/attendance", new { email = "jo@exemple.fr" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/admin/meetings/lp110-paris-oct/attendance", new { attended = true })).StatusCode);
    }

    [Fact]
    public async Task RegistrationsShowTheirDeliveryStatus()
    {
        await SeedAsync();
        var list = await _app.AdminClient().GetFromJsonAsync<JsonArray>("/api/admin/meetings/lp110-paris-oct/registrations");
        var second = list!.Single(r => (string)r!["id"]! == "r2")!;
        Assert.Equal(("failed", 2, "connector-403"), ((string)second["deliveries"]!["reminder"]!["state"]!, (int)second["deliveries"]!["reminder"]!["attempts"]!, (string)second["deliveries"]!["reminder"]!["error"]!));
        Assert.Equal(HttpStatusCode.NotFound, (await _app.AdminClient().GetAsync("/api/admin/meetings/nope/registrations")).StatusCode);
    }

    [Theory]
    [InlineData("/api/admin/meetings/%3Cscript%3Ealert(1)%3C%2Fscript%3E/registrations", "<script")]
    [InlineData("/api/admin/meetings/'%20OR%20'1'%3D'1/registrations.csv", "' OR '1'='1")]
    public async Task AnUnknownMeetingIdIsNotRepeatedInTheAnswer(string path, string sent)
    {
        using var response = await _app.AdminClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(MeetingsEndpoints.UnknownMeetingTitle, body);
        Assert.DoesNotContain(sent, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheInvitationParsesBackWithIcalNetInTheCentresTimeZone()
    {
        var response = await _app.CreateClient().GetAsync("/meetings/reunion-port-oct.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var e = Assert.Single(calendar.Events);
        Assert.Equal("meeting-reunion-port-oct@cnam-bot", e.Uid);
        Assert.Equal(("Indian/Reunion", new DateTime(2030, 10, 8, 17, 0, 0), new DateTime(2030, 10, 8, 18, 30, 0)), (e.DtStart!.TzId, e.DtStart.Value, e.DtEnd!.Value));
        Assert.Equal("Centre régional du Port", e.Location);
        Assert.Contains(calendar.TimeZones, z => z.TzId == "Indian/Reunion");
        Assert.Equal(new DateTimeOffset(2030, 10, 8, 13, 0, 0, TimeSpan.Zero), new DateTimeOffset(e.DtStart.AsUtc, TimeSpan.Zero));

        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateClient().GetAsync("/meetings/nope.ics")).StatusCode);
    }

    private async Task SeedAsync()
    {
        var at = new DateTimeOffset(2030, 9, 1, 8, 0, 0, TimeSpan.Zero);
        await _app.Meetings.RegisterAsync(new MeetingRegistration
        {
            Id = "r1", MeetingId = "lp110-paris-oct", Name = "Dupont, \"Jo\"", Email = "jo@exemple.fr", Phone = "0612345678", Programme = "LP110",
            ChannelId = "webchat", UserId = "u1", ConversationId = "c1", RegisteredAt = at, ConsentAt = at, Attended = true,
            Deliveries = { [MessageKinds.Reminder] = new DeliveryStatus { State = DeliveryStates.Sent, Attempts = 1 } },
        }, 3, default);
        await _app.Meetings.RegisterAsync(new MeetingRegistration
        {
            Id = "r2", MeetingId = "lp110-paris-oct", Name = "=HYPERLINK(\"http://x.test\",\"clic\")", Email = "+33@exemple.fr", Phone = "-1",
            ChannelId = "msteams", UserId = "u2", ConversationId = "c2", RegisteredAt = at.AddMinutes(90), ConsentAt = at.AddMinutes(90),
            Deliveries = { [MessageKinds.Reminder] = new DeliveryStatus { State = DeliveryStates.Failed, Attempts = 2, Error = "connector-403" } },
        }, 3, default);
    }
}
