using System.Text.RegularExpressions;
using Cnam.Bot.Knowledge.Model;

namespace Cnam.Bot.Dialogs.Questions;

// How the fee lines are written: grouped by document and year, one line per amount, and the computations the documents
// allow (credits x rate, hours x rate, fee + credits x rate).
public sealed partial class TariffAnswerer
{
    private string Group(List<Tariff> tariffs, Slots s)
    {
        var first = tariffs[0];
        var programme = first.Programme == "all" ? s.L("Toutes formations", "All programmes") : Format.ProgrammeShort(first.Programme);
        var heading = s.L($"**{programme}, Cnam {first.Centre} — tarifs {first.ValidFor}**", $"**{programme}, Cnam {first.Centre} — {first.ValidFor} fees**");
        var lines = tariffs
            .GroupBy(t => (t.Modality, t.PlanYears, t.Amount, t.Unit, t.Kind))
            .OrderBy(g => g.Key.Modality).ThenBy(g => g.Key.PlanYears)
            .Select(g => Line(g.ToList(), s))
            .Distinct()
            .ToList();
        var computations = Computations(tariffs, s);
        // A note that belongs to one parcours only says so when the lines cover several.
        var parcoursInGroup = tariffs.Select(t => t.Parcours).Distinct().ToList();
        var notes = tariffs.SelectMany(t => t.Notes.Select(n => (Note: n, t.Parcours)))
            .GroupBy(x => x.Note)
            .Select(g =>
            {
                var parcours = g.Select(x => x.Parcours).Distinct().ToList();
                return parcoursInGroup.Count > 1 && parcours.Count == 1 && parcours[0] is { } only
                    ? $"{ParcoursName(only, s)}{s.Colon} {g.Key}"
                    : g.Key;
            })
            .Take(3).ToList();
        var text = heading + "\n" + Topics.Bullets(lines);
        if (computations.Count > 0)
        {
            text += "\n" + Topics.Bullets(computations);
        }
        else if ((s.UeCodes.Count > 0 || OneUnitAsked(s)) && s.Utterance.Entities.Credits.Count == 0 && s.Utterance.Entities.Hours.Count == 0
            && tariffs.Any(t => t.Kind == "formation") && !tariffs.Any(PricesAUnit))
        {
            // "combien coûte l'UE ANG200 ?", "combien coûte une UE de la licence ?" in a programme priced by the year: no
            // price for one UE to compute.
            text += "\n" + (s.UeCodes.Count > 0
                ? s.L($"Ces tarifs valent pour la formation entière : mes documents ne donnent pas de prix pour l'UE {s.UeCodes[0]} seule.",
                    $"These fees are for the whole programme: my documents give no price for the UE {s.UeCodes[0]} on its own.")
                : s.L("Ces tarifs valent pour la formation entière : mes documents ne donnent pas de prix pour une UE seule.",
                    "These fees are for the whole programme: my documents give no price for a single UE."));
        }
        if (notes.Count > 0)
        {
            text += "\n" + string.Join("\n", notes.Select(n => "_" + n + "_"));
        }
        return text;
    }

    private static string ParcoursName(string parcours, Slots s) => parcours switch
    {
        "insertion-culture" => s.L("Parcours insertion par la culture", "Integration through culture track"),
        "insertion-pro" => s.L("Parcours insertion professionnelle", "Professional integration track"),
        _ => parcours,
    };

    private static string Line(List<Tariff> same, Slots s)
    {
        var t = same[0];
        var modality = Format.Modality(t.Modality, s.Language);
        var years = t.PlanYears is { } y ? s.L($", formation sur {y} an{(y > 1 ? "s" : "")}", $", over {y} year{(y > 1 ? "s" : "")}") : "";
        var fundings = string.Join(" / ", same.Select(x => Format.Funding(x.Funding, s.Language)).Distinct());
        var what = t.Kind switch
        {
            "droit-inscription" => s.L("droit d'inscription", "registration fee") + " — ",
            "frais-dossier" => s.L("frais de dossier", "application fee") + " — ",
            "rapport" => s.L("rapport d'expérience", "experience report") + " — ",
            _ => "",
        };
        var label = t.Label is not null && t.Kind != "formation" ? $" ({t.Label})" : "";
        var prefix = modality.Length > 0 ? Format.Capitalize(modality) + years + " — " : "";
        return $"{prefix}{what}{fundings}{s.L(" :", ":")} **{Format.Euros(t.Amount ?? 0)}** {Format.Unit(t.Unit, s.Language)}{label}".TrimEnd();
    }

