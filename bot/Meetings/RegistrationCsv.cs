using System.Globalization;
using System.Text;

namespace Cnam.Bot.Meetings;

/// <summary>
/// The registrations of a meeting as CSV (RFC 4180: comma, CRLF, fields with a comma, quote or line break quoted,
/// quotes doubled). A cell starting with = + - @ (or a tab / carriage return) gets a leading apostrophe, so a
/// spreadsheet never runs a name typed as a formula (OWASP "CSV injection").
/// </summary>
public static class RegistrationCsv
{
    public static readonly IReadOnlyList<string> Header =
    [
        "registrationId", "meetingId", "name", "email", "phone", "programme", "channel", "registeredAt", "consentAt", "attended",
        "reminder", "reminderAttempts", "followUp", "followUpAttempts", "lastError",
    ];

    public static string Write(IEnumerable<MeetingRegistration> registrations)
    {
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var r in registrations)
        {
            var reminder = r.Deliveries.GetValueOrDefault(MessageKinds.Reminder);
            var followUp = r.Deliveries.GetValueOrDefault(MessageKinds.FollowUp);
            Line(csv,
            [
                r.Id, r.MeetingId, r.Name, r.Email, r.Phone ?? "", r.Programme ?? "", r.ChannelId,
                Time(r.RegisteredAt), Time(r.ConsentAt), r.Attended switch { true => "yes", false => "no", null => "" },
                reminder?.State ?? "", Count(reminder), followUp?.State ?? "", Count(followUp),
                followUp?.Error ?? reminder?.Error ?? "",
            ]);
        }
        return csv.ToString();
    }

    /// <summary>One cell: neutralised against formulas, then quoted when RFC 4180 requires it.</summary>
    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void Line(StringBuilder csv, IEnumerable<string> cells) => csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");

    private static string Time(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Count(DeliveryStatus? s) => s is null ? "" : s.Attempts.ToString(CultureInfo.InvariantCulture);
}
