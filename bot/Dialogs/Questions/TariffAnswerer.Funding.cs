using Cnam.Bot.Knowledge.Model;

namespace Cnam.Bot.Dialogs.Questions;

// What is said when the documents give no figure for the funding asked: a centre that prices it by agreement, a
// registration fee the documents do not give, funding asked in general, the job seeker's status.
public sealed partial class TariffAnswerer
{
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

    /// <param name="after">The note follows the fees of a centre that prices the funding: it introduces the other
    /// centres' fees, which are not the whole price for that funding.</param>
    private static string FundingNote(Slots s, string funding, List<string?> without, List<Tariff> found, List<Fact> facts, bool after = false)
    {
        var centres = string.Join(s.L(" et ", " and "), without.Select(c => "Cnam " + c));
        var intro = s.L($"Mes documents ne donnent pas de tarif chiffré pour un financement « {Format.Funding(funding, "fr")} » au {centres}.",
            $"My documents give no figure for {Format.Funding(funding, "en")} funding at {centres}.");
        var said = facts.Select(f => s.L(f.Text ?? "", f.En ?? f.Text ?? "")).Where(t => t.Length > 0).ToList();
        // Where another centre does price that funding, its lines come below with the fees for everyone of these.
        var everywhere = found.Select(t => t.Centre).Distinct().Count() == without.Count;
        return intro + (said.Count > 0 ? s.L(" Ils disent :", " They say:") + "\n" + Topics.Bullets(said) : "")
            + "\n" + (after ? s.L($"Les autres frais au {centres} :", $"The other fees at {centres}:")
                : everywhere ? s.L("Les frais qui s'appliquent à tous :", "The fees that apply to everyone:")
                : s.L("Les tarifs de chaque centre :", "Each centre's fees:"));
    }

    /// <summary>The applicant said they are a job seeker (their status, not who pays: that would be Pôle emploi).</summary>
    private static bool SaidJobSeeker(Slots s) => s.Fundings.Count > 0 && s.Fundings[0].StartsWith("demandeur-emploi", StringComparison.Ordinal);
}