    /// <summary>Credits x rate, hours x rate, and fixed fee + credits x rate, when the question gives credits, hours or a UE.</summary>
    private List<string> Computations(List<Tariff> tariffs, Slots s)
    {
        var credits = s.Utterance.Entities.Credits.FirstOrDefault();
        if (credits == 0 && s.UeCodes.Count > 0)
        {
            credits = kb.GetUe(s.UeCodes[0])?.Ects ?? 0;
        }
        if (credits > 0 && UnitsOf(s, credits) is { } units && units > 1)
        {
            // "2 UE de 6 crédits": 12 credits.
            credits *= units;
        }
        var hours = s.Utterance.Entities.Hours.FirstOrDefault();
        if (credits == 0 && hours == 0 && OneUnitAsked(s))
        {
            return PerUnit(tariffs, s);
        }
        var lines = new List<string>();
        // "combien coûte le CP29 à La Réunion ?": where every formation fee is a rate per credit, the programme's cost is
        // that computation; elsewhere ("le CASP à Paris", priced by the year in day classes) only when a total is asked.
        var perCreditOnly = tariffs.Where(t => t.Kind == "formation" && t.Amount is not null && t.Modality != "foad").ToList() is { Count: > 0 } formations
            && formations.All(t => t.Unit is "par-credit" or "par-ects") && !s.Mentions(vocabulary.CreditWords);
        if (credits == 0 && hours == 0 && s.Programme is { } programme && (s.Mentions(vocabulary.TotalWords) || perCreditOnly)
            && tariffs.FirstOrDefault(t => t.Unit is "par-credit" or "par-ects") is { } perCredit)
        {
            if (kb.GetProgramme(programme, perCredit.Centre)?.Ects is { } programmeEcts)
            {
                // "le coût total du CP29 à La Réunion": the rate times the programme's credits, said as a computation.
                credits = programmeEcts;
                lines.Add(s.L($"{Format.Capitalize(Format.Programme(programme, "fr"))} compte {credits} ECTS (Cnam {perCredit.Centre}) :",
                    $"{Format.Capitalize(Format.Programme(programme, "en"))} is worth {credits} ECTS credits (Cnam {perCredit.Centre}):"));
            }
            else
            {
                // "le CASP complet à Paris": the Paris document gives no total of credits, so no total cost; another centre's
                // total is said as such, never used for this one.
                var elsewhere = kb.Programmes(programme).FirstOrDefault(p => p.Ects is not null && p.Centre != perCredit.Centre);
                lines.Add(s.L($"Mes documents ne donnent pas le total de crédits {Format.OfProgramme(programme)} au Cnam {perCredit.Centre} : je ne peux pas en calculer le coût total, qui dépend des crédits suivis{(elsewhere is null ? "" : $" (le Cnam {elsewhere.Centre} en indique {elsewhere.Ects} ECTS)")}.",
                    $"My documents do not give the total credits of {Format.Programme(programme, "en")} at Cnam {perCredit.Centre}, so I cannot compute its total cost, which depends on the credits taken{(elsewhere is null ? "" : $" (Cnam {elsewhere.Centre} states {elsewhere.Ects} ECTS)")}."));
            }
        }
        var yearly = false;
        bool OverTheYears(Tariff t) => t.Unit == "par-an" && t.PlanYears is > 1 && t.Amount is not null
            && (s.Mentions(vocabulary.TotalWords) || s.Utterance.Entities.PlanYears == t.PlanYears);
        // "la licence sur 2 ans, au total ?", "la licence en cours du soir sur 2 ans me coûterait combien ?": the yearly fee
        // times the years, once for the fundings that pay the same.
        foreach (var same in tariffs.Where(OverTheYears).GroupBy(t => (Years: t.PlanYears!.Value, Rate: t.Amount!.Value)))
        {
            var (years, rate) = same.Key;
            var who = string.Join(" / ", same.Select(t => Format.Funding(t.Funding, s.Language)).Distinct());
            lines.Add(s.L($"Sur {years} ans ({who}) : {years} × {Format.Euros(rate)} = **{Format.Euros(years * rate)}**",
                $"Over {years} years ({who}): {years} × {Format.Euros(rate)} = **{Format.Euros(years * rate)}**"));
        }
        foreach (var t in tariffs.Where(t => t.Amount is not null && !OverTheYears(t)).DistinctBy(t => (t.Unit, t.Amount, t.Funding)))
        {
            var rate = t.Amount!.Value;
            switch (t.Unit)
            {
                case "par-credit" or "par-ects" when credits > 0:
                    var cost = CreditCost.Of(credits, t, tariffs);
                    lines.Add(CreditsCost(cost, s));
                    yearly |= cost.Yearly;
                    break;
                case "par-heure":
                    var h = hours > 0 ? (decimal)hours : kb.CreditHours().FirstOrDefault(c => c.Credits == credits)?.Hours ?? 0;
                    if (h > 0)
                    {
                        var basis = hours > 0 ? "" : s.L($"{credits} crédits = {h} h ; ", $"{credits} credits = {h} h; ");
                        lines.Add(s.L($"{Format.Capitalize(Format.Funding(t.Funding, "fr"))} : {basis}{h} h × {Format.Euros(rate)} = **{Format.Euros(h * rate)}**",
                            $"{Format.Capitalize(Format.Funding(t.Funding, "en"))}: {basis}{h} h × {Format.Euros(rate)} = **{Format.Euros(h * rate)}**"));
                    }
                    else if (credits == 0 && kb.CreditHours().Count > 0)
                    {
                        lines.Add(s.L("Correspondance crédits / heures : ", "Credits / hours: ") +
                            string.Join(" ; ", kb.CreditHours().Select(c => $"{c.Credits} {s.L("crédits", "credits")} = {c.Hours} h")));
                    }
                    break;
            }
        }
        if (yearly)
        {
            lines.Add(s.L("Ces sommes valent pour une année d'inscription : le droit d'inscription est dû chaque année.",
                "These sums are for one year's registration: the registration fee is due every year."));
        }
        return lines.Distinct().ToList();
    }

