using Cnam.Bot.Dialogs.Eligibility;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Model;
using Cnam.Bot.Knowledge.Text;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>Internships: duration, who must do one, rules, objectives, evaluation, and the agreement (convention) procedure.</summary>
public sealed class InternshipAnswerer(KnowledgeBase kb, AnsweringVocabulary vocabulary) : ITopicAnswerer
{
    private readonly StatementRanker _ranker = new(vocabulary);

    public IReadOnlyCollection<string> Intents { get; } = [Understanding.Intents.Internship, Understanding.Intents.Convention];

    public TopicResult? Answer(string intent, Slots s)
    {
        var answer = Answered(intent, s);
        if (answer is not Found found || intent != Understanding.Intents.Internship)
        {
            return answer;
        }
        found = WithCentresWithout(found, s);
        if (s.Mentions(vocabulary.InternshipPayWords))
        {
            // "combien dure le stage et peut-il être rémunéré ?": the pay is not said, the length is.
            return found.WithLead(s.L("Mes documents ne disent pas si le stage est rémunéré (gratification de stage) ; ce qu'ils disent du stage :",
                "My documents do not say whether the internship is paid; what they say of the internship:"));
        }
        // "peut-on faire le stage à l'étranger ?": no document speaks of it, said before what they say of the internship.
        if (s.Mentions(vocabulary.AbroadWords))
        {
            return found.WithLead(s.L("Mes documents ne parlent pas de stage à l'étranger ; ce qu'ils disent du stage :",
                "My documents say nothing of an internship abroad; what they say of the internship:"));
        }
        // "peut-on faire le stage chez son employeur ?": no document speaks of it either. An experience said with it ("je
        // travaille dans mon association depuis 2 ans") is answered by the verdicts: the documents do speak of that.
        if (vocabulary.SaysAtWork(s.Question) && s.Utterance.Entities.Experience is null)
        {
            return found.WithLead(s.L("Mes documents ne disent pas si le stage peut se faire chez votre employeur ou dans votre poste actuel ; ce qu'ils disent du stage :",
                "My documents do not say whether the internship can be done with your employer or in your current job; what they say of the internship:"));
        }
        // "quand est la période de stage en cours du jour ?": no document dates it; what the modes say of when it comes.
        return s.Mentions(vocabulary.WhenWords) && !s.Mentions(vocabulary.DefenceWords) ? found.WithLead(WhenNotDated(s)) : found;
    }

    /// <summary>
    /// "faut-il faire un stage pour le CP29 ?" with no centre said: La Réunion's internship, then that the documents of a
    /// centre that teaches it without one (Paris's) provide none, so that one centre's rule is not read as every centre's.
    /// </summary>
    private Found WithCentresWithout(Found found, Slots s)
    {
        if (s.Programme is not { } programme || s.CentreSaid)
        {
            return found;
        }
        var without = kb.Programmes(programme).Where(p => p.Centre is { } c && kb.Internships(programme, c).Count == 0)
            .DistinctBy(p => p.Centre).ToList();
        if (without.Count == 0 || without.Count == kb.Programmes(programme).Select(p => p.Centre).Distinct().Count())
        {
            return found;
        }
        var centres = string.Join(s.L(" ni au Cnam ", " or Cnam "), without.Select(p => p.Centre));
        var note = s.L($"Au Cnam {centres}, mes documents ne prévoient pas de stage pour {Format.Programme(programme, "fr")}.",
            $"At Cnam {centres}, my documents provide no internship for {Format.Programme(programme, "en")}.");
        return new Found(found.Section with
        {
            Text = found.Section.Text + "\n\n" + note,
            Sources = found.Section.Sources.Concat(without.Select(p => Provenance.Of(p, p.Centre)).OfType<Provenance>()).Distinct().ToList(),
        });
    }

