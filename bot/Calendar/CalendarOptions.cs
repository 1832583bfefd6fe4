namespace Cnam.Bot.Calendar;

/// <summary>Settings of the iCalendar feed (section <c>Calendar</c>).</summary>
public sealed class CalendarOptions
{
    public const string SectionName = "Calendar";

    /// <summary>
    /// The bot's public address (<c>https://cnam-bot.azurewebsites.net</c>), used to build the links a card shows.
    /// Empty: the first of the host's <c>Urls</c>.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>IANA time zone of each centre's classes; a centre not listed uses <see cref="DefaultTimeZone"/>.</summary>
    public Dictionary<string, string> TimeZones { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Paris"] = "Europe/Paris",
        ["La Réunion"] = "Indian/Reunion",
    };

    public string DefaultTimeZone { get; set; } = "Europe/Paris";

    /// <summary>The time zone of <paramref name="centre"/>'s classes.</summary>
    public string TimeZoneOf(string? centre) =>
        centre is not null && TimeZones.TryGetValue(centre, out var zone) ? zone : DefaultTimeZone;
}
