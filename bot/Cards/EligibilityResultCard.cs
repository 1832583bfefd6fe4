using System.Text;
using System.Text.Json.Nodes;
using Cnam.Bot.Dialogs.Eligibility;
using Cnam.Bot.Dialogs.Questions;
using Cnam.Bot.Knowledge.Model;

namespace Cnam.Bot.Cards;

/// <summary>
/// The questionnaire's answer, something a person can act on: the decision and the rule that decided it (with its
/// source), the internship, the fees for the chosen modality and funding (year and source), the next steps and the
/// buttons (restart, planning, information meeting, contact). <see cref="ToText"/> is the same content for channels
/// without cards. A fee simulation alone shows the fees and next steps only.
/// </summary>
public static class EligibilityResultCard
{
    public const string RestartAction = "eligibility/restart";
    public const string PlanningAction = "eligibility/planning";
    public const string MeetingAction = "eligibility/information-meeting";
    public const string ContactAction = "eligibility/contact";

    private const string Disclaimer = "Résultat indicatif établi d'après les documents du Cnam : la décision d'admission revient au Cnam.";

    public static JsonObject Build(EligibilityResult r)
    {
        var body = new List<JsonNode?>
        {
            AdaptiveCards.Text(Title(r), weight: "Bolder", size: "Large"),
            AdaptiveCards.Text(Subtitle(r), subtle: true, spacing: "None"),
        };
        if (r.Recommendation is { } recommendation)
        {
            body.Add(AdaptiveCards.Text("Formation conseillée : " + recommendation.Text));
        }
        if (r.Decision is { } d)
        {
            body.Add(AdaptiveCards.Container(
            [
                AdaptiveCards.Text(Verdict(d), weight: "Bolder", size: "Medium", color: d.Eligible ? "Good" : "Attention"),
                AdaptiveCards.Text((d.Eligible ? "Règle appliquée : " : "Condition non remplie : ") + d.DecidingRule.Text),
                AdaptiveCards.Text($"_« {d.DecidingRule.Quote} »_", subtle: true, size: "Small"),
                AdaptiveCards.Text(SourceLine(d.DecidingRule), subtle: true, size: "Small", spacing: "None"),
            ], d.Eligible ? "good" : "attention"));
            if (d.Alternatives.Count > 0)
            {
                body.Add(AdaptiveCards.Heading("Formations ouvertes avec votre profil"));
                body.Add(AdaptiveCards.Bullets(d.Alternatives.Select(Alternative)));
            }
            body.Add(AdaptiveCards.Heading("Votre profil"));
            body.Add(AdaptiveCards.Facts(Profile(r)));
            body.Add(AdaptiveCards.Heading("Stage"));
            body.Add(AdaptiveCards.Text(Stage(d)));
            if (d.Internship is { } internship)
            {
                body.Add(AdaptiveCards.Text(SourceLine(internship.Rule), subtle: true, size: "Small", spacing: "None"));
            }
            foreach (var rule in d.Requirements.Concat(d.Admission))
            {
                body.Add(AdaptiveCards.Text(rule.Text!));
                body.Add(AdaptiveCards.Text(SourceLine(rule), subtle: true, size: "Small", spacing: "None"));
            }
        }
        body.Add(AdaptiveCards.Heading(FeesHeading(r)));
        body.Add(AdaptiveCards.Facts(r.Fees.Lines.Select(l => (l.What, l.Amount))));
        if (r.Fees.Total is { } total)
        {
            body.Add(AdaptiveCards.Text("Total : " + total, weight: "Bolder"));
        }
        if (r.Fees.Missing is { } missing)
        {
            body.Add(AdaptiveCards.Text(missing));
        }
        body.Add(AdaptiveCards.Bullets(r.Fees.Notes.Take(3)));
        body.AddRange(FeeSources(r).Select(s => (JsonNode?)AdaptiveCards.Text(s, subtle: true, size: "Small", spacing: "None")));
        body.Add(AdaptiveCards.Heading("Prochaines étapes"));
        foreach (var sheet in r.Sheets)
        {
            body.Add(AdaptiveCards.Text(sheet.Title ?? "", weight: "Bolder"));
            body.Add(AdaptiveCards.Bullets(sheet.Items));
        }
        body.Add(AdaptiveCards.Bullets(r.KeyDates.Select(k => k.Label ?? "")));
        body.Add(AdaptiveCards.Facts(Contacts(r).Select(c => (c.Name ?? "", ContactLine(c)))));
        body.Add(AdaptiveCards.Text(Disclaimer, subtle: true, size: "Small"));
        return AdaptiveCards.Card(body, Actions(r), fallbackText: ToText(r));
    }

