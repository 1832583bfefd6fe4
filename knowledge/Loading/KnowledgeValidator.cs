using Cnam.Bot.Knowledge.Import;
using Cnam.Bot.Knowledge.Model;

namespace Cnam.Bot.Knowledge.Loading;

/// <summary>
/// Cross-record checks: provenance on every record, unique ids and codes, references that resolve, closed
/// vocabularies of the schema (knowledge/README.md), dates that match their weekday.
/// </summary>
internal static class KnowledgeValidator
{
    private static readonly HashSet<string> TariffModalities = ["jour", "soir", "foad", "any"];
    private static readonly HashSet<string> Fundings = ["employeur", "tiers-payeur", "pole-emploi", "cpf", "individuel",
        "demandeur-emploi", "demandeur-emploi-cat-1-4", "demandeur-emploi-cat-5-8", "dif", "tout-public"];
    private static readonly HashSet<string> TariffKinds = ["formation", "frais-dossier", "droit-inscription", "validation", "rapport"];
    private static readonly HashSet<string> TariffUnits = ["par-an", "par-credit", "par-ects", "par-heure", "par-ue", "forfait", "total"];
    private static readonly HashSet<string> EventKinds = ["ferie", "accueil", "atelier", "soutenance", "interruption", "stage"];
    private static readonly HashSet<string> ModalityIds = ["jour", "soir", "distance", "alternance"];
    private static readonly HashSet<string> UeKinds = ["UE", "UA"];
    private static readonly HashSet<string> Semesters = ["annuel", "S1", "S2"];
    private static readonly HashSet<string> AccessRoutes = ["direct", "vapp", "vae", "vap85", "ves"];

    public static void Validate(KnowledgeData data, List<KnowledgeProblem> problems)
    {
        void Problem(string file, int line, string message) => problems.Add(new KnowledgeProblem(file, line, message));

        var sourceIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in data.Sources)
        {
            if (string.IsNullOrWhiteSpace(s.Id))
            {
                Problem(s.File, s.Line, "source sans id");
            }
            else if (!sourceIds.Add(s.Id))
            {
                Problem(s.File, s.Line, $"source « {s.Id} » en double");
            }
        }

        void Provenance(Record r, string what)
        {
            if (string.IsNullOrWhiteSpace(r.Source))
            {
                Problem(r.File, r.Line, $"{what} : source manquante");
            }
            else if (sourceIds.Count > 0 && !sourceIds.Contains(r.Source))
            {
                Problem(r.File, r.Line, $"{what} : source « {r.Source} » absente de sources.yaml");
            }
            if (string.IsNullOrWhiteSpace(r.ValidFor))
            {
                Problem(r.File, r.Line, $"{what} : validFor manquant");
            }
        }

        void Unique<T>(IEnumerable<T> records, Func<T, string?> key, string what) where T : Record
        {
            var seen = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
            foreach (var r in records)
            {
                var k = key(r);
                if (string.IsNullOrWhiteSpace(k))
                {
                    Problem(r.File, r.Line, $"{what} sans identifiant");
                }
                else if (seen.TryGetValue(k, out var first))
                {
                    Problem(r.File, r.Line, $"{what} « {k} » en double (déjà défini en {first.File}:{first.Line})");
                }
                else
                {
                    seen[k] = r;
                }
            }
        }

