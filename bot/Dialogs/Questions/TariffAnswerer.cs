using System.Text.RegularExpressions;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Model;
using Cnam.Bot.Knowledge.Queries;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>
/// Fees from tariffs.yaml: filtered by what the question says (programme, centre, modality, plan length, funding),
/// preferring lines that match what was said exactly over lines that apply to any case, grouped by document and
/// year, with the simple computations the documents allow (credits x rate, hours x rate, fee + credits x rate).
/// </summary>
public sealed partial class TariffAnswerer(KnowledgeBase kb, AnsweringVocabulary vocabulary) : ITopicAnswerer
{
    private static readonly string[] ValidationIds = ["vae", "vap85", "ves", "vapp"];

    public IReadOnlyCollection<string> Intents { get; } = [Understanding.Intents.Tariffs];

    /// <summary>The fees for the one centre of <paramref name="s"/> (or every centre when none is said).</summary>
    public TopicResult? Answer(string intent, Slots s)
    {
        var kind = KindAsked(s);
        var askedYear = AskedYear(s);
        var explicitYear = YearPattern().IsMatch(s.Question);
        if (askedYear is { } year && !kb.FindTariffs(new TariffQuery()).Any(t => explicitYear ? Covers(t.ValidFor, year) : StartsIn(t.ValidFor, year)))
        {
            // Fees of a year the documents do not give: never present older figures as that year's.
            var known = kb.FindTariffs(new TariffQuery(Programme: s.Programme == "CP29" ? null : s.Programme, Centre: s.CentreSaid ? s.Centre : null))
                .Select(t => t.ValidFor).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
            var intro = s.L($"Je n'ai pas les tarifs {year}-{year + 1} dans mes documents. Les seuls tarifs que je connais sont ceux de {string.Join(" et ", known)}.",
                $"I do not have the {year}-{year + 1} fees in my documents. The only fees I know are those of {string.Join(" and ", known)}.");
            if (s.Programme is null || kind == "validation")
            {
                return new Missing(intro, "tariff-year");
            }
            var older = Lookup(s, kind, out _, out _);
            return new Missing(intro + (older.Count == 0 ? "" : s.L(" Pour information, ci-dessous, avec leur année :", " For reference, below, with their year:")
                + "\n\n" + string.Join("\n\n", older.GroupBy(GroupKey).Select(g => Group(g.ToList(), s)))), "tariff-year");
        }
        if (kind == "validation")
        {
            return Validation(s);
        }
        var found = Lookup(s, kind, out var relaxed, out var partial);
        if (found.Count == 0 && kind is "frais-dossier" or "droit-inscription")
        {
            (found, relaxed) = RegistrationFeeElsewhere(s, kind);
        }
        if (found.Count == 0)
        {
            return new Missing(s.L("Je n'ai pas de tarif correspondant à votre situation dans mes documents.",
                "I have no fee matching your situation in my documents."), "tariff-none");
        }
        if (SaidJobSeeker(s) && s.Programme is { } priced
            && !found.Any(t => t.Funding?.StartsWith("demandeur-emploi", StringComparison.Ordinal) == true) && found.Any(t => t.Funding == "pole-emploi"))
        {
            relaxed = (relaxed is null ? "" : relaxed + "\n") + s.L(
                $"Mes documents ne donnent pas de tarif « demandeur d'emploi » pour {Format.Programme(priced, "fr")} : le tarif Pôle emploi (France Travail) vaut si Pôle emploi finance la formation, le tarif individuel si vous la financez vous-même.",
                $"My documents give no job-seeker fee for {Format.Programme(priced, "en")}: the Pôle emploi (France Travail) fee applies if Pôle emploi funds the programme, the individual fee if you pay yourself.");
        }
        var groups = found.GroupBy(GroupKey).ToList();
        if (s.Programme is null && s.Fundings.Count == 0 && groups.Select(g => g.Key.Programme).Where(p => p != "all").Distinct().Count() > 1)
        {
            if (s.Mentions(vocabulary.FundingAskWords) && FundingOverview(s) is { } overview)
            {
                return overview;
            }
            return new Clarify(s.L("Les tarifs dépendent de la formation : laquelle vous intéresse ?", "Fees depend on the programme: which one?"),
                Topics.ProgrammeChoices(s, kb));
        }
        var text = string.Join("\n\n", groups.Select(g => Group(g.ToList(), s)));
        var sources = groups.Select(g => Provenance.Of(g.First(), g.Key.Centre)).ToList();
        if (kind is null && relaxed is null && FundingWithoutFee(s, found) is { } funding)
        {
            var (said, centres, facts) = funding;
            relaxed = FundingNote(s, said, centres, found, facts);
            sources.AddRange(facts.Select(f => Provenance.Of(f, f.Centre)));
        }
        foreach (var note in new[] { relaxed, partial }.OfType<string>())
        {
            text = note + "\n\n" + text;
        }
        return new Found(text, sources);
    }

