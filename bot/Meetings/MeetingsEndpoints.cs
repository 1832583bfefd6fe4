using Cnam.Bot.Knowledge;
using Cnam.Bot.Meetings;
using Microsoft.Extensions.Options;

namespace Cnam.Bot;

public static class MeetingsEndpoints
{
    public const string AdminPrefix = "/api/admin";
    public const string UnknownMeetingTitle = "Aucune réunion de ce nom dans meetings.yaml.";

    /// <summary>Body of <c>POST /api/admin/meetings/{id}/attendance</c>.</summary>
    public sealed record AttendanceRequest(string? Email, bool? Attended);

    /// <summary>
    /// <c>GET /meetings/{id}.ics</c> (the invitation) and the admin API under <c>/api/admin</c> (API key, see
    /// <see cref="AdminApiKeyFilter"/>): meetings with counts, registrations (JSON, CSV), attendance, follow-up, reminder.
    /// With no <c>Admin:ApiKey</c> the admin routes answer 404 and a warning is logged at start.
    /// </summary>
    public static WebApplication MapMeetings(this WebApplication app)
    {
        if (string.IsNullOrEmpty(app.Services.GetRequiredService<IOptions<AdminOptions>>().Value.ApiKey))
        {
            app.Logger.LogWarning("Admin:ApiKey is empty: the admin API ({Prefix}) is disabled.", AdminPrefix);
        }
        app.MapGet(MeetingCalendar.PathPrefix + "/{file}", Invitation);

        var admin = app.MapGroup(AdminPrefix).AddEndpointFilter<AdminApiKeyFilter>();
        admin.MapGet("/meetings", async (MeetingsAdmin a, CancellationToken ct) => Results.Ok(await a.ListAsync(ct)));
        admin.MapGet("/meetings/{id}/registrations", (string id, MeetingsAdmin a, CancellationToken ct) =>
            Known(async () => Results.Ok(await a.RegistrationsAsync(id, ct))));
        admin.MapGet("/meetings/{id}/registrations.csv", (string id, MeetingsAdmin a, KnowledgeBase kb, HttpContext http, CancellationToken ct) => Known(async () =>
        {
            // The export first: an unknown id throws before any header is set, and the file name is the id of
            // meetings.yaml, never the URL's (Kestrel refuses a header with a non-ASCII or control character: a 500).
            var csv = await a.ExportCsvAsync(id, ct);
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"inscriptions-{kb.GetMeeting(id)!.Id.ToLowerInvariant()}.csv\"";
            http.Response.Headers.CacheControl = "no-store";
            return Results.Text(csv, "text/csv; charset=utf-8");
        }));
        admin.MapPost("/meetings/{id}/attendance", (string id, AttendanceRequest body, MeetingsAdmin a, CancellationToken ct) => Known(async () =>
            string.IsNullOrWhiteSpace(body.Email)
                ? Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "email is required.")
                : await a.MarkAttendanceAsync(id, body.Email, body.Attended ?? true, ct)
                    ? Results.Ok(new { email = body.Email.Trim(), attended = body.Attended ?? true })
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Nobody registered with this e-mail.")));
        // A send runs to its end even if the caller gives up waiting: a cut send would leave "uncertain" statuses for
        // nothing. Only the host stopping interrupts it (then it is like a crash, see FollowUpSender).
        admin.MapPost("/meetings/{id}/follow-up", (string id, bool? resendUncertain, MeetingsAdmin a, IHostApplicationLifetime host) =>
            Known(async () => Results.Ok(await a.FollowUpAsync(id, resendUncertain == true, host.ApplicationStopping))));
        admin.MapPost("/meetings/{id}/reminder", (string id, bool? resendUncertain, MeetingsAdmin a, IHostApplicationLifetime host) =>
            Known(async () => Results.Ok(await a.RemindAsync(id, resendUncertain == true, host.ApplicationStopping))));
        return app;
    }

    private static async Task<IResult> Known(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (UnknownMeetingException)
        {
            // The id is not repeated: whatever the caller put in the URL does not come back in the answer.
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: UnknownMeetingTitle);
        }
    }

    private static IResult Invitation(string file, HttpContext http)
    {
        if (!file.EndsWith(".ics", StringComparison.OrdinalIgnoreCase)
            || http.RequestServices.GetRequiredService<KnowledgeBase>().GetMeeting(file[..^4]) is not { Date: not null, StartTime: not null, EndTime: not null } meeting)
        {
            return Results.NotFound("Aucune réunion d'information de ce nom.");
        }
        var stamp = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var text = http.RequestServices.GetRequiredService<MeetingCalendar>().Serialize(meeting, stamp);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"reunion-{meeting.Id.ToLowerInvariant()}.ics\"";
        return Results.Text(text, CalendarEndpoints.ContentType);
    }
}