        void OneOf(Record r, string? value, HashSet<string> allowed, string field, string what, bool required = true)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required)
                {
                    Problem(r.File, r.Line, $"{what} : {field} manquant");
                }
            }
            else if (!allowed.Contains(value))
            {
                Problem(r.File, r.Line, $"{what} : {field} « {value} » inconnu (attendu : {string.Join(", ", allowed)})");
            }
        }

        Unique(data.Ues, u => u.Code, "UE");
        Unique(data.Programmes, p => p.Id, "programme");
        Unique(data.Tariffs, t => t.Id, "tarif");
        Unique(data.Plannings, p => p.Id, "planning");
        Unique(data.KeyDates, k => k.Id, "date clé");
        Unique(data.Internships, i => i.Id, "stage");
        Unique(data.ValidationRoutes, v => v.Id, "dispositif de validation");
        Unique(data.Contacts, c => c.Id, "contact");
        Unique(data.Registration.Concat(data.Exams), r => r.Id, "fiche");
        Unique(data.Facts, f => f.Id, "fait");
        Unique(data.Meetings, m => m.Id, "réunion");

        var ues = data.Ues.Where(u => !string.IsNullOrWhiteSpace(u.Code)).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var programmeCodes = data.Programmes.Select(p => p.Code).Where(c => !string.IsNullOrWhiteSpace(c)).ToHashSet(StringComparer.Ordinal);
        var contacts = data.Contacts.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        void ProgrammeRef(Record r, string? code, string what, bool allowAll = false)
        {
            if (code is null || (allowAll && code == "all") || programmeCodes.Count == 0)
            {
                return;
            }
            if (!programmeCodes.Contains(code))
            {
                Problem(r.File, r.Line, $"{what} : programme « {code} » inconnu");
            }
        }

        foreach (var u in data.Ues)
        {
            Provenance(u, $"UE {u.Code}");
            OneOf(u, u.Kind, UeKinds, "kind", $"UE {u.Code}", required: false);
        }

        foreach (var p in data.Programmes)
        {
            var what = $"programme {p.Id}";
            Provenance(p, what);
            if (string.IsNullOrWhiteSpace(p.Code))
            {
                Problem(p.File, p.Line, $"{what} : code manquant");
            }
            if (string.IsNullOrWhiteSpace(p.Centre))
            {
                Problem(p.File, p.Line, $"{what} : centre manquant");
            }
            foreach (var m in p.Modalities.Where(m => !ModalityIds.Contains(m.Id)))
            {
                Problem(p.File, p.Line, $"{what} : modalité « {m.Id} » inconnue (attendu : {string.Join(", ", ModalityIds)})");
            }
            foreach (var (parcours, m) in p.Parcours.SelectMany(x => x.Modalities.Select(m => (x, m))).Where(x => !p.Modalities.Any(pm => pm.Id == x.m)))
            {
                Problem(p.File, p.Line, $"{what} : parcours {parcours.Id} en modalité « {m} », que le programme n'a pas");
            }
            var seenUnits = new HashSet<string>(StringComparer.Ordinal);
            foreach (var unit in p.Units)
            {
                var line = unit.Line > 0 ? unit.Line : p.Line;
                if (!ues.Contains(unit.Code))
                {
                    Problem(p.File, line, $"{what} : UE « {unit.Code} » absente de ues.yaml");
                }
                if (!seenUnits.Add(unit.Code))
                {
                    Problem(p.File, line, $"{what} : UE « {unit.Code} » listée deux fois");
                }
                foreach (var alt in unit.AlternativeTo.Where(a => !ues.Contains(a)))
                {
                    Problem(p.File, line, $"{what} : alternativeTo « {alt} » absente de ues.yaml");
                }
                if (unit.Semester is not null && !Semesters.Contains(unit.Semester))
                {
                    Problem(p.File, line, $"{what} : semestre « {unit.Semester} » inconnu pour {unit.Code} (attendu : {string.Join(", ", Semesters)})");
                }
            }
        }

        foreach (var t in data.Tariffs)
        {
            var what = $"tarif {t.Id}";
            Provenance(t, what);
            if (string.IsNullOrWhiteSpace(t.ValidFor))
            {
                // Provenance already said it; a tariff without its year is the classic mistake, so say it plainly.
                Problem(t.File, t.Line, $"{what} : tarif sans année (validFor)");
            }
            ProgrammeRef(t, t.Programme, what, allowAll: true);
            if (string.IsNullOrWhiteSpace(t.Programme))
            {
                Problem(t.File, t.Line, $"{what} : programme manquant");
            }
            if (t.Amount is null)
            {
                Problem(t.File, t.Line, $"{what} : montant (amount) manquant");
            }
            else if (t.Amount < 0)
            {
                Problem(t.File, t.Line, $"{what} : montant négatif");
            }
            if (string.IsNullOrWhiteSpace(t.Unit))
            {
                Problem(t.File, t.Line, $"{what} : tarif sans unité (unit)");
            }
            else
            {
                OneOf(t, t.Unit, TariffUnits, "unit", what);
            }
            OneOf(t, t.Modality, TariffModalities, "modality", what, required: false);
            OneOf(t, t.Funding, Fundings, "funding", what, required: false);
            OneOf(t, t.Kind, TariffKinds, "kind", what);
            if (t.PlanYears is not null and not (1 or 2))
            {
                Problem(t.File, t.Line, $"{what} : planYears doit valoir 1 ou 2");
            }
            if (string.IsNullOrWhiteSpace(t.Centre))
            {
                Problem(t.File, t.Line, $"{what} : centre manquant");
            }
        }

        foreach (var c in data.CreditHours)
        {
            Provenance(c, $"creditHours {c.Credits}");
        }

        foreach (var p in data.Plannings)
        {
            ValidatePlanning(p, ues, Provenance, ProgrammeRef, Problem);
        }

        foreach (var k in data.KeyDates)
        {
            var what = $"date clé {k.Id}";
            Provenance(k, what);
            if (k.Date is null && (k.From is null || k.To is null))
            {
                Problem(k.File, k.Line, $"{what} : ni date ni période from/to");
            }
            if (k.From > k.To)
            {
                Problem(k.File, k.Line, $"{what} : from postérieur à to");
            }
        }

        foreach (var i in data.Internships)
        {
            Provenance(i, $"stage {i.Id}");
            ProgrammeRef(i, i.Programme, $"stage {i.Id}");
            foreach (var c in i.Contacts.Where(c => !contacts.Contains(c)))
            {
                Problem(i.File, i.Line, $"stage {i.Id} : contact « {c} » absent de contacts.yaml");
            }
        }

        foreach (var a in data.Access)
        {
            var what = $"accès {a.Programme}/{a.Centre}";
            Provenance(a, what);
            ProgrammeRef(a, a.Programme, what);
            foreach (var r in a.Routes.Where(r => !AccessRoutes.Contains(r.Route)))
            {
                Problem(a.File, a.Line, $"{what} : voie « {r.Route} » inconnue (attendu : {string.Join(", ", AccessRoutes)})");
            }
        }

        foreach (var v in data.ValidationRoutes)
        {
            Provenance(v, $"dispositif {v.Id}");
        }

        foreach (var c in data.Contacts)
        {
            Provenance(c, $"contact {c.Id}");
            foreach (var code in c.Programmes)
            {
                ProgrammeRef(c, code, $"contact {c.Id}", allowAll: true);
            }
        }

        EligibilityChecks.Validate(data, problems);

        foreach (var m in data.Meetings)
        {
            Provenance(m, $"réunion {m.Id}");
        }
        MeetingChecks.Validate(data, Problem);

        foreach (var r in data.Registration.Concat(data.Exams))
        {
            Provenance(r, $"fiche {r.Id}");
            ProgrammeRef(r, r.Programme, $"fiche {r.Id}", allowAll: true);
        }

        foreach (var f in data.Facts)
        {
            Provenance(f, $"fait {f.Id}");
            ProgrammeRef(f, f.Programme, $"fait {f.Id}", allowAll: true);
            if (string.IsNullOrWhiteSpace(f.Text))
            {
                Problem(f.File, f.Line, $"fait {f.Id} : texte manquant");
            }
        }
    }

    private static void ValidatePlanning(Planning p, HashSet<string> ues, Action<Record, string> provenance,
        Action<Record, string?, string, bool> programmeRef, Action<string, int, string> problem)
    {
        var what = $"planning {p.Id}";
        provenance(p, what);
        programmeRef(p, p.Programme, what, false);
        if (p.Modality is not null && !ModalityIds.Contains(p.Modality))
        {
            problem(p.File, p.Line, $"{what} : modalité « {p.Modality} » inconnue");
        }
        var seen = new HashSet<(DateOnly, string)>();
        foreach (var s in p.Sessions)
        {
            var line = s.Line > 0 ? s.Line : p.Line;
            if (string.IsNullOrWhiteSpace(s.Ue))
            {
                problem(p.File, line, $"séance du {s.Date:yyyy-MM-dd} sans UE");
            }
            else if (!ues.Contains(s.Ue))
            {
                problem(p.File, line, $"séance du {s.Date:yyyy-MM-dd} : UE « {s.Ue} » absente de ues.yaml");
            }
            CheckWeekday(p.File, line, s.Date, s.Weekday, problem);
            if (!seen.Add((s.Date, s.Ue)))
            {
                problem(p.File, line, $"séance du {s.Date:yyyy-MM-dd} de {s.Ue} en double");
            }
        }
        foreach (var e in p.Events)
        {
            var line = e.Line > 0 ? e.Line : p.Line;
            if (!EventKinds.Contains(e.Kind))
            {
                problem(p.File, line, $"événement : kind « {e.Kind} » inconnu (attendu : {string.Join(", ", EventKinds)})");
            }
            if (e.Date is null && (e.From is null || e.To is null))
            {
                problem(p.File, line, "événement sans date ni période from/to");
            }
            if (e.Date is { } d)
            {
                CheckWeekday(p.File, line, d, e.Weekday, problem);
            }
            if (e.Ue is not null && !ues.Contains(e.Ue))
            {
                problem(p.File, line, $"événement : UE « {e.Ue} » absente de ues.yaml");
            }
        }
    }

    private static void CheckWeekday(string file, int line, DateOnly date, string? letter, Action<string, int, string> problem)
    {
        if (!string.IsNullOrEmpty(letter) && !FrenchCalendar.Matches(date, letter))
        {
            problem(file, line, $"le {date:yyyy-MM-dd} est un {FrenchCalendar.DayName(date)}, pas « {letter} »");
        }
    }
}