    /// <summary>
    /// "est-ce qu'on peut avoir une aide financière ?", "comment financer ma formation ?": no programme and no funding named.
    /// What the documents say of funding and whom they name for it, then that the fees by funding are the programme's.
    /// Null when they say nothing of it.
    /// </summary>
    private Found? FundingOverview(Slots s)
    {
        var centre = s.CentreSaid ? s.Centre : null;
        var facts = kb.Facts("financement", null, centre);
        var contacts = kb.Contacts("financement", null, centre).Where(c => c.Email is not null || c.Phone is not null).ToList();
        if (facts.Count == 0 && contacts.Count == 0)
        {
            return null;
        }
        var lines = facts.Select(f => $"{s.L(f.Text ?? "", f.En ?? f.Text ?? "")} (Cnam {f.Centre})")
            .Concat(contacts.Select(c => $"{c.Role}{s.Colon} {c.Email ?? c.Phone} (Cnam {c.Centre})"));
        var text = s.L("Ce que mes documents disent du financement :", "What my documents say about funding:") + "\n" + Topics.Bullets(lines)
            + "\n" + s.L("Les tarifs selon qui finance (employeur, CPF, Pôle emploi, vous-même…) dépendent de la formation : demandez-les pour celle qui vous intéresse.",
                "The fees by who pays (employer, CPF, Pôle emploi, yourself…) depend on the programme: ask them for the one you are interested in.");
        return new Found(text, facts.Select(f => Provenance.Of(f, f.Centre)).Concat(contacts.Select(c => Provenance.Of(c, c.Centre))));
    }

    /// <summary>
    /// No line of the registration fee asked: "les frais de dossier à Paris ?" gets the registration fee Paris gives (what
    /// the person will pay); "des frais d'inscription en plus pour la licence ?" the programme's fees, none being apart.
    /// Each with a sentence saying what the documents lack.
    /// </summary>
    private (List<Tariff> Found, string? Said) RegistrationFeeElsewhere(Slots s, string kind)
    {
        var (what, whatEn) = kind == "frais-dossier" ? ("de frais de dossier", "application fee") : ("de frais d'inscription", "registration fee");
        var (at, atEn) = s.Programme is { } p ? ($" à part pour {Format.Programme(p, "fr")}", $" for {Format.Programme(p, "en")} apart from its fees")
            : s.CentreSaid && s.Centre is { } c ? ($" au Cnam {c}", $" at Cnam {c}") : ("", "");
        if (kind == "frais-dossier" && Lookup(s, "droit-inscription", out _, out _) is { Count: > 0 } registration)
        {
            return (registration, s.L($"Mes documents ne donnent pas {what}{at} ; les droits d'inscription qu'ils donnent :",
                $"My documents give no {whatEn}{atEn}; the registration fees they give:"));
        }
        if (s.Programme is not null && Lookup(s, null, out _, out _) is { Count: > 0 } fees)
        {
            return (fees, s.L($"Mes documents ne donnent pas {what}{at} ; les tarifs qu'ils donnent :", $"My documents give no {whatEn}{atEn}; the fees they give:"));
        }
        return ([], null);
    }