    /// <summary>The same content as plain text (Markdown bullets), for channels without cards.</summary>
    public static string ToText(EligibilityResult r)
    {
        var text = new StringBuilder();
        text.Append("**").Append(Title(r)).Append("** — ").AppendLine(Subtitle(r));
        if (r.Recommendation is { } recommendation)
        {
            text.AppendLine("Formation conseillée : " + recommendation.Text);
        }
        if (r.Decision is { } d)
        {
            text.AppendLine().AppendLine("**" + Verdict(d) + "**");
            text.AppendLine((d.Eligible ? "Règle appliquée : " : "Condition non remplie : ") + d.DecidingRule.Text);
            text.AppendLine($"_« {d.DecidingRule.Quote} »_ ({SourceLine(d.DecidingRule)})");
            foreach (var alternative in d.Alternatives)
            {
                text.AppendLine("- Formation ouverte avec votre profil : " + Alternative(alternative));
            }
            text.AppendLine().Append("Stage : ").AppendLine(Stage(d));
            foreach (var rule in d.Requirements.Concat(d.Admission))
            {
                text.AppendLine("- " + rule.Text);
            }
        }
        text.AppendLine().AppendLine("**" + FeesHeading(r) + "**");
        foreach (var line in r.Fees.Lines)
        {
            text.AppendLine($"- {line.What} : {line.Amount}");
        }
        if (r.Fees.Total is { } total)
        {
            text.AppendLine("Total : " + total);
        }
        if (r.Fees.Missing is { } missing)
        {
            text.AppendLine(missing);
        }
        foreach (var note in r.Fees.Notes.Take(3))
        {
            text.AppendLine("_" + note + "_");
        }
        foreach (var source in FeeSources(r))
        {
            text.AppendLine(source);
        }
        text.AppendLine().AppendLine("**Prochaines étapes**");
        foreach (var sheet in r.Sheets)
        {
            text.AppendLine(sheet.Title + " :");
            foreach (var item in sheet.Items)
            {
                text.AppendLine("- " + item);
            }
        }
        foreach (var date in r.KeyDates)
        {
            text.AppendLine("- " + date.Label);
        }
        foreach (var c in Contacts(r))
        {
            text.AppendLine($"- {c.Name} : {ContactLine(c)}");
        }
        text.AppendLine().Append(Disclaimer);
        return text.ToString();
    }

    /// <summary>The short line sent with the card (what a notification or a screen reader says first).</summary>
    public static string Summary(EligibilityResult r) => r.Decision is { } d
        ? $"{Title(r)} : {Verdict(d)}{(d.Internship is null ? "" : $" Stage : {d.Internship.Label}.")}"
        : $"{Title(r)} : simulation de vos frais.";

    private static string Title(EligibilityResult r) => Format.Capitalize(Format.Programme(r.Programme, "fr"));

    private static string Subtitle(EligibilityResult r)
    {
        var parcours = r.Answers.Parcours switch
        {
            "insertion-pro" => "parcours insertion professionnelle et sociale, ",
            "insertion-culture" => "parcours insertion par la culture, ",
            _ => "",
        };
        return $"{parcours}Cnam {r.Centre}";
    }

