using System.Globalization;
using Cnam.Bot.Knowledge.Model;

namespace Cnam.Bot.Knowledge.Search;

/// <summary>Writes one searchable French statement per record so the search covers every structured fact.</summary>
internal static class SearchEntryWriter
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static IEnumerable<SearchEntry> Write(KnowledgeData data, Func<string?, string?> title, Func<string, Ue?> ue)
    {
        // Entries about a programme also answer to its title and aliases ("licence", "CASP").
        var programmeWords = data.Programmes.GroupBy(p => p.Code, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => string.Join(' ', g.Select(p => $"{p.Title} {string.Join(' ', p.Aliases)}").Distinct()),
                StringComparer.OrdinalIgnoreCase);

        SearchEntry Entry(string id, string kind, Record r, string text, string? extra, string? programme, string? centre,
            string? modality, string? recordId) =>
            new(id, kind, Clean(text), $"{extra} {(programme is null ? null : programmeWords.GetValueOrDefault(programme))}",
                r.Source, title(r.Source), r.ValidFor, programme, centre, modality, recordId);

        foreach (var f in data.Facts)
        {
            yield return Entry($"fact:{f.Id}", "fact", f, f.Text ?? "", $"{f.En} {string.Join(' ', f.Keywords)} {f.Topic}",
                f.Programme, f.Centre, f.Modality, f.Id);
        }
        foreach (var p in data.Programmes)
        {
            yield return Entry($"programme:{p.Id}", "programme", p,
                $"{p.Title} ({p.Code}, {p.Centre}) : {p.Description}{Said(" Niveau d'entrée : ", p.EntryLevel)}{Said(" Niveau de sortie : ", p.ExitLevel)} {Ects(p.Ects)}",
                $"{string.Join(' ', p.Aliases)} {p.Kind} {p.Rncp}", p.Code, p.Centre, null, p.Id);
            if (p.Audience.Count + p.Jobs.Count + p.Sectors.Count + p.Structures.Count > 0)
            {
                // Only the parts the programme has: no "Métiers : ." for the certificate, whose documents name none.
                var parts = new[] { ("public visé", p.Audience), ("Métiers", p.Jobs), ("Secteurs", p.Sectors), ("Structures", p.Structures) }
                    .Where(x => x.Item2.Count > 0)
                    .Select(x => $"{x.Item1} : {string.Join(" ; ", x.Item2.Select(v => v.TrimEnd('.', ' ')))}");
                yield return Entry($"programme:{p.Id}:metiers", "programme", p,
                    $"{p.Code} ({p.Centre}) : {string.Join(". ", parts)}.",
                    string.Join(' ', p.RomeCodes.Select(r => $"{r.Code} {r.Label}")), p.Code, p.Centre, null, p.Id);
            }
            foreach (var m in p.Modalities)
            {
                yield return Entry($"programme:{p.Id}:modalite:{m.Id}", "modality", p,
                    $"{p.Code} ({p.Centre}) {m.Label} : {m.Duration} {m.Schedule} {string.Join(" ; ", m.Details)}", m.Note, p.Code, p.Centre, m.Id, p.Id);
            }
            foreach (var u in p.Units)
            {
                var catalogue = ue(u.Code);
                yield return Entry($"programme:{p.Id}:ue:{u.Code}", "unit", p,
                    $"{p.Code} ({p.Centre}) : {u.Code} « {catalogue?.Title} » {Ects(u.Ects ?? catalogue?.Ects)}, parcours {string.Join(", ", u.Parcours)}" +
                    $"{(u.Semester is null ? "" : $", semestre {u.Semester}")}{(u.Evaluation is null ? "" : $", évaluation : {u.Evaluation}")}.",
                    u.Note, p.Code, p.Centre, null, u.Code);
            }
            if (p.DiplomaConditions.Count > 0)
            {
                yield return Entry($"programme:{p.Id}:diplome", "programme", p,
                    $"{p.Code} ({p.Centre}) : conditions d'obtention du diplôme : {string.Join(" ; ", p.DiplomaConditions)}", null, p.Code, p.Centre, null, p.Id);
            }
        }
        foreach (var u in data.Ues)
        {
            yield return Entry($"ue:{u.Code}", "ue", u, $"{u.Code} « {u.Title} » ({u.Kind}){(u.Ects is null ? "" : $" : {Ects(u.Ects)}")}. {u.Description}",
                string.Join(' ', u.OtherTitles.Select(o => o.Title)), null, null, null, u.Code);
        }
        foreach (var t in data.Tariffs)
        {
            yield return Entry($"tariff:{t.Id}", "tariff", t,
                $"Tarif {t.Programme} {t.Centre} {t.ValidFor} : {t.Label} : {Amount(t.Amount)} ({t.Unit}), modalité {t.Modality}, " +
                $"financement {t.Funding}{(t.PlanYears is null ? "" : $", formation sur {t.PlanYears} an(s)")}.",
                // The notes first, each a sentence, so that a quote of one (the DIB spelt out) stops before the search words.
                $"{string.Join(' ', t.Notes.Select(n => n.TrimEnd().EndsWith('.') ? n.TrimEnd() : n.TrimEnd() + "."))} " +
                $"{t.Amount?.ToString(CultureInfo.InvariantCulture)} euros prix cout coute tarif frais {t.Kind} {t.Funding} {t.Parcours}",
                t.Programme, t.Centre, t.Modality, t.Id);
        }
        foreach (var p in data.Plannings)
        {
            foreach (var s in p.Sessions)
            {
                yield return Entry($"session:{p.Id}:{s.Date:yyyy-MM-dd}:{s.Ue}", "session", p,
                    $"{p.Programme} {p.Centre}, cours du {p.Modality} {p.AcademicYear} : {s.Ue} « {ue(s.Ue)?.Title} » le {Day(s.Date)}" +
                    $"{(s.Note is null ? "" : $" ({s.Note})")}.", $"séance cours date planning calendrier {string.Join(' ', p.Parcours)}",
                    p.Programme, p.Centre, p.Modality, p.Id);
            }
            foreach (var e in p.Events)
            {
                var when = e.Date is { } d ? $"le {Day(d)}" : $"du {Day(e.From)} au {Day(e.To)}";
                yield return Entry($"event:{p.Id}:{e.Date ?? e.From:yyyy-MM-dd}:{e.Kind}", "event", p,
                    $"{p.Programme} {p.Centre}, cours du {p.Modality} {p.AcademicYear} : {e.Label} {when}{(e.Note is null ? "" : $" ({e.Note})")}.",
                    $"{e.Kind} planning calendrier", p.Programme, p.Centre, p.Modality, p.Id);
            }
            for (var i = 0; i < p.Ambiguities.Count; i++)
            {
                yield return Entry($"planning:{p.Id}:ambiguite:{i}", "planning", p,
                    $"Planning {p.Programme} {p.Centre} cours du {p.Modality} ({string.Join(", ", p.Parcours)}) {p.AcademicYear} : {p.Ambiguities[i].What}",
                    "planning calendrier", p.Programme, p.Centre, p.Modality, p.Id);
            }
        }
        foreach (var k in data.KeyDates)
        {
            var when = k.Date is { } d ? $"le {Day(d)}" : $"du {Day(k.From)} au {Day(k.To)}";
            yield return Entry($"keydate:{k.Id}", "keydate", k, $"{k.Centre} {k.ValidFor} : {k.Label} {when}{(k.Semester is null ? "" : $" (semestre {k.Semester})")}.",
                "date calendrier", k.Programme, k.Centre, null, k.Id);
        }
        foreach (var i in data.Internships)
        {
            yield return Entry($"internship:{i.Id}", "internship", i,
                $"Stage {i.Programme} ({i.Centre}) : {i.Duration}{(i.Hours is null ? "" : $", {i.Hours} heures")}. {i.Who} Conditions : {string.Join(" ; ", i.Conditions)}",
                $"{string.Join(' ', i.Objectives)} {string.Join(' ', i.Activities)} {i.Evaluation}", i.Programme, i.Centre, null, i.Id);
            if (i.Convention is { } c)
            {
                yield return Entry($"internship:{i.Id}:convention", "internship", i,
                    $"Convention de stage {i.Programme} ({i.Centre}) : {string.Join(" ; ", c.Steps)}" +
                    $"{(c.DeadlineDays is null ? "" : $" (délai : {c.DeadlineDays} jours)")}. Cours du soir : {string.Join(" ; ", c.Evening)}. Cours du jour : {string.Join(" ; ", c.Day)}",
                    c.Note, i.Programme, i.Centre, null, i.Id);
            }
        }
        foreach (var a in data.Access)
        {
            yield return Entry($"access:{a.Programme}:{a.Centre}", "access", a,
                $"Accès {a.Programme} ({a.Centre}) : {string.Join(" ; ", a.Routes.Select(r => r.Text ?? r.Condition))}. {string.Join(" ; ", a.Admission)}",
                $"{string.Join(' ', a.Prerequisites)} {string.Join(' ', a.Routes.Select(r => r.Route))} admission conditions", a.Programme, a.Centre, null, a.Programme);
        }
        foreach (var v in data.ValidationRoutes)
        {
            yield return Entry($"validation:{v.Id}", "validation", v, $"{v.Id} ({v.Name}) : {v.Definition}", null, null, null, null, v.Id);
        }
        foreach (var c in data.Contacts)
        {
            yield return Entry($"contact:{c.Id}", "contact", c,
                $"{c.Name} — {c.Role} — {c.Organisation} ({c.Centre}) : {Join(c.Email, c.Phone, c.Address, c.Hours, c.Website)}",
                $"contact {string.Join(' ', c.Topics)} {string.Join(' ', c.Programmes)}", c.Programmes.Count == 1 ? c.Programmes[0] : null, c.Centre, null, c.Id);
        }
        foreach (var (kind, sheets) in new[] { ("registration", data.Registration), ("exams", data.Exams) })
        {
            foreach (var r in sheets)
            {
                yield return Entry($"{kind}:{r.Id}", kind, r, $"{r.Title} ({r.Centre}) : {r.Text} {string.Join(" ; ", r.Items)}", r.Topic,
                    r.Programme, r.Centre, null, r.Id);
            }
        }
    }

    private static string Clean(string text) => string.Join(' ', text.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static string Ects(int? ects) => ects is null ? "" : $"{ects} ECTS";

    /// <summary>" Niveau de sortie : bac+3." when the value is given, nothing when it is not.</summary>
    private static string Said(string label, string? value) => string.IsNullOrWhiteSpace(value) ? "" : $"{label}{value.TrimEnd('.', ' ')}.";

    private static string Amount(decimal? amount) => amount is null ? "" : amount.Value.ToString("#,0.##", French) + " €";

    private static string Day(DateOnly? date) => date?.ToString("dddd d MMMM yyyy", French) ?? "?";

    private static string Join(params string?[] parts) => string.Join(" ; ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