    /// <summary>
    /// The price of a UE asked, without naming one: "combien coûte une UE ?", "une UE de 6 crédits", "45 heures de
    /// cours" (a price by the UE, credit or hour answers it, a price by the year does not).
    /// </summary>
    private bool UnitAsked(Slots s) => s.UeCodes.Count == 0 && (vocabulary.SaysOneUnit(s.Question)
        || s.Utterance.Entities.Credits.Count > 0 || s.Utterance.Entities.Hours.Count > 0);

    /// <summary>One UE asked, none named nor its credits ("combien coûte une UE du CASP à la Réunion ?").</summary>
    private bool OneUnitAsked(Slots s) =>
        s.UeCodes.Count == 0 && s.Utterance.Entities.Credits.Count == 0 && vocabulary.SaysOneUnit(s.Question);

    /// <summary>
    /// "combien coûte une UE ?": for each number of credits the UEs of the programme asked (else of every programme of the
    /// centre) have, one UE's price by each rate per credit or per hour ("Une UE de 6 crédits (45 h) — employeur : 6 × 144 € =
    /// 864 € ; CPF : 45 h × 30 € = 1 350 €"), then the fees added once a year. A flat price per UE is among the lines above.
    /// </summary>
    private List<string> PerUnit(List<Tariff> tariffs, Slots s)
    {
        var rates = tariffs.Where(t => t.Kind == "formation" && t.Amount is not null && t.Unit is "par-credit" or "par-ects" or "par-heure")
            .DistinctBy(t => (t.Unit, t.Amount, t.Funding)).ToList();
        if (rates.Count == 0)
        {
            return [];
        }
        var centre = tariffs[0].Centre;
        var programmes = s.Programme is { } asked ? [asked] : kb.Programmes(null, centre).Select(p => p.Code).Distinct().ToList();
        var lines = new List<string>();
        foreach (var n in UnitPrice.UeCredits(kb, programmes, centre))
        {
            var priced = rates.Select(t => UnitPrice.Of(kb, n, t)).OfType<UnitPrice>().ToList();
            var prices = priced.Select(p => $"{Format.Funding(p.Rate.Funding, s.Language)}{s.Colon} {(p.Hours is { } hours ? $"{hours} h" : $"{n}")} × {Format.Euros(p.Rate.Amount!.Value)} = **{Format.Euros(p.Amount)}**");
            var h = priced.Select(p => p.Hours).FirstOrDefault(x => x is not null);
            var unit = h is { } length ? s.L($"Une UE de {n} crédits ({length} h)", $"A UE of {n} credits ({length} h)") : s.L($"Une UE de {n} crédits", $"A UE of {n} credits");
            lines.Add($"{unit} — {string.Join(" ; ", prices)}");
        }
        var fixedFees = tariffs.Where(t => t.Kind is "droit-inscription" or "frais-dossier" && t.Amount is not null)
            .Select(t => t.Kind == "droit-inscription" ? s.L("le droit d'inscription", "the registration fee") : s.L("les frais de dossier", "the application fee"))
            .Distinct().ToList();
        if (lines.Count > 0 && fixedFees.Count > 0)
        {
            lines.Add(s.L($"S'y {(fixedFees.Count > 1 ? "ajoutent" : "ajoute")} {string.Join(" et ", fixedFees)} ci-dessus, pour chaque année d'inscription, quel que soit le nombre d'UE.",
                $"Add {string.Join(" and ", fixedFees)} above, for each year of registration, whatever the number of UEs."));
        }
        return lines;
    }

