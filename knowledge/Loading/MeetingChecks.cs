using Cnam.Bot.Knowledge.Model;

namespace Cnam.Bot.Knowledge.Loading;

/// <summary>
/// Checks of meetings.yaml beyond provenance and unique ids: a date, start and end times (HH:mm, end after start),
/// a known centre, a place or an https link, known programmes, a capacity above zero.
/// </summary>
internal static class MeetingChecks
{
    public static void Validate(KnowledgeData data, Action<string, int, string> problem)
    {
        var centres = data.Programmes.Select(p => p.Centre).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var programmes = data.Programmes.Select(p => p.Code).Where(c => !string.IsNullOrWhiteSpace(c)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var m in data.Meetings)
        {
            var what = $"réunion {m.Id}";
            void Problem(string message) => problem(m.File, m.Line, $"{what} : {message}");

            if (m.Date is null)
            {
                Problem("date manquante (AAAA-MM-JJ)");
            }
            CheckTime(m.Start, "start", Problem);
            CheckTime(m.End, "end", Problem);
            if (m.StartTime is { } start && m.EndTime is { } end && end <= start)
            {
                Problem($"l'heure de fin {m.End} n'est pas après l'heure de début {m.Start}");
            }
            if (string.IsNullOrWhiteSpace(m.Centre))
            {
                Problem("centre manquant");
            }
            else if (centres.Count > 0 && !centres.Contains(m.Centre))
            {
                Problem($"centre « {m.Centre} » inconnu (attendu : {string.Join(", ", centres.Order(StringComparer.Ordinal))})");
            }
            if (string.IsNullOrWhiteSpace(m.Place) && string.IsNullOrWhiteSpace(m.OnlineLink))
            {
                Problem("ni lieu (place) ni lien en ligne (onlineLink)");
            }
            if (!string.IsNullOrWhiteSpace(m.OnlineLink)
                && (!Uri.TryCreate(m.OnlineLink, UriKind.Absolute, out var link) || link.Scheme != Uri.UriSchemeHttps))
            {
                Problem($"lien en ligne « {m.OnlineLink} » invalide (attendu : une adresse https://…)");
            }
            foreach (var code in m.Programmes.Where(c => programmes.Count > 0 && !programmes.Contains(c)))
            {
                Problem($"programme « {code} » inconnu");
            }
            if (m.Capacity is null)
            {
                Problem("capacité (capacity) manquante");
            }
            else if (m.Capacity <= 0)
            {
                Problem($"capacité {m.Capacity} : elle doit être supérieure à 0");
            }
        }
    }

    private static void CheckTime(string? value, string field, Action<string> problem)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problem($"heure {field} manquante (HH:mm)");
        }
        else if (Meeting.ParseTime(value) is null)
        {
            problem($"heure {field} « {value} » invalide (attendu HH:mm, par exemple 18:30)");
        }
    }
}
