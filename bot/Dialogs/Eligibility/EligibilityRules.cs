using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Model;

namespace Cnam.Bot.Dialogs.Eligibility;

/// <summary>
/// The rule engine: evaluates an applicant's <see cref="EligibilityAnswers"/> against the rules of eligibility.yaml
/// (never against conditions written here) and returns a typed <see cref="EligibilityDecision"/>. Pure: reads the
/// knowledge base only.
/// </summary>
public sealed class EligibilityRules(KnowledgeBase kb)
{
    public KnowledgeBase Knowledge => kb;

    /// <summary>The centres where <paramref name="programme"/> has rules (all centres when null), in file order.</summary>
    public IReadOnlyList<string> Centres(string? programme) =>
        kb.Eligibility(programme).Select(e => e.Centre!).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The programmes that have rules, in file order.</summary>
    public IReadOnlyList<string> Programmes() =>
        kb.Eligibility().Select(e => e.Programme).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The rules of a programme at a centre, or null when the documents have none.</summary>
    public EligibilityProgramme? RulesOf(string programme, string centre) => kb.Eligibility(programme, centre).FirstOrDefault();

    /// <summary>
    /// The decision for the answers' programme and centre. Needs <see cref="EligibilityAnswers.ProfileKnown"/>; null when
    /// the programme or centre is missing or has no rules.
    /// </summary>
    public EligibilityDecision? Evaluate(EligibilityAnswers a)
    {
        if (a.Programme is null || a.Centre is null || !a.ProfileKnown || RulesOf(a.Programme, a.Centre) is not { } rules)
        {
            return null;
        }
        var access = FirstAccess(rules, a);
        var route = access?.Route ?? EligibilityRoutes.NotEligible;
        var internship = rules.Internships
            .Where(r => Requires(r, a))
            .Select(r => kb.Internships().FirstOrDefault(i => i.Id == r.Internship) is { } record ? new InternshipDecision(r, record) : null)
            .FirstOrDefault(i => i is not null);
        var requirements = rules.Requirements.Where(r => Holds(r.When, a)).ToList();
        var admission = rules.Admission.Where(r => Holds(r.When, a)).ToList();
        var alternatives = access is null ? Alternatives(rules, a) : [];
        return new EligibilityDecision(rules, route, access ?? rules.Refusal!, access is null ? null : internship, requirements, admission, alternatives);
    }

    /// <summary>
    /// What the applicant's first sentence already settles, for the early verdict: at each centre where the programme has
    /// rules (the answers' centre only, when known), the decision when the whole profile is known; else, when the
    /// diploma is known, the access decision if no experience the applicant could still state would change it (the
    /// unknown duration and field are tried at every threshold the rules use). Partial decisions have no internship,
    /// requirement or alternative: those depend on the experience.
    /// </summary>
    public IReadOnlyList<EligibilityDecision> Settled(EligibilityAnswers a)
    {
        if (a.Programme is null || a.DiplomaLevel is null)
        {
            return [];
        }
        var settled = new List<EligibilityDecision>();
        foreach (var centre in a.Centre is null ? Centres(a.Programme) : [a.Centre])
        {
            var at = a with { Centre = centre };
            if (at.ProfileKnown)
            {
                if (Evaluate(at) is { } decision)
                {
                    settled.Add(decision);
                }
                continue;
            }
            var outcomes = Completions(at).Select(Evaluate).ToList();
            if (outcomes.Count > 0 && outcomes[0] is { } first
                && outcomes.All(d => d is not null && d.Route == first.Route && d.DecidingRule.Id == first.DecidingRule.Id))
            {
                settled.Add(first with { Internship = null, Requirements = [], Alternatives = [] });
            }
        }
        return settled;
    }

    /// <summary>
    /// For a diploma known and an experience still to ask: the routes some experience could open at the centres asked
    /// (direct entry first), in the order they first appear; empty when nothing is known of the diploma. "je n'ai pas le
    /// bac" for the licence gives the VAPP alone, so the person hears at once that direct entry is not theirs.
    /// </summary>
    public IReadOnlyList<string> OpenRoutes(EligibilityAnswers a)
    {
        if (a.Programme is null || a.DiplomaLevel is null || a.ProfileKnown)
        {
            return [];
        }
        return (a.Centre is null ? Centres(a.Programme) : [a.Centre])
            .SelectMany(centre => Completions(a with { Centre = centre }).Select(Evaluate))
            .Select(d => d?.Route).OfType<string>().Where(r => r != EligibilityRoutes.NotEligible)
            .Distinct(StringComparer.Ordinal).OrderBy(r => r == EligibilityRoutes.Direct ? 0 : 1).ToList();
    }