    /// <summary>
    /// "Pour 54 crédits (individuel) : 54 × 60 € + 100 € de droit d'inscription + 18 € de frais de dossier = 3 358 €", the
    /// registration fee first.
    /// </summary>
    private static string CreditsCost(CreditCost cost, Slots s)
    {
        var rate = cost.Rate;
        var parts = string.Concat(cost.FixedFees.OrderBy(f => f.Kind == "droit-inscription" ? 0 : 1).Select(f => " + " + Format.Euros(f.Amount!.Value)
            + (f.Kind == "droit-inscription" ? s.L(" de droit d'inscription", " registration fee") : s.L(" de frais de dossier", " application fee"))));
        return s.L($"Pour {cost.Credits} crédits ({Format.Funding(rate.Funding, "fr")}) : {cost.Credits} × {Format.Euros(rate.Amount!.Value)}{parts} = **{Format.Euros(cost.Sum)}**",
            $"For {cost.Credits} credits ({Format.Funding(rate.Funding, "en")}): {cost.Credits} × {Format.Euros(rate.Amount!.Value)}{parts} = **{Format.Euros(cost.Sum)}**");
    }

    /// <summary>
    /// "2 UE de 6 crédits", "trois modules de 4 ECTS", "two units of 6 credits": how many units of <paramref name="credits"/>
    /// credits. The count is the number the recogniser read in that place (its lexicon's number words, French and English).
    /// </summary>
    private static int? UnitsOf(Slots s, int credits)
    {
        var match = UnitsPattern().Match(Knowledge.Text.FrenchText.Fold(s.Question));
        if (!match.Success || match.Groups["credits"].Value != credits.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            return null;
        }
        var n = match.Groups["n"].Value;
        return s.Utterance.Entities.Numbers.FirstOrDefault(m => m.Text == n) is { } number && number.Value % 1 == 0 ? (int)number.Value : null;
    }

    [GeneratedRegex(@"\b(?<n>[a-z0-9]+)\s+(?:ue|ues|unites?|modules?|units?)\s+(?:d|de|of)\s+(?<credits>\d{1,2})\s+(?:credits?|ects)",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex UnitsPattern();
}
