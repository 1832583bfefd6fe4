using Cnam.Bot.Calendar;
using Cnam.Bot.Knowledge.Model;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcalCalendar = Ical.Net.Calendar;

namespace Cnam.Bot.Meetings;

/// <summary>
/// A meeting as an iCalendar invitation (<c>/meetings/{id}.ics</c>), built with Ical.Net like the planning feed: the
/// centre's time zone (Europe/Paris, Indian/Reunion) with its VTIMEZONE, a UID stable across downloads.
/// </summary>
public sealed class MeetingCalendar(CalendarOptions options)
{
    public const string ProductId = "-//Cnam//Cnam.Bot reunions//FR";
    public const string PathPrefix = "/meetings";

    public static string PathOf(Meeting meeting) => $"{PathPrefix}/{Uri.EscapeDataString(meeting.Id.ToLowerInvariant())}.ics";

    public static string Uid(Meeting meeting) => $"meeting-{meeting.Id.ToLowerInvariant()}@{PlanningCalendar.UidDomain}";

    public IcalCalendar Build(Meeting meeting, DateTimeOffset stamp)
    {
        var zone = options.TimeZoneOf(meeting.Centre);
        var calendar = new IcalCalendar { ProductId = ProductId, Method = "PUBLISH" };
        var date = meeting.Date!.Value;
        // Ical.Net builds the VTIMEZONE from this day up to about now: start from the earlier of the meeting and today.
        var earliest = date.ToDateTime(TimeOnly.MinValue) < stamp.UtcDateTime ? date.ToDateTime(TimeOnly.MinValue) : stamp.UtcDateTime.Date;
        calendar.AddTimeZone(zone, earliest.AddYears(-1), includeHistoricalData: false);
        var description = new List<string> { MeetingTexts.Title(meeting) };
        if (meeting.Programmes.Count > 0)
        {
            description.Add("Formations : " + string.Join(", ", meeting.Programmes));
        }
        if (!string.IsNullOrWhiteSpace(meeting.OnlineLink))
        {
            description.Add("Lien de connexion : " + meeting.OnlineLink);
        }
        var calendarEvent = new CalendarEvent
        {
            Uid = Uid(meeting),
            DtStamp = new CalDateTime(stamp.UtcDateTime, "UTC"),
            Summary = MeetingTexts.Title(meeting) + " — Cnam " + meeting.Centre,
            Description = string.Join("\n", description),
            Location = string.IsNullOrWhiteSpace(meeting.Place) ? meeting.OnlineLink : meeting.Place,
            DtStart = new CalDateTime(date, meeting.StartTime!.Value, zone),
            DtEnd = new CalDateTime(date, meeting.EndTime!.Value, zone),
            Transparency = "OPAQUE",
        };
        if (Uri.TryCreate(meeting.OnlineLink, UriKind.Absolute, out var link))
        {
            calendarEvent.Url = link;
        }
        calendar.Events.Add(calendarEvent);
        return calendar;
    }

    public string Serialize(Meeting meeting, DateTimeOffset stamp) => new CalendarSerializer().SerializeToString(Build(meeting, stamp)) ?? "";
}