    private string WhenNotDated(Slots s)
    {
        var said = kb.Programmes(s.Programme, s.CentreSaid ? s.Centre : null)
            .SelectMany(p => p.Modalities.Where(m => s.Modality is null || m.Id == s.Modality)
                // A detail that places the internship in the year (dated), not the workshops that help find one.
                .SelectMany(m => m.Details.Where(d => FrenchText.Words(d).Contains("stage") && d.Any(char.IsAsciiDigit)).Select(d => $"{Format.ProgrammeShort(p.Code)}, {m.Label} ({p.Centre}){s.Colon} {d}")))
            .Distinct(StringComparer.Ordinal).ToList();
        return said.Count == 0
            ? s.L("Mes documents ne donnent pas les dates du stage ; ce qu'ils en disent :", "My documents do not date the internship; what they say of it:")
            : s.L("Mes documents ne donnent pas les dates du stage. Ce que disent les modalités de la formation :",
                "My documents do not date the internship. What the programme's modes say:") + "\n" + Topics.Bullets(said);
    }

    private TopicResult? Answered(string intent, Slots s)
    {
        var records = kb.Internships(s.Programme, s.Centre);
        if (records.Count == 0)
        {
            return new Missing(s.L("Je n'ai pas d'information sur un stage pour cette formation dans mes documents.",
                "I have no information on an internship for this programme in my documents."), "internship");
        }
        if (intent == Understanding.Intents.Internship && s.Mentions(vocabulary.InternshipPayWords) && !vocabulary.AsksHowLong(s))
        {
            // "le stage est-il rémunéré ?": none of the internship documents speaks of pay; said so, with whom to ask.
            return new Missing(s.L("Mes documents ne disent pas si le stage est rémunéré (gratification de stage).",
                "My documents do not say whether the internship is paid."), "internship-pay");
        }
        if (s.Programme is null && intent == Understanding.Intents.Convention
            && records.Where(r => r.Convention is not null).Select(r => r.Programme).Distinct().Count() == 1)
        {
            // Only one programme's documents describe an agreement procedure: that is the one asked about.
            records = records.Where(r => r.Convention is not null).ToList();
        }
        else if (s.Programme is null)
        {
            var lines = records.DistinctBy(r => (r.Programme, r.Centre, r.Duration))
                .Select(r => $"{Format.ProgrammeShort(r.Programme)} ({r.Centre}){s.Colon} {r.Duration} — {FirstSentence(r.Who)}");
            var text = s.L("Les stages selon la formation :", "Internships by programme:") + "\n" + Topics.Bullets(lines);
            // "dois-je faire le stage si je travaille déjà en mission locale ?": each programme's verdict for that experience.
            var verdicts = records.DistinctBy(r => (r.Programme, r.Centre)).Select(r => Personal(r, s) is { } v ? $"{Format.ProgrammeShort(r.Programme, s.Language)} ({r.Centre}){s.Colon} {v}" : null)
                .OfType<string>().ToList();
            if (verdicts.Count > 0)
            {
                text = s.L("Pour vous, selon la formation :", "For you, by programme:") + "\n" + Topics.Bullets(verdicts) + "\n\n" + text;
            }
            // The statements that answer the question itself, whichever programme they belong to.
            var specific = _ranker.Rank(s.Question, Statements(records, s, labelled: true), top: 2);
            if (specific.Count > 0)
            {
                // What answers the question comes first, unless the list answers it: how long, who must do one.
                var answered = s.L("En réponse à votre question :", "On your question:") + "\n" + Topics.Bullets(specific.Select(x => x.Text));
                text = vocabulary.AsksHowLong(s) || s.Mentions(vocabulary.RequiredWords) || verdicts.Count > 0 ? text + "\n" + answered : answered + "\n\n" + text;
            }
            // Each statement quoted carries its own source (a workshop sentence comes from the presentation, not the framework).
            return new Found(text, records.Select(r => Provenance.Of(r, r.Centre)).Concat(specific.Select(x => x.Source)));
        }
        return intent == Understanding.Intents.Convention && records.Any(r => r.Convention is not null)
            ? Convention(records.Where(r => r.Convention is not null).OrderByDescending(r => r.Convention!.Evening.Count + r.Convention.Day.Count).First(), s)
            : Rules(records, s);
    }

