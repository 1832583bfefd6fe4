using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Model;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>Which planning a UE would be dated in.</summary>
public static class UeGrids
{
    /// <summary>
    /// "combien de séances reste-t-il pour CCE106 ?": the planning, among <paramref name="plannings"/>, of the parcours the
    /// UE belongs to when its grid is empty; null when the UE is of the common core, of no parcours, or its grid has dates.
    /// </summary>
    public static Planning? EmptyGridOf(KnowledgeBase kb, IReadOnlyList<string> codes, IEnumerable<Planning> plannings)
    {
        var parcours = codes.SelectMany(kb.UnitsOfUe).SelectMany(u => u.Unit.Parcours).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (parcours.Count == 0 || parcours.Contains("tronc-commun", StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }
        return plannings.FirstOrDefault(p => p.Sessions.Count == 0 && p.Parcours.Intersect(parcours, StringComparer.OrdinalIgnoreCase).Any());
    }

    /// <summary>What is said of UE whose parcours' grid is empty (<paramref name="planning"/> describes that planning).</summary>
    public static string InAnEmptyGrid(string codes, string planning, string language) => language == "en"
        ? $"{codes} is a UE of the {planning} timetable, whose grid is empty in my documents: I do not have its class dates."
        : $"{codes} est une UE du planning {planning}, dont la grille est vide dans mes documents : je n'ai pas ses dates de cours.";
}
