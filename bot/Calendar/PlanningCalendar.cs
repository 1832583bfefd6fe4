using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Model;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcalCalendar = Ical.Net.Calendar;

namespace Cnam.Bot.Calendar;

/// <summary>
/// A planning as an iCalendar (RFC 5545) feed, built with Ical.Net: one event per class day, in the centre's time
/// zone (a VTIMEZONE covering the planning's dates), with a UID that stays the same from one download to the next
/// (planning id, date, UE) so calendar applications update events instead of duplicating them. Holidays and
/// interruptions are not class days: a session falling on one is left out, and they are not exported as events.
/// </summary>
public sealed class PlanningCalendar(KnowledgeBase kb, CalendarOptions options)
{
    public const string ProductId = "-//Cnam//Cnam.Bot planning//FR";
    public const string UidDomain = "cnam-bot";

    /// <summary>The dates of <paramref name="p"/>'s class days (holidays removed), once each, in order.</summary>
    public static List<DateOnly> ClassDates(Planning p) => ClassDays([p]).Select(d => d.Session.Date).Distinct().ToList();

    /// <summary>The Monday of <paramref name="date"/>'s week (weeks run Monday to Sunday).</summary>
    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The class days of <paramref name="plannings"/> (of one UE when <paramref name="ue"/> is given), holidays removed.</summary>
    public static IEnumerable<(Planning Planning, Session Session)> ClassDays(IEnumerable<Planning> plannings, string? ue = null) =>
        plannings.SelectMany(p => p.Sessions
                .Where(s => ue is null || string.Equals(s.Ue, ue, StringComparison.OrdinalIgnoreCase))
                .Where(s => !IsHoliday(p, s.Date))
                .Select(s => (Planning: p, Session: s)))
            .OrderBy(x => x.Session.Date).ThenBy(x => x.Session.Ue, StringComparer.Ordinal);

    /// <summary>True when <paramref name="date"/> is a public holiday or inside an interruption of <paramref name="planning"/>.</summary>
    public static bool IsHoliday(Planning planning, DateOnly date) =>
        planning.Events.Any(e => e.Kind is "ferie" or "interruption"
            && (e.Date == date || (e.From is { } from && e.To is { } to && date >= from && date <= to)));

    /// <summary>The first year of the planning's academic year ("2022-2023" → 2022), or null when it does not say.</summary>
    public static int? AcademicYearStart(Planning planning) =>
        planning.AcademicYear is { Length: >= 4 } y && int.TryParse(y[..4], out var start) ? start : null;

    /// <summary>True when <paramref name="date"/> falls within the planning's classes, give or take a month.</summary>
    public static bool Covers(Planning planning, DateOnly date) =>
        planning.Sessions.Count > 0 && date >= planning.Sessions.Min(x => x.Date).AddMonths(-1)
        && date <= planning.Sessions.Max(x => x.Date).AddMonths(1);

    /// <summary>A day and month said without their year, in the academic year starting in <paramref name="academicYearStart"/>.</summary>
    public static DateOnly IntoYear(DateOnly date, int academicYearStart)
    {
        var year = date.Month >= 8 ? academicYearStart : academicYearStart + 1;
        return new DateOnly(year, date.Month, Math.Min(date.Day, DateTime.DaysInMonth(year, date.Month)));
    }

    /// <summary>The stable UID of a class day.</summary>
    public static string Uid(Planning planning, Session session) =>
        $"{planning.Id}-{session.Date:yyyyMMdd}-{session.Ue}@{UidDomain}".ToLowerInvariant();

    /// <summary>Builds the calendar; <paramref name="stamp"/> is its DTSTAMP (the time it is generated).</summary>
    public IcalCalendar Build(IReadOnlyList<Planning> plannings, string? ue, DateTimeOffset stamp)
    {
        var calendar = new IcalCalendar { ProductId = ProductId, Method = "PUBLISH" };
        var days = ClassDays(plannings, ue).ToList();
        var dtStamp = new CalDateTime(stamp.UtcDateTime, "UTC");
        foreach (var zone in days.GroupBy(d => options.TimeZoneOf(d.Planning.Centre)))
        {
            // The VTIMEZONE must cover the first class day, not only the years around today.
            var first = zone.Min(d => d.Session.Date).ToDateTime(TimeOnly.MinValue);
            calendar.AddTimeZone(zone.Key, first.AddYears(-1), includeHistoricalData: false);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (planning, session) in days)
        {
            var uid = Uid(planning, session);
            if (!seen.Add(uid))
            {
                // The same UE twice on one day in the grid: one event is enough.
                continue;
            }
            calendar.Events.Add(Event(planning, session, uid, dtStamp));
        }
        return calendar;
    }

    /// <summary>The calendar as RFC 5545 text.</summary>
    public string Serialize(IReadOnlyList<Planning> plannings, string? ue, DateTimeOffset stamp) =>
        new CalendarSerializer().SerializeToString(Build(plannings, ue, stamp)) ?? "";

    private CalendarEvent Event(Planning planning, Session session, string uid, CalDateTime stamp)
    {
        var zone = options.TimeZoneOf(planning.Centre);
        var title = kb.GetUe(session.Ue)?.Title;
        var calendarEvent = new CalendarEvent
        {
            Uid = uid,
            DtStamp = stamp,
            Summary = title is null ? session.Ue : $"{session.Ue} {title}",
            Description = Description(planning, session),
            Location = planning.Centre is null ? null : $"Cnam {planning.Centre}",
            Transparency = "OPAQUE",
        };
        calendarEvent.Categories.Add(planning.Programme);
        if (SessionHours.Of(planning, session.Date) is { } hours)
        {
            calendarEvent.DtStart = new CalDateTime(session.Date, hours.Start, zone);
            calendarEvent.DtEnd = new CalDateTime(session.Date, hours.End, zone);
        }
        else
        {
            // The planning gives no hours for this day ("cours en journée"): an all-day event, not invented hours.
            calendarEvent.DtStart = new CalDateTime(session.Date);
            calendarEvent.DtEnd = new CalDateTime(session.Date.AddDays(1));
        }
        return calendarEvent;
    }

    private static string Description(Planning planning, Session session)
    {
        var lines = new List<string>
        {
            $"{planning.Programme} — {Dialogs.Questions.Format.Modality(planning.Modality, "fr")}, {ParcoursLabel(planning)} — planning {planning.AcademicYear}",
        };
        if (planning.Hours?.Weekdays is { } weekdays)
        {
            lines.Add($"Horaire : {weekdays}{(planning.Hours.Saturday is null ? "" : $" (samedi : {planning.Hours.Saturday})")}");
        }
        if (session.Note is not null)
        {
            lines.Add(session.Note);
        }
        if (session.AlsoPossible.Count > 0)
        {
            lines.Add("La grille imprimée est ambiguë pour cette séance : peut-être le " +
                string.Join(" ou ", session.AlsoPossible.Select(d => Dialogs.Questions.Format.Day(d, "fr"))) + ".");
        }
        lines.Add($"Source : {planning.SourceTitle ?? planning.Source}");
        return string.Join("\n", lines);
    }

    /// <summary>"parcours insertion professionnelle" / "parcours insertion par la culture".</summary>
    public static string ParcoursLabel(Planning planning) =>
        planning.Parcours.Contains("insertion-culture") ? "parcours insertion par la culture"
        : planning.Parcours.Contains("insertion-pro") ? "parcours insertion professionnelle"
        : string.Join(", ", planning.Parcours);
}
