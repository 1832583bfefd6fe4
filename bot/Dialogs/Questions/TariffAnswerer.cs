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

    /// <summary>
    /// The fees for the one centre of <paramref name="s"/> (or every centre when none is said), after what the documents
    /// never say that the question asks: that it is free, a welfare benefit named.
    /// </summary>
    public TopicResult? Answer(string intent, Slots s)
    {
        var result = Fees(s);
        var benefit = vocabulary.BenefitNamed(s.Question) is { } said ? (said.Length <= 4 ? said.ToUpperInvariant() : "") : null;
        var free = vocabulary.AsksFree(s.Question);
        if (vocabulary.OtherFunderNamed(s.Question) is { } funder && result is Found fees)
        {
            // "la formation est-elle finançable par la Région ?": the documents never speak of that funder.
            var (fr, en) = funder.Split('|') is [var french, var english] ? (french, english) : (funder, funder);
            return fees.WithLead(s.L($"Mes documents ne parlent pas d'un financement par {fr} ; ce qu'ils disent, selon qui finance :",
                $"My documents do not mention funding by {en}; what they say, by who pays:"));
        }
        if (benefit is null && !free)
        {
            return result is Found found && FundingYes(s) is { } yes ? found.WithLead(yes) : result;
        }
        var whoPays = s.L(" : leurs tarifs dépendent de qui finance la formation (vous-même, Pôle emploi (France Travail) si vous y êtes inscrit, un employeur…).",
            ": their fees depend on who pays for the programme (yourself, Pôle emploi (France Travail) if you are registered there, an employer…).");
        var lead = benefit is null
            ? s.L("Mes documents ne disent nulle part que la formation est gratuite : ils en donnent les tarifs, selon qui finance.",
                "My documents never say the programme is free: they give its fees, by who pays.")
            : s.L($"Mes documents ne parlent pas {(benefit.Length == 0 ? "des allocations" : $"de votre allocation ({benefit})")}", $"My documents do not mention {(benefit.Length == 0 ? "welfare benefits" : $"your benefit ({benefit})")}")
                + (free ? s.L(" et ne disent nulle part que la formation est gratuite", " and never say the programme is free") : "") + whoPays;
        return result switch
        {
            Found found => found.WithLead(lead),
            Clarify clarify => clarify with { Text = lead + "\n\n" + clarify.Text },
            _ => result,
        };
    }

    /// <summary>
    /// "Est-ce que le CPF peut financer le CASP ?", "Pôle emploi peut-il financer la licence ?": a closed question naming a
    /// funding and a programme the documents price for that very funding (not a line for everyone) is answered yes first,
    /// with where; null otherwise.
    /// </summary>
    private string? FundingYes(Slots s)
    {
        // Whether it can pay is asked ("peut financer", "can I use"), not a price with a funding ("le prix du CASP en individuel ?").
        if (!s.FundingSaid || !vocabulary.AsksYesOrNo(s)
            || !(vocabulary.AsksWhetherOneCan(s.Question) || s.Mentions(vocabulary.FundingAskWords)))
        {
            return null;
        }
        var funding = s.Fundings[0];
        List<string> CentresPricing(string code, bool whole = true) => kb.FindTariffs(new TariffQuery(Programme: code, Centre: s.CentreSaid ? s.Centre : null, Funding: funding))
            .Where(t => t.Kind == "formation" && t.Funding == funding && t.Programme == code && (whole || !t.IsWholeProgrammePrice()))
            .Select(t => t.Centre).OfType<string>().Distinct().ToList();
        if (s.Programme is not { } programme)
        {
            // "mon employeur peut-il financer la formation ?": no programme named, none before; those priced for it.
            // (One asked before is "la formation": its fees answer, yes first as if named.)
            var priced = kb.Programmes().Select(p => p.Code).Distinct().Select(code => (Code: code, Centres: CentresPricing(code))).Where(p => p.Centres.Count > 0).ToList();
            return priced.Count == 0 ? null : s.L(
                $"**Oui** : mes documents donnent un tarif « {Format.Funding(funding, "fr")} » pour {string.Join(" et ", priced.Select(p => $"{Format.Programme(p.Code, "fr")} (Cnam {string.Join(", Cnam ", p.Centres)})"))} :",
                $"**Yes**: my documents price \"{Format.Funding(funding, "en")}\" funding for {string.Join(" and ", priced.Select(p => $"{Format.Programme(p.Code, "en")} (Cnam {string.Join(", Cnam ", p.Centres)})"))}:");
        }
        var centres = CentresPricing(programme);
        if (centres.Count > 0)
        {
            return s.L($"**Oui** : mes documents donnent un tarif « {Format.Funding(funding, "fr")} » pour {Format.Programme(programme, "fr")} (Cnam {string.Join(", Cnam ", centres)}) :",
                $"**Yes**: my documents price \"{Format.Funding(funding, "en")}\" funding for {Format.Programme(programme, "en")} (Cnam {string.Join(", Cnam ", centres)}):");
        }
        // "le CPF prend-il en charge le CP29 ?": the titre's per-credit or per-hour lines price the certificate's UE too.
        var titre = programme == "CP29" ? CentresPricing("CPN42", whole: false) : [];
        return titre.Count == 0 ? null
            : s.L($"**Oui** : mes documents donnent un tarif « {Format.Funding(funding, "fr")} » pour les UE du titre CASP, qui comprennent celles {Format.OfProgramme(programme)} (Cnam {string.Join(", Cnam ", titre)}) :",
                $"**Yes**: my documents price \"{Format.Funding(funding, "en")}\" funding for the CASP title's units, which include those of {Format.Programme(programme, "en")} (Cnam {string.Join(", Cnam ", titre)}):");
    }

    private TopicResult? Fees(Slots s)
    {
        if (!s.CentreSaid && s.Words.Contains(Dib) && CentreOfTheTerm("DIB") is { } centre)
        {
            // "c'est combien le DIB ?": a term only one centre's fees use asks that centre's.
            s = s with { Centre = centre, CentreSaid = true };
        }
        var kind = KindAsked(s);
        if (AcademicYears.Uncovered(s, kb.FindTariffs(new TariffQuery()).Select(t => t.ValidFor)) is { } year)
        {
            // Fees of a year the documents do not give: never present older figures as that year's.
            // The years of the fees shown below when a programme is asked (the licence's 2022-2023, not La Réunion's
            // 2016-2017 for every programme it teaches), else of every fee the documents give.
            var older = s.Programme is null || kind == "validation" ? [] : Lookup(s, kind, out _, out _);
            var known = (older.Count > 0 ? older.Select(t => t.ValidFor)
                    : kb.FindTariffs(new TariffQuery(Programme: s.Programme == "CP29" ? null : s.Programme, Centre: s.CentreSaid ? s.Centre : null)).Select(t => t.ValidFor))
                .OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
            var intro = s.L($"Je n'ai pas les tarifs {year}-{year + 1} dans mes documents. Les seuls tarifs que je connais sont ceux de {string.Join(" et ", known)}.",
                $"I do not have the {year}-{year + 1} fees in my documents. The only fees I know are those of {string.Join(" and ", known)}.");
            if (s.Programme is null || kind == "validation")
            {
                return new Missing(intro, "tariff-year");
            }
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
        List<Fact>? agreedFacts = null;
        if (kind is null && relaxed is not null && s.Fundings.Count > 0 && FundingWithoutFee(s, found) is { Facts.Count: > 0 } agreed
            && found.All(t => agreed.Centres.Contains(t.Centre)) && found.Where(t => t.Funding == "tout-public").ToList() is { Count: > 0 } everyone)
        {
            // "et à La Réunion ?" after evening classes paid by the employer: La Réunion prices that funding by agreement,
            // which its documents say, then the fees that apply to everyone; not "no fee for this funding" and every line.
            relaxed = FundingNote(s, agreed.Funding, agreed.Centres, everyone, agreed.Facts);
            found = everyone;
            agreedFacts = agreed.Facts;
        }
        var groups = found.GroupBy(GroupKey).ToList();
        if (s.Programme is null && UnitAsked(s) && UnitPriced(groups) is { Count: > 0 } unitPriced && unitPriced.Count < groups.Count
            && unitPriced.Select(g => g.Key.Programme).Where(p => p != "all").Distinct().Count() <= 1)
        {
            // "combien coûte une UE en cours du soir ?": the programmes priced by the UE, credit or hour answer it; a
            // programme priced by the year (the licence) is named, not asked about.
            var byYear = groups.Except(unitPriced).Select(g => g.Key.Programme).OfType<string>().Where(p => p != "all").Distinct()
                .Select(p => Format.Programme(p, s.Language)).ToList();
            relaxed = (relaxed is null ? "" : relaxed + "\n") + s.L(
                $"{Format.Capitalize(string.Join(" et ", byYear))} ne se paie ni à l'UE, ni au crédit, ni à l'heure : ses tarifs sont à l'année ou pour la formation entière.",
                $"{Format.Capitalize(string.Join(" and ", byYear))} is not priced by the UE, the credit or the hour: its fees are by the year or for the whole programme.");
            groups = unitPriced;
        }
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
        if (agreedFacts is not null)
        {
            sources.AddRange(agreedFacts.Select(f => Provenance.Of(f, f.Centre)));
        }
        else if (kind is null && relaxed is null && FundingWithoutFee(s, found) is { } funding)
        {
            var (said, centres, facts) = funding;
            sources.AddRange(facts.Select(f => Provenance.Of(f, f.Centre)));
            var unpriced = groups.Where(g => centres.Contains(g.Key.Centre)).ToList();
            if (unpriced.Count < groups.Count)
            {
                // "puis-je utiliser mon CPF pour le CASP ?": the centre that prices that funding first, then what the
                // others' documents say of it and their fees for everyone.
                text = string.Join("\n\n", groups.Except(unpriced).Select(g => Group(g.ToList(), s)))
                    + "\n\n" + FundingNote(s, said, centres, unpriced.SelectMany(g => g).ToList(), facts, after: true)
                    + "\n\n" + string.Join("\n\n", unpriced.Select(g => Group(g.ToList(), s)));
            }
            else
            {
                relaxed = FundingNote(s, said, centres, found, facts);
            }
        }
        foreach (var note in new[] { relaxed, partial }.OfType<string>())
        {
            text = note + "\n\n" + text;
        }
        return new Found(text, sources);
    }

    /// <summary>The groups with a price per UE, credit or hour: those that can answer what one UE costs.</summary>
    private static List<IGrouping<(string? Programme, string? Centre, string? ValidFor, string? Source), Tariff>> UnitPriced(
        List<IGrouping<(string? Programme, string? Centre, string? ValidFor, string? Source), Tariff>> groups) =>
        groups.Where(g => g.Any(t => t.Kind == "formation" && PricesAUnit(t))).ToList();

    /// <summary>A fee per UE, credit or hour, from which one UE's price follows (as against one by the year or in total).</summary>
    private static bool PricesAUnit(Tariff t) => t.Unit is "par-credit" or "par-ects" or "par-heure" or "par-ue";

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
            if (titre.Where(t => t.IsWholeProgrammePrice()).Select(t => t.Centre).OfType<string>().Distinct().ToList() is { Count: > 0 } whole)
            {
                // Where: the other centre's fees may come first ("c'est combien le CP29 ?" gives La Réunion's too).
                var at = string.Join(s.L(" et au Cnam ", " and Cnam "), whole);
                partial = s.L($"Au Cnam {at}, en cours du jour, mes documents ne donnent que le prix du titre CASP (CPN42) complet, pas celui du certificat CP29 seul.",
                    $"At Cnam {at}, for day classes, my documents only give the price of the whole CASP title (CPN42), not of the CP29 certificate alone.");
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

    /// <summary>The reason of the miss of a validation's price at the centre asked.</summary>
    public const string ValidationPriceMissing = "tariff-validation";

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
                ValidationPriceMissing);
        }
        var lines = tariffs.Select(t => $"{AmountFree().Replace(t.Label ?? t.Id, "").TrimEnd(' ', ':')}{s.Colon} **{Format.Euros(t.Amount ?? 0)}** ({Format.Funding(t.Funding, s.Language)})");
        var first = tariffs[0];
        return new Found(s.L($"Tarifs de validation, Cnam {first.Centre} ({first.ValidFor}) :", $"Validation fees, Cnam {first.Centre} ({first.ValidFor}):")
            + "\n" + Topics.Bullets(lines) + "\n" + string.Join("\n", tariffs.SelectMany(t => t.Notes).Distinct().Take(2).Select(n => "_" + n + "_")),
            tariffs.Select(t => Provenance.Of(t, t.Centre)));
    }

    /// <summary>The one centre whose fees (labels or notes) use <paramref name="term"/>; null when none or several do.</summary>
    private string? CentreOfTheTerm(string term) =>
        kb.FindTariffs(new TariffQuery())
            .Where(t => (t.Label?.Contains(term, StringComparison.Ordinal) ?? false) || t.Notes.Any(n => n.Contains(term, StringComparison.Ordinal)))
            .Select(t => t.Centre).OfType<string>().Distinct(StringComparer.Ordinal).ToList() is [var only] ? only : null;

    // "le DIB" (folded): La Réunion's "droit individuel de base", its registration fee.
    private const string Dib = "dib";

    // English names of the two registration fees, whose words alone ("fee", "registration") also ask the whole fees.
    private static readonly string[] ApplicationFeeNames = ["application fee", "processing fee"];
    private static readonly string[] RegistrationFeeNames = ["registration fee", "enrolment fee", "enrollment fee"];

    private static string? KindAsked(Slots s)
    {
        if (ValidationIds.Any(s.Words.Contains) || s.Words.Contains("validation") || s.Words.Contains("validations"))
        {
            return "validation";
        }
        var english = s.English ? s.Utterance.Normalized : "";
        if (s.Words.Contains("dossier") || ApplicationFeeNames.Any(n => english.Contains(n, StringComparison.Ordinal)))
        {
            return "frais-dossier";
        }
        if (RegistrationFeeNames.Any(n => english.Contains(n, StringComparison.Ordinal)) || s.Words.Contains(Dib))
        {
            return "droit-inscription";
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

    [GeneratedRegex(@"\s*\d[\d\s]*(,\d+)?\s*€\s*$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex AmountFree();
}