    private TopicResult Rules(IReadOnlyList<Internship> records, Slots s)
    {
        var main = records[0];
        var picked = _ranker.Rank(s.Question, Statements(records, s, labelled: false), top: 3, fallback: 2);
        var lead = s.L($"**Stage — {Format.ProgrammeShort(main.Programme)} ({main.Centre})** : {main.Duration}.",
            $"**Internship — {Format.ProgrammeShort(main.Programme)} ({main.Centre})**: {main.Duration}.");
        if (Personal(main, s) is { } personal)
        {
            lead += "\n" + personal;
        }
        return new Found(lead + "\n" + Topics.Bullets(picked.Select(p => p.Text)), picked.Select(p => p.Source).Prepend(Provenance.Of(main, main.Centre)));
    }

    /// <summary>
    /// "J'ai 2 ans dans l'insertion, dois-je faire le stage ?": the internship rule of eligibility.yaml for this
    /// programme and centre, applied to the experience the question states (never a rule written here).
    /// </summary>
    private string? Personal(Internship record, Slots s)
    {
        if (s.Utterance.Entities.Experience is not { } experience || record.Programme is null || record.Centre is null)
        {
            return null;
        }
        var rule = kb.Eligibility(record.Programme, record.Centre).SelectMany(b => b.Internships).FirstOrDefault();
        if (rule is null)
        {
            return null;
        }
        if (experience.Months is not { } months)
        {
            return ByLength(rule, experience, s);
        }
        var profile = new EligibilityAnswers
        {
            ExperienceMonths = months,
            ExperienceField = months == 0 ? "aucune" : experience.Field is { } field ? EligibilityUnderstanding.FieldId(field) : null,
        };
        if (profile.ExperienceField is null && rule.Unless is { ExperienceFields.Count: > 0 })
        {
            return null; // the rule depends on the field of an experience the question does not name
        }
        var required = EligibilityRules.Requires(rule, profile);
        var said = Format.Experience(months, profile.ExperienceField, s.Language);
        return required
            ? s.L($"**Oui**, avec {said} : {rule.Text}", $"**Yes**, with {said}: {rule.Text}")
            : s.L($"**Non**, avec {said}, ce stage ne vous est pas demandé. La règle : {rule.Text}",
                $"**No**, with {said}, this internship is not required of you. The rule: {rule.Text}");
    }

    /// <summary>
    /// "dois-je faire le stage si je travaille déjà comme conseillère en insertion ?", "je suis vendeuse, dois-je faire le
    /// stage ?": an experience in a known field, no length said. The rule applied at any length: required whatever the
    /// length ("Oui"), at none ("Non"), or hanging on the length it asks, which is said.
    /// </summary>
    private static string? ByLength(EligibilityRule rule, Understanding.ExperienceMention experience, Slots s)
    {
        var field = experience.Field is { } f ? EligibilityUnderstanding.FieldId(f) : null;
        if (field is null or "aucune")
        {
            return null;
        }
        bool RequiredWith(int months) => EligibilityRules.Requires(rule, new EligibilityAnswers { ExperienceMonths = months, ExperienceField = field });
        var any = Format.Experience(1, field, s.Language, withLength: false);
        if (RequiredWith(EligibilityRules.MaxExperienceMonths))
        {
            return s.L($"**Oui**, avec {any} : {rule.Text}", $"**Yes**, with {any}: {rule.Text}");
        }
        if (!RequiredWith(1))
        {
            return s.L($"**Non**, avec {any}, ce stage ne vous est pas demandé. La règle : {rule.Text}",
                $"**No**, with {any}, this internship is not required of you. The rule: {rule.Text}");
        }
        // The outcome changes only at the rule's own thresholds: the first of them that is enough.
        var least = EligibilityRules.Thresholds(rule).Order().Append(EligibilityRules.MaxExperienceMonths).First(m => !RequiredWith(m));
        var enough = Format.Experience(least, field, s.Language);
        return s.L($"**Cela dépend de sa durée** : avec au moins {enough}, ce stage ne vous est pas demandé ; en dessous, il l'est. La règle : {rule.Text}",
            $"**It depends on how long**: with at least {enough}, this internship is not required of you; with less, it is. The rule: {rule.Text}");
    }

