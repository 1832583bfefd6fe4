using Cnam.Bot.Calendar;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Model;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Cnam.Bot;

public static class CalendarEndpoints
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>The iCalendar feed's services: options (section <c>Calendar</c>), links and the calendar builder.</summary>
    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddOptions<CalendarOptions>().BindConfiguration(CalendarOptions.SectionName);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<CalendarOptions>>().Value);
        services.TryAddSingleton<CalendarLinks>();
        services.TryAddSingleton<PlanningCalendar>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>
    /// <c>GET /calendar/{programme}/{parcours}/{modality}.ics</c> and <c>…/{modality}/{ue}.ics</c> (optional
    /// <c>?centre=</c>): the planning's class days as iCalendar. 404 with a plain explanation when the documents
    /// hold no such planning, or its grid is empty.
    /// </summary>
    public static WebApplication MapCalendar(this WebApplication app)
    {
        app.MapGet(CalendarLinks.PathPrefix + "/{programme}/{parcours}/{modality}.ics",
            (string programme, string parcours, string modality, string? centre, HttpContext http) => Feed(http, programme, parcours, modality, null, centre));
        app.MapGet(CalendarLinks.PathPrefix + "/{programme}/{parcours}/{modality}/{ue}.ics",
            (string programme, string parcours, string modality, string ue, string? centre, HttpContext http) => Feed(http, programme, parcours, modality, ue, centre));
        return app;
    }

    private static IResult Feed(HttpContext http, string programme, string parcours, string modality, string? ue, string? centre)
    {
        var kb = http.RequestServices.GetRequiredService<KnowledgeBase>();
        var plannings = kb.Plannings(programme, parcours, modality, CentreName(kb, centre));
        if (plannings.Count == 0)
        {
            return Results.NotFound("Aucun planning de ce nom dans les documents du Cnam.");
        }
        var days = PlanningCalendar.ClassDays(plannings, ue).ToList();
        if (days.Count == 0)
        {
            return Results.NotFound(plannings.All(p => p.Sessions.Count == 0)
                ? "La grille de ce planning est vide dans les documents : ses dates de cours ne sont pas connues."
                : "Aucune séance de cette UE dans ce planning.");
        }
        var clock = http.RequestServices.GetRequiredService<TimeProvider>();
        var text = http.RequestServices.GetRequiredService<PlanningCalendar>().Serialize(plannings, ue, clock.GetUtcNow());
        var fileName = string.Join("-", new[] { programme, parcours, modality, ue }.OfType<string>()).ToLowerInvariant() + ".ics";
        http.Response.Headers.ContentDisposition = $"inline; filename=\"{fileName}\"";
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Text(text, ContentType);
    }

    // "paris", "la-reunion" in a link; the knowledge base's own spelling otherwise.
    private static string? CentreName(KnowledgeBase kb, string? centre)
    {
        if (string.IsNullOrWhiteSpace(centre))
        {
            return null;
        }
        var folded = Knowledge.Text.FrenchText.Fold(centre.Replace('-', ' '));
        return kb.Plannings().Select(p => p.Centre).OfType<string>()
            .Concat(kb.Programmes().Select(p => p.Centre).OfType<string>())
            .FirstOrDefault(c => Knowledge.Text.FrenchText.Fold(c) == folded) ?? centre;
    }
}
