using Cnam.Bot.Knowledge.Model;

namespace Cnam.Bot.Knowledge.Loading;

/// <summary>
/// eligibility.yaml: rules inherit their block's provenance, and every rule must carry a quote, a known route,
/// known fields and titles, and references (internships, registration sheets, key dates, contacts, programmes)
/// that resolve.
/// </summary>
internal static class EligibilityChecks
{
    private static readonly HashSet<string> Routes = ["direct", "vapp", "vae", "vap85"];
    private static readonly HashSet<string> Fields = ["insertion", "accompagnement-social-professionnel", "accueil-information-orientation", "autre", "aucune"];
    private static readonly HashSet<string> Titles = ["cip", "cnam-premier-cycle"];
    private static readonly HashSet<string> Modalities = ["jour", "soir"];

    /// <summary>Every rule of a block, whatever its list.</summary>
    public static IEnumerable<EligibilityRule> Rules(EligibilityProgramme p) =>
        p.Access.Concat(p.Refusal is null ? [] : [p.Refusal]).Concat(p.Internships).Concat(p.Requirements)
            .Concat(p.Admission).Concat(p.RecommendWhen);

    /// <summary>Fills what a rule leaves to its block (source, validFor, file) and the block's centre default.</summary>
    public static void Complete(EligibilityProgramme block, FileDefaults? defaults, string file)
    {
        block.Centre ??= defaults?.Centre;
        foreach (var rule in Rules(block))
        {
            rule.File = file;
            rule.Source ??= block.Source;
            rule.ValidFor ??= block.ValidFor;
        }
    }

    public static void Validate(KnowledgeData data, List<KnowledgeProblem> problems)
    {
        void Problem(Record r, string message) => problems.Add(new KnowledgeProblem(r.File, r.Line, message));

        var sources = data.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var programmes = data.Programmes.Select(p => p.Code).Where(c => !string.IsNullOrWhiteSpace(c)).ToHashSet(StringComparer.Ordinal);
        var internships = data.Internships.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var sheets = data.Registration.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var keyDates = data.KeyDates.Select(k => k.Id).ToHashSet(StringComparer.Ordinal);
        var contacts = data.Contacts.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var validations = data.ValidationRoutes.Select(v => v.Id).ToHashSet(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        foreach (var block in data.Eligibility)
        {
            var what = $"éligibilité {block.Id}";
            if (string.IsNullOrWhiteSpace(block.Id) || !ids.Add(block.Id))
            {
                Problem(block, $"{what} : id manquant ou en double");
            }
            if (block.Programme is null || (programmes.Count > 0 && !programmes.Contains(block.Programme)))
            {
                Problem(block, $"{what} : programme « {block.Programme} » inconnu");
            }
            if (string.IsNullOrWhiteSpace(block.Centre))
            {
                Problem(block, $"{what} : centre manquant");
            }
            if (block.Access.Count == 0)
            {
                Problem(block, $"{what} : aucune voie d'accès (access)");
            }
            if (block.Refusal is null)
            {
                Problem(block, $"{what} : refusal manquant (la condition à citer quand aucune voie ne convient)");
            }
            foreach (var alternative in block.Alternatives.Where(a => programmes.Count > 0 && !programmes.Contains(a)))
            {
                Problem(block, $"{what} : alternative « {alternative} » inconnue");
            }
            foreach (var rule in Rules(block))
            {
                var ruleWhat = $"{what}, règle {rule.Id}";
                if (string.IsNullOrWhiteSpace(rule.Id) || !ids.Add(rule.Id))
                {
                    Problem(rule, $"{ruleWhat} : id manquant ou en double");
                }
                if (string.IsNullOrWhiteSpace(rule.Source) || (sources.Count > 0 && !sources.Contains(rule.Source)))
                {
                    Problem(rule, $"{ruleWhat} : source « {rule.Source} » manquante ou absente de sources.yaml");
                }
                if (string.IsNullOrWhiteSpace(rule.ValidFor))
                {
                    Problem(rule, $"{ruleWhat} : validFor manquant");
                }
                if (string.IsNullOrWhiteSpace(rule.Quote))
                {
                    Problem(rule, $"{ruleWhat} : quote manquant (la phrase du document que la règle encode)");
                }
                if (string.IsNullOrWhiteSpace(rule.Text))
                {
                    Problem(rule, $"{ruleWhat} : text manquant");
                }
                if (rule.Internship is not null && !internships.Contains(rule.Internship))
                {
                    Problem(rule, $"{ruleWhat} : stage « {rule.Internship} » absent de internships.yaml");
                }
                if (rule.Validation is not null && !validations.Contains(rule.Validation))
                {
                    Problem(rule, $"{ruleWhat} : dispositif « {rule.Validation} » absent de validationRoutes");
                }
                if (rule.Route is not null && !Routes.Contains(rule.Route))
                {
                    Problem(rule, $"{ruleWhat} : voie « {rule.Route} » inconnue (attendu : {string.Join(", ", Routes)})");
                }
                foreach (var condition in new[] { rule.When, rule.Unless })
                {
                    if (condition is null)
                    {
                        continue;
                    }
                    foreach (var f in condition.ExperienceFields.Where(f => !Fields.Contains(f)))
                    {
                        Problem(rule, $"{ruleWhat} : domaine « {f} » inconnu (attendu : {string.Join(", ", Fields)})");
                    }
                    foreach (var t in condition.Titles.Where(t => !Titles.Contains(t)))
                    {
                        Problem(rule, $"{ruleWhat} : titre « {t} » inconnu (attendu : {string.Join(", ", Titles)})");
                    }
                    if (condition.Modality is not null && !Modalities.Contains(condition.Modality))
                    {
                        Problem(rule, $"{ruleWhat} : modalité « {condition.Modality} » inconnue");
                    }
                }
            }
            foreach (var rule in block.Access.Where(r => r.Route is null || r.When is null))
            {
                Problem(rule, $"{what}, règle {rule.Id} : une voie d'accès a une route et une condition (when)");
            }
            foreach (var rule in block.Internships.Where(r => r.Internship is null))
            {
                Problem(rule, $"{what}, règle {rule.Id} : un stage renvoie à internships.yaml (internship)");
            }
            if (block.NextSteps is { } next)
            {
                foreach (var s in next.Sheets.Where(s => !sheets.Contains(s)))
                {
                    Problem(block, $"{what} : fiche « {s} » absente de registration.yaml");
                }
                foreach (var k in next.KeyDates.Where(k => !keyDates.Contains(k)))
                {
                    Problem(block, $"{what} : date clé « {k} » inconnue");
                }
                foreach (var c in next.Contacts.Where(c => !contacts.Contains(c)))
                {
                    Problem(block, $"{what} : contact « {c} » absent de contacts.yaml");
                }
            }
        }
    }
}
