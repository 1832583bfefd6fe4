using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Model;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>UE taken one for another ("ANG200 ou ANG320"), as the programmes' units say.</summary>
public static class UeAlternatives
{
    /// <summary>The UE <paramref name="code"/> may be taken instead of, in the given programmes' units (all when null).</summary>
    public static IReadOnlyList<string> Of(KnowledgeBase kb, string code, IEnumerable<string?>? programmes = null)
    {
        // A null programme stands for all of them, as in kb.Programmes(null).
        var wanted = programmes?.Distinct().SelectMany(p => kb.Programmes(p)).ToHashSet();
        return kb.UnitsOfUe(code).Where(u => wanted is null || wanted.Contains(u.Programme))
            .SelectMany(u => u.Unit.AlternativeTo).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// The UE asked, each replaced, when none of <paramref name="plannings"/> holds a session of it, by the UE it is an
    /// alternative to that they do hold ("l'anglais": ANG320 is not in the day grid, its alternative ANG200 is).
    /// </summary>
    public static IReadOnlyList<string> InGrids(KnowledgeBase kb, IReadOnlyList<string> codes, IReadOnlyCollection<Planning> plannings)
    {
        bool Scheduled(string code) => plannings.Any(p => p.Sessions.Any(x => string.Equals(x.Ue, code, StringComparison.OrdinalIgnoreCase)));
        var result = new List<string>();
        foreach (var code in codes)
        {
            var alternatives = Scheduled(code) ? [] : Of(kb, code, plannings.Select(p => p.Programme))
                .Where(a => !codes.Contains(a, StringComparer.OrdinalIgnoreCase) && Scheduled(a)).ToList();
            result.AddRange(alternatives.Count > 0 ? alternatives : [code]);
        }
        return result.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// What to say when <see cref="InGrids"/> replaced a UE asked by its alternative ("quand a lieu ANG320 ?": the grids
    /// hold ANG200): that the one asked has no session, and whose sessions follow. Null when none was replaced.
    /// </summary>
    public static string? Note(IReadOnlyList<string> asked, IReadOnlyList<string> shown, string language)
    {
        var missing = asked.Where(a => !shown.Contains(a, StringComparer.OrdinalIgnoreCase)).ToList();
        var instead = shown.Where(c => !asked.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count == 0 || instead.Count == 0)
        {
            return null;
        }
        var (was, now) = (string.Join(", ", missing), string.Join(", ", instead));
        return language == "en"
            ? $"The timetables in my documents have no {was} session; here are those of {now}, which can be taken instead:"
            : $"Les plannings de mes documents n'ont pas de séance de {was} ; voici celles de {now}, qui peut la remplacer :";
    }
}
