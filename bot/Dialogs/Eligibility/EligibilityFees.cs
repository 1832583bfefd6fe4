using Cnam.Bot.Dialogs.Questions;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Model;
using Cnam.Bot.Knowledge.Queries;

namespace Cnam.Bot.Dialogs.Eligibility;

/// <summary>One fee of the simulation: what it is, the amount as said, and the tariff line it comes from.</summary>
public sealed record FeeLine(string What, string Amount, Tariff Tariff);

/// <summary>
/// The fees for a programme, centre, modality, plan length and funding: the tariff lines (with their year and
/// source), a total when the documents allow a simple computation, and a note when no line matches.
/// </summary>
public sealed record FeeEstimate(IReadOnlyList<FeeLine> Lines, string? Total, IReadOnlyList<string> Notes, string? Missing)
{
    /// <summary>The tariffs <see cref="Missing"/> quotes (the fees given for other fundings), for their sources.</summary>
    public IReadOnlyList<Tariff> Quoted { get; init; } = [];

    /// <summary>Every tariff the estimate states an amount of: its lines, then those quoted.</summary>
    public IEnumerable<Tariff> Tariffs => Lines.Select(l => l.Tariff).Concat(Quoted);

    public IEnumerable<(string? Source, string? ValidFor)> Provenance =>
        Tariffs.Select(t => (t.Source, t.ValidFor)).Distinct();
}

/// <summary>
/// Fees and the questions they need, from tariffs.yaml through <see cref="KnowledgeBase.FindTariffs"/>: which
/// modalities, plan lengths and fundings a programme's tariffs distinguish (so only those are asked), and the
/// matching lines. No amount is written here.
/// </summary>
public sealed class EligibilityFees(KnowledgeBase kb)
{
    private const string Formation = "formation";

    /// <summary>The modalities (jour, soir) the programme's fees distinguish; empty when they do not.</summary>
    public IReadOnlyList<string> Modalities(EligibilityAnswers a) =>
        Formations(a, modality: null, planYears: null).Select(t => t.Modality).OfType<string>()
            .Where(m => m is "jour" or "soir").Distinct().OrderBy(m => m == "jour" ? 0 : 1).ToList();

    /// <summary>The plan lengths (1, 2 years) the fees distinguish for the answers' modality.</summary>
    public IReadOnlyList<int> PlanYears(EligibilityAnswers a) =>
        Formations(a, a.Modality, planYears: null).Select(t => t.PlanYears).OfType<int>().Distinct().Order().ToList();

    /// <summary>The funding ids the fees distinguish (job seeker categories grouped as "demandeur-emploi").</summary>
    public IReadOnlyList<string> Fundings(EligibilityAnswers a) =>
        Formations(a, a.Modality, a.PlanYears).Concat(Others(a))
            .Select(t => t.Funding).OfType<string>().Where(f => f != "tout-public")
            .Select(f => f.StartsWith("demandeur-emploi", StringComparison.Ordinal) ? "demandeur-emploi" : f)
            .Distinct().ToList();

    /// <summary>True when the fees differ by job seeker category (La Réunion).</summary>
    public bool NeedsCategory(EligibilityAnswers a) =>
        a.Funding == "demandeur-emploi" && Candidates(a).Any(t => t.Funding?.StartsWith("demandeur-emploi-cat", StringComparison.Ordinal) == true);

    /// <summary>
    /// The funding id for what the applicant said, among <paramref name="available"/>: France Travail is "pole-emploi"
    /// where the licence says so and "demandeur-emploi" where the titre does.
    /// </summary>
    public static string? FundingFor(Understanding.Funding said, IReadOnlyList<string> available)
    {
        string[] preferred = said switch
        {
            Understanding.Funding.Employer or Understanding.Funding.Opco => ["employeur"],
            Understanding.Funding.ThirdParty => ["tiers-payeur", "employeur"],
            Understanding.Funding.Cpf => ["cpf"],
            Understanding.Funding.Dif => ["dif"],
            Understanding.Funding.Individual => ["individuel"],
            Understanding.Funding.FranceTravail => ["pole-emploi", "demandeur-emploi"],
            _ => ["demandeur-emploi", "pole-emploi"],
        };
        return preferred.FirstOrDefault(available.Contains) ?? preferred[0];
    }

