using Cnam.Bot.Knowledge.Model;
using KProgramme = Cnam.Bot.Knowledge.Model.Programme;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>How two programmes named fit together: one opening the other, one's UE all UE of the other.</summary>
public sealed partial class ProgrammeAnswerer
{
    /// <summary>
    /// How two programmes named fit together: one's UE all UE of the other ("le CP29 permet-il d'accéder au CASP ?"),
    /// counted from each programme's list at the same centre, and one named among the titles that give access to the
    /// other ("le CASP permet-il d'entrer en licence ?"). Null when neither holds.
    /// </summary>
    public Found? HowTheyFit(IReadOnlyList<string> codes, Slots s, bool entryAsked)
    {
        var lines = new List<string>();
        var sources = new List<Provenance?>();
        foreach (var inner in codes)
        {
            var gives = FurtherStudies(inner).Where(x => x.Access.Programme is { } target && codes.Contains(target)).ToList();
            foreach (var (access, route) in gives)
            {
                lines.Add(s.L($"{Format.Capitalize(Format.Programme(inner, "fr"))} donne accès {Format.ToProgramme(access.Programme)} (Cnam {access.Centre}) : {route.Text}",
                    $"{Format.Capitalize(Format.Programme(inner, "en"))} gives access to {Format.Programme(access.Programme!, "en")} (Cnam {access.Centre}): {route.Text}"));
                sources.Add(Provenance.Of(access, access.Centre));
            }
            if (entryAsked && gives.Count == 0 && ThroughTheWhole(inner, codes, s) is { } through)
            {
                lines.Add(through.Text);
                sources.AddRange(through.Sources);
            }
            foreach (var outer in codes.Where(c => c != inner))
            {
                foreach (var p in kb.Programmes(inner, s.CentreSaid ? s.Centre : null))
                {
                    if (PartOf(p, outer, s) is { } line)
                    {
                        lines.Add(line.Text);
                        sources.AddRange(line.Sources);
                    }
                }
            }
        }
        return lines.Count == 0 ? null : new Found(string.Join("\n", lines), sources);
    }

    /// <summary>
    /// Of the programmes named, those another one named gives access to, directly ("le CASP permet-il d'entrer en licence
    /// ?") or through a larger programme ("le CP29 donne-t-il accès à la licence ?"): their entry is what is asked.
    /// </summary>
    public IReadOnlyList<string> EntryTargets(IReadOnlyList<string> codes, Slots s) =>
        codes.Where(target => codes.Any(inner => inner != target
            && (FurtherStudies(inner).Any(x => x.Access.Programme == target) || ThroughTheWhole(inner, [inner, target], s) is not null))).ToList();

    /// <summary>
    /// "le CP29 donne-t-il accès à la licence ?": the documents do not name <paramref name="inner"/> among what gives access
    /// to another programme named, but they name a larger programme of which all its UEs are part (the CASP): said so,
    /// with that route. Null when no such programme gives access.
    /// </summary>
    private (string Text, Provenance?[] Sources)? ThroughTheWhole(string inner, IReadOnlyList<string> codes, Slots s)
    {
        foreach (var target in codes.Where(c => c != inner))
        {
            foreach (var p in kb.Programmes(inner, s.CentreSaid ? s.Centre : null))
            {
                var through = kb.Programmes(null, p.Centre).Where(w => w.Code != inner && w.Code != target)
                    .Select(w => (Whole: w, Part: PartOf(p, w.Code, s)))
                    .Where(x => x.Part is not null)
                    .SelectMany(x => FurtherStudies(x.Whole.Code).Where(f => f.Access.Programme == target).Select(f => (x.Whole, x.Part!.Value, f.Access, f.Route)))
                    .FirstOrDefault();
                if (through.Whole is null)
                {
                    continue;
                }
                var text = s.L($"Mes documents ne citent pas {Format.Programme(inner, "fr")} parmi ce qui donne accès {Format.ToProgramme(target)} ; ils y citent {Format.Programme(through.Whole.Code, "fr")}.",
                        $"My documents do not name {Format.Programme(inner, "en")} among what gives access to {Format.Programme(target, "en")}; they name {Format.Programme(through.Whole.Code, "en")}.")
                    + "\n" + through.Value.Text + "\n" + s.L($"{Format.Capitalize(Format.Programme(through.Whole.Code, "fr"))} donne accès {Format.ToProgramme(target)} (Cnam {through.Access.Centre}) : {through.Route.Text}",
                        $"{Format.Capitalize(Format.Programme(through.Whole.Code, "en"))} gives access to {Format.Programme(target, "en")} (Cnam {through.Access.Centre}): {through.Route.Text}");
                return (text, [.. through.Value.Sources, Provenance.Of(through.Access, through.Access.Centre)]);
            }
        }
        return null;
    }

    /// <summary>
    /// When every UE of <paramref name="p"/> is a UE of the larger programme <paramref name="outer"/> at its centre, the
    /// sentence that says so, with both sources; null otherwise.
    /// </summary>
    private (string Text, Provenance?[] Sources)? PartOf(KProgramme p, string outer, Slots s)
    {
        var whole = kb.GetProgramme(outer, p.Centre);
        var units = p.Units.Select(u => u.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (whole is null || units.Count == 0 || units.Count >= whole.Units.Count
            || !units.IsSubsetOf(whole.Units.Select(u => u.Code).ToHashSet(StringComparer.OrdinalIgnoreCase)))
        {
            return null;
        }
        return (s.L($"Les {units.Count} UE {Format.OfProgramme(p.Code)} ({string.Join(", ", units)}) sont aussi des UE {Format.OfProgramme(outer)} (Cnam {p.Centre}).",
                $"The {units.Count} units of {Format.Programme(p.Code, "en")} ({string.Join(", ", units)}) are also units of {Format.Programme(outer, "en")} (Cnam {p.Centre})."),
            [Provenance.Of(p, p.Centre), Provenance.Of(whole, whole.Centre)]);
    }
}
