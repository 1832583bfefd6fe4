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
    private const string DisclaimerEn = "Indicative result based on Cnam's documents: the admission decision is Cnam's. Quotes and rules are in French, as the documents give them.";

    public static JsonObject Build(EligibilityResult r)
    {
        var a = r.Answers;
        var body = new List<JsonNode?>
        {
            AdaptiveCards.Text(Title(r), weight: "Bolder", size: "Large"),
            AdaptiveCards.Text(Subtitle(r), subtle: true, spacing: "None"),
        };
        if (r.Recommendation is { } recommendation)
        {
            body.Add(AdaptiveCards.Text(a.L("Formation conseillée : ", "Recommended programme: ") + recommendation.Text));
        }
        if (r.Decision is { } d)
        {
            body.Add(AdaptiveCards.Container(
            [
                AdaptiveCards.Text(Verdict(d, a), weight: "Bolder", size: "Medium", color: d.Eligible ? "Good" : "Attention"),
                AdaptiveCards.Text(RuleLead(d, a) + d.DecidingRule.Text),
                AdaptiveCards.Text($"_« {d.DecidingRule.Quote} »_", subtle: true, size: "Small"),
                AdaptiveCards.Text(SourceLine(d.DecidingRule, a), subtle: true, size: "Small", spacing: "None"),
            ], d.Eligible ? "good" : "attention"));
            if (d.Alternatives.Count > 0)
            {
                body.Add(AdaptiveCards.Heading(a.L("Formations ouvertes avec votre profil", "Programmes open to you with your profile")));
                body.Add(AdaptiveCards.Bullets(d.Alternatives.Select(x => Alternative(x, a))));
            }
            body.Add(AdaptiveCards.Heading(a.L("Votre profil", "Your profile")));
            body.Add(AdaptiveCards.Facts(Profile(r)));
            body.Add(AdaptiveCards.Heading(a.L("Stage", "Internship")));
            body.Add(AdaptiveCards.Text(Stage(d, a)));
            if (d.Internship is { } internship)
            {
                body.Add(AdaptiveCards.Text(SourceLine(internship.Rule, a), subtle: true, size: "Small", spacing: "None"));
            }
            foreach (var rule in d.Requirements.Concat(d.Admission))
            {
                body.Add(AdaptiveCards.Text(rule.Text!));
                body.Add(AdaptiveCards.Text(SourceLine(rule, a), subtle: true, size: "Small", spacing: "None"));
            }
        }
        body.Add(AdaptiveCards.Heading(FeesHeading(r)));
        body.Add(AdaptiveCards.Facts(r.Fees.Lines.Select(l => (l.What, l.Amount))));
        if (r.Fees.Total is { } total)
        {
            body.Add(AdaptiveCards.Text(a.L("Total : ", "Total: ") + total, weight: "Bolder"));
        }
        if (r.Fees.Missing is { } missing)
        {
            body.Add(AdaptiveCards.Text(missing));
        }
        body.Add(AdaptiveCards.Bullets(r.Fees.Notes.Take(3)));
        body.AddRange(FeeSources(r).Select(s => (JsonNode?)AdaptiveCards.Text(s, subtle: true, size: "Small", spacing: "None")));
        body.Add(AdaptiveCards.Heading(a.L("Prochaines étapes", "Next steps")));
        foreach (var sheet in r.Sheets)
        {
            body.Add(AdaptiveCards.Text(sheet.Title ?? "", weight: "Bolder"));
            body.Add(AdaptiveCards.Bullets(sheet.Items));
        }
        body.Add(AdaptiveCards.Bullets(r.KeyDates.Select(k => k.Label ?? "")));
        body.Add(AdaptiveCards.Facts(Contacts(r).Select(c => (c.Name ?? "", ContactLine(c)))));
        body.Add(AdaptiveCards.Text(a.L(Disclaimer, DisclaimerEn), subtle: true, size: "Small"));
        return AdaptiveCards.Card(body, Actions(r), fallbackText: ToText(r));
    }

    /// <summary>The same content as plain text (Markdown bullets), for channels without cards.</summary>
    public static string ToText(EligibilityResult r)
    {
        var a = r.Answers;
        var colon = a.L(" : ", ": ");
        var text = new StringBuilder();
        text.Append("**").Append(Title(r)).Append("** — ").AppendLine(Subtitle(r));
        if (r.Recommendation is { } recommendation)
        {
            text.AppendLine(a.L("Formation conseillée : ", "Recommended programme: ") + recommendation.Text);
        }
        if (r.Decision is { } d)
        {
            text.AppendLine().AppendLine("**" + Verdict(d, a) + "**");
            text.AppendLine(RuleLead(d, a) + d.DecidingRule.Text);
            text.AppendLine($"_« {d.DecidingRule.Quote} »_ ({SourceLine(d.DecidingRule, a)})");
            foreach (var alternative in d.Alternatives)
            {
                text.AppendLine(a.L("- Formation ouverte avec votre profil : ", "- Programme open to you with your profile: ") + Alternative(alternative, a));
            }
            text.AppendLine().Append(a.L("Stage : ", "Internship: ")).AppendLine(Stage(d, a));
            foreach (var rule in d.Requirements.Concat(d.Admission))
            {
                text.AppendLine("- " + rule.Text);
            }
        }
        text.AppendLine().AppendLine("**" + FeesHeading(r) + "**");
        foreach (var line in r.Fees.Lines)
        {
            text.AppendLine($"- {line.What}{colon}{line.Amount}");
        }
        if (r.Fees.Total is { } total)
        {
            text.AppendLine(a.L("Total : ", "Total: ") + total);
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
        text.AppendLine().AppendLine("**" + a.L("Prochaines étapes", "Next steps") + "**");
        foreach (var sheet in r.Sheets)
        {
            text.AppendLine(sheet.Title + a.L(" :", ":"));
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
            text.AppendLine($"- {c.Name}{colon}{ContactLine(c)}");
        }
        text.AppendLine().Append(a.L(Disclaimer, DisclaimerEn));
        return text.ToString();
    }

    /// <summary>The short line sent with the card (what a notification or a screen reader says first).</summary>
    public static string Summary(EligibilityResult r)
    {
        var a = r.Answers;
        return r.Decision is { } d
            ? $"{Title(r)}{a.L(" : ", ": ")}{Verdict(d, a)}{(d.Internship is null ? "" : a.L($" Stage : {d.Internship.Label}.", $" Internship: {d.Internship.Label}."))}"
            : $"{Title(r)}{a.L(" : simulation de vos frais.", ": your fee simulation.")}";
    }

    /// <summary>
    /// "pourquoi ?" after the card: the verdict, the profile it was given for, the rule that decided it (quoted, with its
    /// source), the programmes open instead, and whom to ask, as text.
    /// </summary>
    public static string Why(EligibilityResult r)
    {
        var a = r.Answers;
        if (r.Decision is not { } d)
        {
            return ToText(r);
        }
        // Paragraphs apart (Web Chat's Markdown joins lines that only a newline separates).
        var paragraphs = new List<string> { $"**{Title(r)}** — {Subtitle(r)}{a.L(" : ", ": ")}{Verdict(d, a)}" };
        var profile = Profile(r).Take(2).Select(p => p.Item2).Where(v => v.Length > 0).ToList();
        if (profile.Count > 0)
        {
            paragraphs.Add(a.L("Votre profil : ", "Your profile: ") + string.Join(", ", profile) + ".");
        }
        paragraphs.Add(RuleLead(d, a) + d.DecidingRule.Text);
        paragraphs.Add($"_« {d.DecidingRule.Quote} »_ ({SourceLine(d.DecidingRule, a)})");
        if (d.Internship is not null || d.Eligible)
        {
            paragraphs.Add(a.L("Stage : ", "Internship: ") + Stage(d, a));
        }
        if (d.Alternatives.Count > 0)
        {
            paragraphs.Add(a.L("Formations ouvertes avec votre profil :", "Programmes open to you with your profile:") + "\n"
                + string.Join("\n", d.Alternatives.Select(x => "- " + Alternative(x, a))));
        }
        if (Contacts(r).FirstOrDefault() is { } contact)
        {
            paragraphs.Add(a.L("Pour en parler : ", "To talk it over: ") + $"{contact.Name} — {ContactLine(contact)}");
        }
        return string.Join("\n\n", paragraphs);
    }

    private static string Title(EligibilityResult r) => Format.Capitalize(Format.Programme(r.Programme, r.Answers.TextLanguage));

    private static string RuleLead(EligibilityDecision d, EligibilityAnswers a) => d.Eligible
        ? a.L("Règle appliquée : ", "Rule applied: ")
        : a.L("Condition non remplie : ", "Requirement not met: ");

    private static string Subtitle(EligibilityResult r)
    {
        var a = r.Answers;
        var parcours = a.Parcours switch
        {
            "insertion-pro" => a.L("parcours insertion professionnelle et sociale, ", "professional and social integration track, "),
            "insertion-culture" => a.L("parcours insertion par la culture, ", "integration through culture track, "),
            _ => "",
        };
        return $"{parcours}Cnam {r.Centre}";
    }

    private static string Verdict(EligibilityDecision d, EligibilityAnswers a) => !a.English ? Verdict(d) : d.Route switch
    {
        EligibilityRoutes.Direct => "You meet the entry requirements: direct entry.",
        EligibilityRoutes.Vapp => "Entry possible through the VAPP (validation of professional and personal experience).",
        EligibilityRoutes.Vae => "Entry possible through the VAE (validation of acquired experience).",
        EligibilityRoutes.Vap85 => "Entry possible through the VAP85 (validation of professional experience, 1985 decree).",
        _ => "You do not meet the entry requirements yet.",
    };

    private static string Verdict(EligibilityDecision d) => d.Route switch
    {
        EligibilityRoutes.Direct => "Vous remplissez les conditions d'accès : accès direct.",
        EligibilityRoutes.Vapp => "Accès possible par la VAPP (validation des acquis professionnels et personnels).",
        EligibilityRoutes.Vae => "Accès possible par la VAE (validation des acquis de l'expérience).",
        EligibilityRoutes.Vap85 => "Accès possible par la VAP85 (validation des acquis professionnels, décret 1985).",
        _ => "Vous ne remplissez pas encore les conditions d'accès.",
    };

    private static string Stage(EligibilityDecision d, EligibilityAnswers a) => d.Internship is { } i
        ? $"{i.Label} — {i.Rule.Text}"
        : d.Eligible
            ? a.L("Pas de stage obligatoire au vu de votre expérience.", "No compulsory internship, given your experience.")
            : a.L("Sans objet tant que les conditions d'accès ne sont pas remplies.", "Not applicable until the entry requirements are met.");

    private static string Alternative(EligibilityAlternative x, EligibilityAnswers a) => a.L(
        $"{Format.ProgrammeShort(x.Programme)} à {x.Centre} ({EligibilityRoutes.Name(x.Route)}) : {x.Rule.Text}",
        $"{Format.ProgrammeShort(x.Programme, "en")} in {x.Centre} ({EligibilityRoutes.Name(x.Route, a)}): {x.Rule.Text}");

    private static IEnumerable<(string, string)> Profile(EligibilityResult r)
    {
        var a = r.Answers;
        var language = a.TextLanguage;
        yield return (a.L("Diplôme", "Diploma"), a.DiplomaLabel ?? DiplomaLevel(a));
        yield return (a.L("Expérience", "Experience"), Experience(a));
        yield return (a.L("Modalité", "Mode of study"), a.Modality is null ? "" : Format.Modality(a.Modality, language)
            + (a.PlanYears is { } y ? a.L($", sur {y} an{(y > 1 ? "s" : "")}", $", over {y} year{(y > 1 ? "s" : "")}") : ""));
        yield return (a.L("Financement", "Funding"), a.Funding is null ? "" : Format.Funding(a.Funding, language)
            + (a.JobSeekerCategory is { } c ? a.L($" (catégorie {c})", $" (category {c})") : ""));
    }

    private static string DiplomaLevel(EligibilityAnswers a) => a.English ? a.DiplomaLevel switch
    {
        null => "",
        0 => "no diploma",
        < 4 => "below bac level",
        4 => a.StudyLevelOnly ? "bac level" : "bac",
        5 => "bac+2",
        _ => "bac+3 or higher",
    } : a.DiplomaLevel switch
    {
        null => "",
        0 => "aucun diplôme",
        < 4 => "niveau inférieur au bac",
        4 => a.StudyLevelOnly ? "niveau bac" : "bac",
        5 => "bac+2",
        _ => "bac+3 ou plus",
    };

    private static string Experience(EligibilityAnswers a) => Format.Experience(a.ExperienceMonths ?? 0, a.ExperienceField, a.TextLanguage, withNoun: false);

    private static string FeesHeading(EligibilityResult r)
    {
        var a = r.Answers;
        var language = a.TextLanguage;
        var parts = new[] { Format.Modality(a.Modality, language), a.Funding is null ? "" : a.L("financement ", "funding: ") + Format.Funding(a.Funding, language) }
            .Where(p => p.Length > 0);
        var detail = string.Join(", ", parts);
        var fees = a.L("Frais", "Fees");
        return detail.Length > 0 ? $"{fees} ({detail})" : fees;
    }

    private static IEnumerable<string> FeeSources(EligibilityResult r) =>
        r.Fees.Tariffs.GroupBy(t => (t.Source, t.ValidFor))
            .Select(g => r.Answers.L($"Tarifs {g.Key.ValidFor} — source : ", $"Fees {g.Key.ValidFor} — source: ") + (g.First().SourceTitle ?? g.Key.Source));

    // The contacts a person can reach (a record without address or phone is left out), the right one first.
    private static IEnumerable<Contact> Contacts(EligibilityResult r) => r.Contacts.Where(c => ContactLine(c).Length > 0).Take(2);

    private static string ContactLine(Contact c) =>
        string.Join(" — ", new[] { c.Email, c.Phone, c.Website }.Where(v => !string.IsNullOrWhiteSpace(v)));

    private static string SourceLine(EligibilityRule rule, EligibilityAnswers a) => $"Source{a.L(" : ", ": ")}{rule.SourceTitle ?? rule.Source} ({rule.ValidFor})";

    private static IEnumerable<JsonNode?> Actions(EligibilityResult r)
    {
        var a = r.Answers;
        // An English card says so in what its buttons send back, so that what they start speaks English too.
        JsonObject WithLanguage(JsonObject data)
        {
            if (a.Language is { } language)
            {
                data["language"] = language;
            }
            return data;
        }
        JsonObject Data(string action) => WithLanguage(new()
        {
            [AdaptiveCards.ActionKey] = action,
            ["programme"] = r.Programme,
            ["centre"] = r.Centre,
            ["modality"] = r.Answers.Modality,
        });
        yield return AdaptiveCards.Submit(a.L("Recommencer", "Start again"), WithLanguage(new JsonObject { [AdaptiveCards.ActionKey] = RestartAction }));
        yield return AdaptiveCards.Submit(a.L("Voir le planning", "See the timetable"), Data(PlanningAction));
        yield return AdaptiveCards.Submit(a.L("Réunion d'information", "Information meeting"), Data(MeetingAction), style: "positive");
        yield return AdaptiveCards.Submit(a.L("Contacter", "Contact"), Data(ContactAction));
    }
}