    /// <summary>
    /// The fees of the answers, with the validation fee of <paramref name="validation"/> (VAE, VAP85) when priced.
    /// <paramref name="followsTheUes"/>: the validation opens access (VAP85, VAPP) and the programme's UEs are then
    /// followed, so their total is given, the validation's own fee named beside it; false when it validates the diploma
    /// itself (VAE), whose credits are not followed.
    /// </summary>
    public FeeEstimate Estimate(EligibilityAnswers a, string? validation = null, bool followsTheUes = false)
    {
        var lines = new List<FeeLine>();
        var notes = new List<string>();
        var formations = Matching(Formations(a, a.Modality, a.PlanYears), a).ToList();
        Tariff? validationFee = null;
        foreach (var t in formations)
        {
            lines.Add(new FeeLine(What(t, a), Amount(t, a), t));
        }
        foreach (var t in Matching(Others(a), a))
        {
            lines.Add(new FeeLine(What(t, a), Amount(t, a), t));
        }
        if (validation is not null)
        {
            foreach (var t in kb.FindTariffs(new TariffQuery(Centre: a.Centre, Kind: "validation"))
                .Where(t => t.Label?.StartsWith(validation + " ", StringComparison.OrdinalIgnoreCase) == true))
            {
                lines.Add(new FeeLine(What(t, a), Amount(t, a), t));
                validationFee ??= t.Amount is not null ? t : null;
            }
        }
        // One line per fee as shown (a document line stored once per funding mode reads the same).
        lines = lines.GroupBy(l => (l.What, l.Amount)).Select(g => g.First()).ToList();
        notes.AddRange(lines.SelectMany(l => l.Tariff.Notes).Distinct());
        if (a.Programme == "CP29" && lines.Any(l => l.Tariff.Programme == "CPN42"))
        {
            notes.Insert(0, a.L("Tarifs du titre CASP (CPN42) : le certificat CP29 en reprend les 6 premières UE.",
                "Fees of the CASP title (CPN42): the CP29 certificate is made of its first 6 UE."));
        }
        if (a.Funding == "pole-emploi" && formations.Count > 0
            && Matching(Formations(a, a.Modality, a.PlanYears), a with { Funding = "individuel" }).FirstOrDefault(t => t.Funding == "individuel") is { } own)
        {
            // A job seeker pays the Pôle emploi fee only if Pôle emploi funds the programme: the fee if they pay themselves.
            notes.Insert(0, a.L($"Ce tarif vaut si Pôle emploi (France Travail) finance la formation ; si vous la financez vous-même : {Amount(own, a)}.",
                $"This fee applies if Pôle emploi (France Travail) funds the programme; if you pay yourself: {Amount(own, a)}."));
        }
        // The programme's UEs are followed (no validation, or one that opens access): their total, or one UE's price, counts.
        var uesFollowed = validation is null || followsTheUes;
        string? total = null;
        if (formations.Count == 1 && formations[0] is { Unit: "par-an", Amount: { } perYear, PlanYears: > 1 and var years })
        {
            total = a.L($"{Format.Euros(perYear * years)} sur {years} ans ({Format.Euros(perYear)} par an)",
                $"{Format.Euros(perYear * years)} over {years} years ({Format.Euros(perYear)} per year)");
        }
        else if (formations.Count == 1 && formations[0] is { Unit: "total" or "par-an", Amount: { } amount } only)
        {
            total = $"{Format.Euros(amount)}{(only.Unit == "par-an" ? a.L(" pour l'année", " for the year") : "")}";
        }
        else if (uesFollowed && formations.Count == 1 && formations[0] is { Unit: "par-ects" or "par-credit", Amount: { } rate }
            && kb.GetProgramme(a.Programme!, a.Centre)?.Ects is { } ects)
        {
            // La Réunion prices by the credit: the programme's credits times the rate, with the fixed fees of the funding,
            // for one year's registration (the registration fee is yearly). Not on a VAE route, where the credits are
            // validated by experience, not followed.
            var cost = CreditCost.Of(ects, formations[0], Candidates(a));
            var parts = string.Concat(cost.FixedFees.Select(t => " + " + Format.Euros(t.Amount!.Value)));
            total = a.L($"{Format.Euros(cost.Sum)} pour les {ects} ECTS de la formation ({ects} × {Format.Euros(rate)}{parts}){(cost.Yearly ? ", sur une année d'inscription : le droit d'inscription est dû chaque année" : "")}",
                $"{Format.Euros(cost.Sum)} for the programme's {ects} ECTS credits ({ects} × {Format.Euros(rate)}{parts}){(cost.Yearly ? ", for one year's registration: the registration fee is due every year" : "")}");
            if (validationFee is not null)
            {
                // Through the VAP85 the UEs are followed after the validation, which the documents price apart (its own
                // fee, "les frais d'inscription sont inclus"): not added to the programme's, whose registration it may include.
                total += a.L($" ; la {validation} a son propre tarif ({Amount(validationFee, a)}).", $"; the {validation} has its own fee ({Amount(validationFee, a)}).");
            }
        }
        if (total is null && uesFollowed && formations.Count == 1 && formations[0] is { Unit: "par-ects" or "par-credit" or "par-heure", Amount: not null } perUnit
            && a.Programme is { } programme)
        {
            // No total the documents allow (the CASP in Paris gives no total of credits): what one UE costs, for each
            // number of credits the programme's UEs have; the total depends on the UEs followed.
            var prices = UnitPrice.UeCredits(kb, [programme], a.Centre).Select(n => UnitPrice.Of(kb, n, perUnit)).OfType<UnitPrice>()
                .Select(p => (Price: p, Hours: p.Hours is { } hours ? $" ({hours} h)" : ""))
                .Select(x => a.L($"{x.Price.Credits} crédits{x.Hours} : {Format.Euros(x.Price.Amount)}", $"{x.Price.Credits} credits{x.Hours}: {Format.Euros(x.Price.Amount)}"))
                .ToList();
            if (prices.Count > 0)
            {
                notes.Insert(0, a.L($"Prix d'une UE : {string.Join(" ; ", prices)}. Le total dépend des UE suivies.",
                    $"Price of one UE: {string.Join("; ", prices)}. The total depends on the UEs taken."));
            }
        }
        string? missing = null;
        List<Tariff> quoted = [];
        if (formations.Count == 0)
        {
            // "cpf" for the evening licence, whose fees name no CPF: say so, with the fees the documents give for the rest
            // of the answers, so the person sees what exists before asking for a quote.
            quoted = a.Funding is null ? [] : Matching(Formations(a, a.Modality, a.PlanYears), a with { Funding = null }).Where(t => t.Amount is not null).ToList();
            var given = quoted.Select(t => $"{What(t, a)}{a.L(" : ", ": ")}{Amount(t, a)}").Distinct().ToList();
            missing = given.Count == 0
                ? a.L("Mes documents ne donnent pas de tarif pour cette situation : demandez un devis au contact ci-dessous.",
                    "My documents give no fee for this situation: ask the contact below for a quote.")
                : a.L($"Mes documents ne donnent pas de tarif pour ce financement ; ceux qu'ils donnent : {string.Join(" ; ", given)}. Demandez un devis au contact ci-dessous.",
                    $"My documents give no fee for this funding; the ones they give: {string.Join("; ", given)}. Ask the contact below for a quote.");
        }
        return new FeeEstimate(lines, total, notes, missing) { Quoted = quoted };
    }

    private IEnumerable<Tariff> Formations(EligibilityAnswers a, string? modality, int? planYears) =>
        Candidates(a).Where(t => t.Kind == Formation && (modality is null || t.Modality is null or "any" || t.Modality == modality)
            && (planYears is null || t.PlanYears is null || t.PlanYears == planYears));

    // Registration and file fees that come with the formation fees (La Réunion).
    private IEnumerable<Tariff> Others(EligibilityAnswers a) =>
        Candidates(a).Where(t => t.Kind is "droit-inscription" or "frais-dossier" && t.Modality is null or "any");

    private List<Tariff> Candidates(EligibilityAnswers a)
    {
        if (a.Programme is null)
        {
            return [];
        }
        // The Paris document prices the titre's UE, the certificat's included (as the question answerer does).
        foreach (var programme in a.Programme == "CP29" ? new[] { "CP29", "CPN42" } : [a.Programme])
        {
            var found = kb.FindTariffs(new TariffQuery(Programme: programme, Centre: a.Centre, Parcours: a.Parcours))
                .Where(t => t.Programme == programme || t.Programme == "all").ToList();
            if (found.Any(t => t.Programme == programme) || (programme != "CP29" && found.Count > 0))
            {
                return found.Where(t => t.Modality != "foad").ToList();
            }
        }
        return [];
    }

    private static IEnumerable<Tariff> Matching(IEnumerable<Tariff> tariffs, EligibilityAnswers a)
    {
        var list = tariffs.ToList();
        if (a.Funding is null)
        {
            return list;
        }
        var exact = a.Funding == "demandeur-emploi" && a.JobSeekerCategory is { } c
            ? list.Where(t => t.Funding == (c <= 4 ? "demandeur-emploi-cat-1-4" : "demandeur-emploi-cat-5-8")).ToList()
            : [];
        if (exact.Count == 0)
        {
            exact = list.Where(t => t.Funding == a.Funding).ToList();
        }
        // Same amount under two ids (a single document line): show it once.
        return exact.GroupBy(t => (t.Kind, t.Amount, t.Unit, t.Label)).Select(g => g.First());
    }

    private static string What(Tariff t, EligibilityAnswers a)
    {
        var language = a.TextLanguage;
        return t.Kind switch
        {
            "droit-inscription" => a.L("Droit d'inscription", "Registration fee"),
            "frais-dossier" => a.L("Frais de dossier", "Application fee"),
            "validation" => t.Label is { } label && label.Contains(" : ", StringComparison.Ordinal) ? label[..label.IndexOf(" : ", StringComparison.Ordinal)] : "Validation",
            _ => Format.Capitalize($"{Format.Modality(t.Modality, language)}{(t.PlanYears is { } y ? a.L($", formation sur {y} an{(y > 1 ? "s" : "")}", $", programme over {y} year{(y > 1 ? "s" : "")}") : "")}".Trim(',', ' ')) is { Length: > 0 } m
                ? $"{m} — {Format.Funding(t.Funding, language)}"
                : Format.Capitalize(Format.Funding(t.Funding, language)),
        };
    }

    private static string Amount(Tariff t, EligibilityAnswers a)
    {
        var amount = t.Amount is { } value ? Format.Euros(value) : "";
        var unit = t.Unit is "total" ? "" : Format.Unit(t.Unit, a.TextLanguage);
        return unit.Length > 0 ? $"{amount} {unit}" : amount;
    }
}