    /// <summary>
    /// A funding was said ("mon employeur paie", "avec mon CPF") but at a centre of the answer no fee line is that
    /// funding's: only the lines for everyone remain there (La Réunion prices employer funding by agreement, not by a
    /// figure). Returns the funding, those centres and what the documents say about it there (topic
    /// <c>financement</c>), or null.
    /// </summary>
    private (string Funding, List<string?> Centres, List<Fact> Facts)? FundingWithoutFee(Slots s, List<Tariff> found)
    {
        var without = s.Fundings.Count == 0 ? [] : found.GroupBy(t => t.Centre)
            .Where(atCentre => !atCentre.Any(t => t.Funding is { } f && s.Fundings.Any(said => f == said || f.StartsWith(said + "-", StringComparison.Ordinal))))
            .Select(atCentre => atCentre.Key).ToList();
        if (without.Count == 0)
        {
            return null;
        }
        var said = s.Fundings[0];
        var words = Format.Funding(said, "fr");
        var facts = without
            .SelectMany(centre => kb.Facts("financement", s.Programme, centre))
            .Distinct()
            .Where(f => f.Keywords.Any(k => k.Equals(said, StringComparison.OrdinalIgnoreCase) || k.Equals(words, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return (said, without, facts);
    }

    private static string FundingNote(Slots s, string funding, List<string?> without, List<Tariff> found, List<Fact> facts)
    {
        var centres = string.Join(s.L(" et ", " and "), without.Select(c => "Cnam " + c));
        var intro = s.L($"Mes documents ne donnent pas de tarif chiffré pour un financement « {Format.Funding(funding, "fr")} » au {centres}.",
            $"My documents give no figure for {Format.Funding(funding, "en")} funding at {centres}.");
        var said = facts.Select(f => s.L(f.Text ?? "", f.En ?? f.Text ?? "")).Where(t => t.Length > 0).ToList();
        // Where another centre does price that funding, its lines come below with the fees for everyone of these.
        var everywhere = found.Select(t => t.Centre).Distinct().Count() == without.Count;
        return intro + (said.Count > 0 ? s.L(" Ils disent :", " They say:") + "\n" + Topics.Bullets(said) : "")
            + "\n" + (everywhere ? s.L("Les frais qui s'appliquent à tous :", "The fees that apply to everyone:")
                : s.L("Les tarifs de chaque centre :", "Each centre's fees:"));
    }

    private static (string? Programme, string? Centre, string? ValidFor, string? Source) GroupKey(Tariff t) => (t.Programme, t.Centre, t.ValidFor, t.Source);

    /// <summary>
    /// The fee lines for the question. CP29 also gets the titre's Paris lines (the Paris document prices the UE of
    /// both), and in <paramref name="partial"/> that its day-class price is the whole titre's. When what was said matches
    /// nothing, the closest lines are returned, with <paramref name="relaxed"/> saying what was dropped.
    /// </summary>
    private List<Tariff> Lookup(Slots s, string? kind, out string? relaxed, out string? partial)
    {
        relaxed = null;
        partial = null;
        var found = Find(s, s.Programme, kind);
        if (kind == "droit-inscription")
        {
            // What registering costs: the registration right and the file fees that go with it (La Réunion's 118 €).
            found.AddRange(Find(s, s.Programme, "frais-dossier").Where(t => !found.Contains(t)));
        }
        if (s.Programme == "CP29")
        {
            // The titre's per-credit, per-hour and registration lines price the certificate's UE too; its price for the
            // whole titre (day classes) is not the certificate's, and is said to be so rather than given as one.
            var centres = found.Select(t => t.Centre).ToHashSet();
            var titre = Find(s, "CPN42", kind).Where(t => !centres.Contains(t.Centre)).ToList();
            found.AddRange(titre.Where(t => !t.IsWholeProgrammePrice()));
            if (titre.Any(t => t.IsWholeProgrammePrice()))
            {
                partial = s.L("En cours du jour, mes documents ne donnent que le prix du titre CASP (CPN42) complet, pas celui du certificat CP29 seul.",
                    "For day classes, my documents only give the price of the whole CASP title (CPN42), not of the CP29 certificate alone.");
            }
        }
        if (found.Count > 0 || kind is not null)
        {
            return found;
        }
        // Nothing for this funding / modality / length: say so, and give what the documents have.
        var steps = new (Func<Slots, Slots> Relax, string Fr, string En, bool Applies)[]
        {
            (x => x with { Fundings = [] }, "pour ce mode de financement", "for this funding", s.Fundings.Count > 0),
            (x => x with { Modality = null, Fundings = [] }, "pour cette modalité", "for this mode of study", s.Modality is not null),
            (x => x with { Modality = null, Fundings = [], PlanYears = null }, "pour cette durée", "for this length", s.PlanYears is not null),
        };
        foreach (var step in steps.Where(x => x.Applies))
        {
            var wider = step.Relax(s);
            found = Find(wider, wider.Programme, kind);
            if (found.Count > 0)
            {
                relaxed = s.L($"Je n'ai pas de tarif {step.Fr} dans mes documents ; voici les tarifs qui y figurent :",
                    $"I have no fee {step.En} in my documents; here are the fees they give:");
                return found;
            }
        }
        return found;
    }

    private List<Tariff> Find(Slots s, string? programme, string? kind)
    {
        var query = new TariffQuery(Programme: programme, Centre: s.Centre, Modality: s.Modality, PlanYears: s.PlanYears,
            Kind: kind, Parcours: s.Parcours);
        var all = kb.FindTariffs(query).ToList();
        if (kind is null)
        {
            // Formation fees, with the registration and file fees that go with them.
            all = all.Where(t => t.Kind is "formation" or "droit-inscription" or "frais-dossier").ToList();
        }
        // What the user said exactly beats what applies to any case ("en FOAD": the FOAD line, not the general one);
        // registration and file fees apply whatever the modality, so they stay.
        var fees = all.Where(t => t.Kind == (kind ?? "formation")).ToList();
        var others = all.Except(fees).ToList();
        fees = PreferExact(fees, s.Modality is not null, t => t.Modality is not null && t.Modality != "any");
        fees = PreferExact(fees, s.PlanYears is not null, t => t.PlanYears is not null);
        // Registration and file fees only where a matching fee remains (same programme and centre, or centre-wide).
        // (Sets, not fees.Any per line: with every programme's tariffs that was quadratic, bench/ kb-scale ×100.)
        var feeCentres = fees.Select(f => f.Centre).ToHashSet();
        var feeProgrammes = fees.Select(f => (f.Centre, f.Programme)).ToHashSet();
        others = others.Where(o => o.Programme == "all" ? feeCentres.Contains(o.Centre) : feeProgrammes.Contains((o.Centre, o.Programme))).ToList();
        all = fees.Concat(others).ToList();
        if (s.Fundings.Count > 0)
        {
            // For each kind of fee, the lines of the most specific funding said ("catégorie 2" before "demandeur d'emploi").
            all = all.GroupBy(t => t.Kind).SelectMany(byKind =>
            {
                foreach (var funding in s.Fundings)
                {
                    var matching = byKind.Where(t => t.Funding is not null &&
                        (t.Funding == funding || t.Funding.StartsWith(funding + "-", StringComparison.Ordinal))).ToList();
                    if (matching.Count > 0)
                    {
                        // "je suis demandeur d'emploi" where the documents price only Pôle emploi's funding: the person
                        // may also pay alone, so the individual lines come too (the answer says which is which).
                        return funding == "pole-emploi" && SaidJobSeeker(s)
                            ? matching.Concat(byKind.Where(t => t.Funding == "individuel")).ToList()
                            : matching;
                    }
                }
                return byKind.Where(t => t.Funding == "tout-public");
            }).ToList();
            if (kind is null && all.All(t => t.Kind != "formation"))
            {
                all.Clear(); // a fee for another funding mode would answer the wrong question
            }
        }
        return all;
    }

    private static List<Tariff> PreferExact(List<Tariff> tariffs, bool said, Func<Tariff, bool> exact)
    {
        if (!said)
        {
            return tariffs;
        }
        var exactOnes = tariffs.Where(exact).ToList();
        return exactOnes.Count > 0 ? exactOnes : tariffs;
    }

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
        else if (s.UeCodes.Count > 0 && s.Utterance.Entities.Credits.Count == 0 && s.Utterance.Entities.Hours.Count == 0
            && tariffs.Any(t => t.Kind == "formation") && !tariffs.Any(t => t.Unit is "par-credit" or "par-ects" or "par-heure" or "par-ue"))
        {
            // "combien coûte l'UE ANG200 ?" in a programme priced by the year: no price for one UE to compute.
            text += "\n" + s.L($"Ces tarifs valent pour la formation entière : mes documents ne donnent pas de prix pour l'UE {s.UeCodes[0]} seule.",
                $"These fees are for the whole programme: my documents give no price for the UE {s.UeCodes[0]} on its own.");
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
        var lines = new List<string>();
        if (credits == 0 && hours == 0 && s.Programme is { } programme && s.Mentions(vocabulary.TotalWords)
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
        foreach (var t in tariffs.Where(t => t.Amount is not null).DistinctBy(t => (t.Unit, t.Amount, t.Funding)))
        {
            var rate = t.Amount!.Value;
            if (t.Unit == "par-an" && t.PlanYears is > 1 and var years && s.Mentions(vocabulary.TotalWords))
            {
                // "la licence sur 2 ans, au total ?": the yearly fee times the years.
                lines.Add(s.L($"Sur {years} ans ({Format.Funding(t.Funding, "fr")}) : {years} × {Format.Euros(rate)} = **{Format.Euros(years * rate)}**",
                    $"Over {years} years ({Format.Funding(t.Funding, "en")}): {years} × {Format.Euros(rate)} = **{Format.Euros(years * rate)}**"));
                continue;
            }
            switch (t.Unit)
            {
                case "par-credit" or "par-ects" when credits > 0:
                    var fixedFee = tariffs.FirstOrDefault(x => x.Kind == "droit-inscription" && x.Funding == t.Funding && x.Amount is not null);
                    var variable = credits * rate;
                    lines.Add(fixedFee is null
                        ? s.L($"Pour {credits} crédits ({Format.Funding(t.Funding, "fr")}) : {credits} × {Format.Euros(rate)} = **{Format.Euros(variable)}**",
                            $"For {credits} credits ({Format.Funding(t.Funding, "en")}): {credits} × {Format.Euros(rate)} = **{Format.Euros(variable)}**")
                        : s.L($"Pour {credits} crédits ({Format.Funding(t.Funding, "fr")}) : {Format.Euros(fixedFee.Amount!.Value)} + {credits} × {Format.Euros(rate)} = **{Format.Euros(fixedFee.Amount!.Value + variable)}**",
                            $"For {credits} credits ({Format.Funding(t.Funding, "en")}): {Format.Euros(fixedFee.Amount!.Value)} + {credits} × {Format.Euros(rate)} = **{Format.Euros(fixedFee.Amount!.Value + variable)}**"));
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
        return lines.Distinct().ToList();
    }

    private TopicResult Validation(Slots s)
    {
        var asked = ValidationIds.Where(id => s.Words.Contains(id)).ToList();
        bool IsAsked(Tariff t) => asked.Count == 0 || asked.Any(a => t.Id.EndsWith("-" + a, StringComparison.OrdinalIgnoreCase));
        var tariffs = kb.FindTariffs(new TariffQuery(Kind: "validation", Centre: s.CentreSaid ? s.Centre : null))
            .Where(IsAsked)
            .ToList();
        if (tariffs.Count == 0)
        {
            var what = string.Join(", ", asked.Select(a => a.ToUpperInvariant()));
            // "la VAE à Paris": no Paris price; the other centre's, clearly labelled as such, is still worth knowing.
            var elsewhere = s.CentreSaid
                ? kb.FindTariffs(new TariffQuery(Kind: "validation")).Where(IsAsked).ToList()
                : [];
            var other = string.Join(" ; ", elsewhere.Select(t => s.L($"Cnam {t.Centre} ({t.ValidFor}) : {Format.Euros(t.Amount ?? 0)}",
                $"Cnam {t.Centre} ({t.ValidFor}): {Format.Euros(t.Amount ?? 0)}")));
            return new Missing(s.L($"Mes documents ne donnent pas de tarif pour {what}{(s.CentreSaid ? $" au Cnam {s.Centre}" : "")}.",
                    $"My documents give no fee for {what}{(s.CentreSaid ? $" at Cnam {s.Centre}" : "")}.")
                + (other.Length == 0 ? "" : s.L($" Pour information, tarif dans un autre centre : {other}.", $" For reference, the fee at another centre: {other}.")),
                "tariff-validation");
        }
        var lines = tariffs.Select(t => $"{AmountFree().Replace(t.Label ?? t.Id, "").TrimEnd(' ', ':')}{s.Colon} **{Format.Euros(t.Amount ?? 0)}** ({Format.Funding(t.Funding, s.Language)})");
        var first = tariffs[0];
        return new Found(s.L($"Tarifs de validation, Cnam {first.Centre} ({first.ValidFor}) :", $"Validation fees, Cnam {first.Centre} ({first.ValidFor}):")
            + "\n" + Topics.Bullets(lines) + "\n" + string.Join("\n", tariffs.SelectMany(t => t.Notes).Distinct().Take(2).Select(n => "_" + n + "_")),
            tariffs.Select(t => Provenance.Of(t, t.Centre)));
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

    /// <summary>The applicant said they are a job seeker (their status, not who pays: that would be Pôle emploi).</summary>
    private static bool SaidJobSeeker(Slots s) => s.Fundings.Count > 0 && s.Fundings[0].StartsWith("demandeur-emploi", StringComparison.Ordinal);

    private static string? KindAsked(Slots s)
    {
        if (ValidationIds.Any(s.Words.Contains) || s.Words.Contains("validation") || s.Words.Contains("validations"))
        {
            return "validation";
        }
        if (s.Words.Contains("dossier"))
        {
            return "frais-dossier";
        }
        if (s.Words.Contains("rapport"))
        {
            return "rapport";
        }
        if (s.Words.Contains("inscription") && (s.Words.Contains("droit") || s.Words.Contains("droits") || s.Words.Contains("frais")))
        {
            return "droit-inscription";
        }
        return null;
    }

    /// <summary>
    /// The academic year the question asks about: a year it writes ("2026-2027", "en 2025") or a relative one
    /// ("l'année prochaine"), as the first year of the academic year.
    /// </summary>
    private static int? AskedYear(Slots s)
    {
        var match = YearPattern().Match(s.Question);
        if (match.Success)
        {
            return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        // "l'année prochaine" (a calendar year) means the academic year that starts in it.
        var period = s.Utterance.Entities.Dates.FirstOrDefault(d => d.Kind is Understanding.DateKind.Year or Understanding.DateKind.AcademicYear);
        return period?.Start.Year;
    }

    [GeneratedRegex(@"\s*\d[\d\s]*(,\d+)?\s*€\s*$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex AmountFree();

    private static bool StartsIn(string? validFor, int year) =>
        validFor is not null && validFor.StartsWith(year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static bool Covers(string? validFor, int year) =>
        validFor is not null && (validFor.StartsWith(year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            || validFor.EndsWith(year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

    [GeneratedRegex(@"\b(20\d\d)\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();
}