    /// <summary>The answers with every experience the applicant may still state: no experience, or each field at each threshold.</summary>
    private IEnumerable<EligibilityAnswers> Completions(EligibilityAnswers a)
    {
        var months = a.ExperienceMonths is { } known
            ? [known]
            : ExperienceThresholds().SelectMany(t => new[] { t - 1, t }).Append(1).Append(MaxExperienceMonths).Distinct().ToList();
        var fields = a.ExperienceField is { } field ? [field] : ExperienceFields;
        if (a.ExperienceMonths is null or 0)
        {
            yield return a with { ExperienceMonths = 0, ExperienceField = "aucune" };
        }
        foreach (var m in months.Where(m => m > 0))
        {
            foreach (var f in fields.Where(f => f != "aucune"))
            {
                yield return a with { ExperienceMonths = m, ExperienceField = f };
            }
        }
    }

    /// <summary>The longest experience taken as plausible (50 years).</summary>
    public const int MaxExperienceMonths = 600;

    private static readonly string[] ExperienceFields =
        Enum.GetValues<Understanding.ExperienceField>().Select(EligibilityUnderstanding.FieldId).OfType<string>().ToArray();

    /// <summary>
    /// For an applicant who does not know which programme: the first programme (file order, at the answers' centre when
    /// known) whose recommendation rules hold and that the applicant can enter; else the first whose rules hold.
    /// </summary>
    public (string Programme, EligibilityRule Rule)? Recommend(EligibilityAnswers a)
    {
        (string, EligibilityRule)? fallback = null;
        foreach (var block in kb.Eligibility(centre: a.Centre))
        {
            var rule = block.RecommendWhen.FirstOrDefault(r => Holds(r.When, a));
            if (rule is null)
            {
                continue;
            }
            if (FirstAccess(block, a) is not null)
            {
                return (block.Programme!, rule);
            }
            fallback ??= (block.Programme!, rule);
        }
        return fallback;
    }

    /// <summary>An internship rule asks the internship of these answers: its condition holds and its exemption does not.</summary>
    public static bool Requires(EligibilityRule internship, EligibilityAnswers a) =>
        Holds(internship.When, a) && !(internship.Unless is not null && Holds(internship.Unless, a));

    /// <summary>True when every field of <paramref name="c"/> holds for the answers (an absent condition holds).</summary>
    public static bool Holds(EligibilityCondition? c, EligibilityAnswers a)
    {
        if (c is null)
        {
            return true;
        }
        var level = a.DiplomaLevel ?? -1;
        var diplomaLevel = a.StudyLevelOnly ? level - 1 : level;
        var months = a.ExperienceMonths ?? 0;
        var inField = c.ExperienceFields.Count == 0 || (a.ExperienceField is not null && c.ExperienceFields.Contains(a.ExperienceField));
        return (c.MinDiplomaLevel is null || diplomaLevel >= c.MinDiplomaLevel)
            && (c.MinStudyLevel is null || level >= c.MinStudyLevel)
            && (c.BelowDiplomaLevel is null || diplomaLevel < c.BelowDiplomaLevel)
            && (c.Titles.Count == 0 || (c.Titles.Contains("cip") && a.Cip) || (c.Titles.Contains("cnam-premier-cycle") && a.CnamFirstCycle))
            && (c.ExperienceFields.Count == 0 || (inField && months > 0))
            && (c.MinMonths is null || (months >= c.MinMonths && inField))
            && (c.BelowMonths is null || months < c.BelowMonths)
            && (c.Modality is null || string.Equals(c.Modality, a.Modality, StringComparison.Ordinal));
    }

    /// <summary>The month thresholds the rules use (12, 18, 24...), so the experience buttons fall on the right side of each.</summary>
    public IReadOnlyList<int> ExperienceThresholds() =>
        kb.Eligibility().SelectMany(Loading.EligibilityRuleList).SelectMany(Thresholds).Distinct().Order().ToList();

    /// <summary>The lengths of experience (over one month) at which <paramref name="rule"/>'s outcome may change.</summary>
    public static IEnumerable<int> Thresholds(EligibilityRule rule) =>
        new[] { rule.When, rule.Unless }.SelectMany(c => c is null ? [] : new[] { c.MinMonths, c.BelowMonths }).OfType<int>().Where(m => m > 1);

    private static EligibilityRule? FirstAccess(EligibilityProgramme rules, EligibilityAnswers a) =>
        rules.Access.FirstOrDefault(r => Holds(r.When, a));

    private List<EligibilityAlternative> Alternatives(EligibilityProgramme rules, EligibilityAnswers a)
    {
        var found = new List<EligibilityAlternative>();
        foreach (var programme in rules.Alternatives)
        {
            // The applicant's centre first, then the others: the card says where each one is open.
            var blocks = kb.Eligibility(programme).OrderBy(b => b.Centre == a.Centre ? 0 : 1);
            foreach (var block in blocks)
            {
                if (FirstAccess(block, a) is { } access)
                {
                    found.Add(new EligibilityAlternative(programme, block.Centre!, access.Route!, access));
                    break;
                }
            }
        }
        return found;
    }

    /// <summary>Every rule list of a block (for threshold scans).</summary>
    private static class Loading
    {
        public static IEnumerable<EligibilityRule> EligibilityRuleList(EligibilityProgramme p) =>
            p.Access.Concat(p.Internships).Concat(p.Requirements).Concat(p.Admission).Concat(p.RecommendWhen);
    }
}
