namespace Cnam.Bot.Calendar;

/// <summary>
/// The feed's addresses: <c>/calendar/{programme}/{parcours}/{modality}.ics</c> for a whole planning and
/// <c>/calendar/{programme}/{parcours}/{modality}/{ue}.ics</c> for the sessions of one UE; ids in lower case
/// (<c>/calendar/lp110/insertion-pro/soir/trs102.ics</c>).
/// </summary>
public sealed class CalendarLinks(CalendarOptions options, IConfiguration configuration)
{
    public const string PathPrefix = "/calendar";

    /// <summary>The path of a feed (no host).</summary>
    public static string PathOf(string programme, string parcours, string modality, string? ue = null) =>
        $"{PathPrefix}/{Segment(programme)}/{Segment(parcours)}/{Segment(modality)}{(ue is null ? "" : "/" + Segment(ue))}.ics";

    /// <summary>The absolute address of a feed, on <see cref="CalendarOptions.PublicBaseUrl"/>.</summary>
    public string For(string programme, string parcours, string modality, string? ue = null) =>
        BaseUrl + PathOf(programme, parcours, modality, ue);

    /// <summary>The public base address, without a trailing slash.</summary>
    public string BaseUrl
    {
        get
        {
            var configured = options.PublicBaseUrl;
            if (string.IsNullOrWhiteSpace(configured))
            {
                // Development: the first address the host listens on.
                configured = configuration["Urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()
                    ?? "http://localhost:3978";
            }
            return configured.TrimEnd('/');
        }
    }

    private static string Segment(string value) => Uri.EscapeDataString(value.Trim().ToLowerInvariant());
}