    private static string Verdict(EligibilityDecision d) => d.Route switch
    {
        EligibilityRoutes.Direct => "Vous remplissez les conditions d'accès : accès direct.",
        EligibilityRoutes.Vapp => "Accès possible par la VAPP (validation des acquis professionnels et personnels).",
        EligibilityRoutes.Vae => "Accès possible par la VAE (validation des acquis de l'expérience).",
        EligibilityRoutes.Vap85 => "Accès possible par la VAP85 (validation des acquis professionnels, décret 1985).",
        _ => "Vous ne remplissez pas encore les conditions d'accès.",
    };

    private static string Stage(EligibilityDecision d) => d.Internship is { } i
        ? $"{i.Label} — {i.Rule.Text}"
        : d.Eligible ? "Pas de stage obligatoire au vu de votre expérience." : "Sans objet tant que les conditions d'accès ne sont pas remplies.";

    private static string Alternative(EligibilityAlternative a) =>
        $"{Format.ProgrammeShort(a.Programme)} à {a.Centre} ({EligibilityRoutes.Name(a.Route)}) : {a.Rule.Text}";

    private static IEnumerable<(string, string)> Profile(EligibilityResult r)
    {
        var a = r.Answers;
        yield return ("Diplôme", a.DiplomaLabel ?? DiplomaLevel(a));
        yield return ("Expérience", Experience(a));
        yield return ("Modalité", a.Modality is null ? "" : Format.Modality(a.Modality, "fr") + (a.PlanYears is { } y ? $", sur {y} an{(y > 1 ? "s" : "")}" : ""));
        yield return ("Financement", a.Funding is null ? "" : Format.Funding(a.Funding, "fr") + (a.JobSeekerCategory is { } c ? $" (catégorie {c})" : ""));
    }

    private static string DiplomaLevel(EligibilityAnswers a) => a.DiplomaLevel switch
    {
        null => "",
        0 => "aucun diplôme",
        < 4 => "niveau inférieur au bac",
        4 => a.StudyLevelOnly ? "niveau bac" : "bac",
        5 => "bac+2",
        _ => "bac+3 ou plus",
    };

    private static string Experience(EligibilityAnswers a) => Format.Experience(a.ExperienceMonths ?? 0, a.ExperienceField, "fr", withNoun: false);

    private static string FeesHeading(EligibilityResult r)
    {
        var a = r.Answers;
        var parts = new[] { Format.Modality(a.Modality, "fr"), a.Funding is null ? "" : "financement " + Format.Funding(a.Funding, "fr") }
            .Where(p => p.Length > 0);
        var detail = string.Join(", ", parts);
        return detail.Length > 0 ? $"Frais ({detail})" : "Frais";
    }

    private static IEnumerable<string> FeeSources(EligibilityResult r) =>
        r.Fees.Lines.Select(l => l.Tariff).GroupBy(t => (t.Source, t.ValidFor))
            .Select(g => $"Tarifs {g.Key.ValidFor} — source : {g.First().SourceTitle ?? g.Key.Source}");

    // The contacts a person can reach (a record without address or phone is left out), the right one first.
    private static IEnumerable<Contact> Contacts(EligibilityResult r) => r.Contacts.Where(c => ContactLine(c).Length > 0).Take(2);

    private static string ContactLine(Contact c) =>
        string.Join(" — ", new[] { c.Email, c.Phone, c.Website }.Where(v => !string.IsNullOrWhiteSpace(v)));

    private static string SourceLine(EligibilityRule rule) => $"Source : {rule.SourceTitle ?? rule.Source} ({rule.ValidFor})";

    private static IEnumerable<JsonNode?> Actions(EligibilityResult r)
    {
        JsonObject Data(string action) => new()
        {
            [AdaptiveCards.ActionKey] = action,
            ["programme"] = r.Programme,
            ["centre"] = r.Centre,
            ["modality"] = r.Answers.Modality,
        };
        yield return AdaptiveCards.Submit("Recommencer", new JsonObject { [AdaptiveCards.ActionKey] = RestartAction });
        yield return AdaptiveCards.Submit("Voir le planning", Data(PlanningAction));
        yield return AdaptiveCards.Submit("Réunion d'information", Data(MeetingAction), style: "positive");
        yield return AdaptiveCards.Submit("Contacter", Data(ContactAction));
    }
}