    private List<Statement> Statements(IReadOnlyList<Internship> records, Slots s, bool labelled)
    {
        var statements = new StatementSet();
        foreach (var r in records)
        {
            var source = Provenance.Of(r, r.Centre);
            var label = labelled ? $"{Format.ProgrammeShort(r.Programme)}{s.Colon} " : "";
            Add(statements, label, r.Who, source);
            r.Conditions.ForEach(c => Add(statements, label, c, source));
            AddList(statements, label, r.Objectives, source);
            AddList(statements, label, r.Activities, source);
            Add(statements, label, r.Evaluation, source);
            r.Convention?.Steps.ForEach(c => Add(statements, label, c, source));
            if (r.Convention?.DeadlineDays is { } days)
            {
                Add(statements, label, s.L($"La convention de stage doit être établie au moins {days} jours avant le début du stage.",
                    $"The internship agreement must be drawn up at least {days} days before the internship starts."), source);
            }
            // "des ateliers pour aider à trouver un stage ?": the support the programme gives during the course.
            foreach (var f in kb.Facts("accompagnement", r.Programme, r.Centre))
            {
                Add(statements, label, s.L(f.Text ?? "", f.En ?? f.Text ?? ""), Provenance.Of(f, f.Centre));
            }
        }
        return statements.List;
    }

    private static TopicResult Convention(Internship r, Slots s)
    {
        var c = r.Convention!;
        var text = s.L($"**Convention de stage — {Format.ProgrammeShort(r.Programme)}**", $"**Internship agreement — {Format.ProgrammeShort(r.Programme)}**");
        if (c.DeadlineDays is { } days)
        {
            text += "\n" + s.L($"À établir **au moins {days} jours avant le début du stage**.", $"To be drawn up **at least {days} days before the internship starts**.");
        }
        text += "\n" + Topics.Bullets(c.Steps);
        if (s.Modality is null or "soir" && c.Evening.Count > 0)
        {
            text += "\n" + s.L("**Cours du soir :**", "**Evening classes:**") + "\n" + Topics.Bullets(c.Evening);
        }
        if (s.Modality is null or "jour" && c.Day.Count > 0)
        {
            text += "\n" + s.L("**Cours du jour :**", "**Day classes:**") + "\n" + Topics.Bullets(c.Day);
        }
        return new Found(text, [Provenance.Of(r, r.Centre)]);
    }

    /// <summary>
    /// A list introduced by a lead-in ("L'objectif du stage est double :") is one statement, lead-in and items
    /// together, so that the lead-in's words find its items; a list without one gives a statement per item.
    /// </summary>
    private static void AddList(StatementSet statements, string label, IReadOnlyList<string> items, Provenance? source)
    {
        if (items.Count > 1 && items[0].TrimEnd().EndsWith(':'))
        {
            Add(statements, label, items[0].TrimEnd() + " " + string.Join(" ; ", items.Skip(1).Select(i => i.Trim())), source);
            return;
        }
        foreach (var item in items)
        {
            Add(statements, label, item, source);
        }
    }

    private static void Add(StatementSet statements, string label, string? text, Provenance? source)
    {
        if (string.IsNullOrWhiteSpace(text) || text.TrimEnd().EndsWith(':'))
        {
            return;
        }
        // The two versions of the internship framework say the same sentences with other punctuation ("..." / "…")
        // or a word more: one statement per sentence start.
        var statement = label + text.Trim();
        if (statements.Seen.Add(Key(statement)))
        {
            statements.List.Add(new Statement(statement, source));
        }
    }

    private static string Key(string text) => new(FrenchText.Fold(text).Where(char.IsAsciiLetterOrDigit).Take(80).ToArray());

    /// <summary>The statements gathered so far, and the keys of their sentence starts.</summary>
    private sealed class StatementSet
    {
        public List<Statement> List { get; } = [];

        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);
    }

    private static string FirstSentence(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? text[..(end + 1)] : text;
    }
}
