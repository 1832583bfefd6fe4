using Cnam.Bot.Knowledge.Model;

namespace Cnam.Bot.Dialogs.Eligibility;

/// <summary>Routes of the machine-readable result.</summary>
public static class EligibilityRoutes
{
    public const string Direct = "direct";
    public const string Vapp = "vapp";
    public const string Vae = "vae";
    public const string Vap85 = "vap85";
    public const string NotEligible = "not-eligible";

    /// <summary>"accès direct", "par la VAPP"…, "pas encore accessible".</summary>
    public static string Name(string route) => route switch
    {
        Direct => "accès direct",
        Vapp => "par la VAPP",
        Vae => "par la VAE",
        Vap85 => "par la VAP85",
        NotEligible => "pas encore accessible",
        _ => route,
    };

    /// <summary>The route in the questionnaire's language: "direct entry", "through the VAPP"…, "not open yet" in English.</summary>
    public static string Name(string route, EligibilityAnswers a) => !a.English ? Name(route) : route switch
    {
        Direct => "direct entry",
        Vapp => "through the VAPP",
        Vae => "through the VAE",
        Vap85 => "through the VAP85",
        NotEligible => "not open yet",
        _ => route,
    };
}

/// <summary>The internship the diploma requires, its rule and the internships.yaml record its duration comes from.</summary>
public sealed record InternshipDecision(EligibilityRule Rule, Internship Internship)
{
    /// <summary>"560 h", "3 mois", "1 mois et demi".</summary>
    public string Label => Internship.Hours is { } hours ? $"{hours} h" : Internship.Duration ?? "";
}

/// <summary>Another programme the applicant can enter, with the route and the rule that opens it.</summary>
public sealed record EligibilityAlternative(string Programme, string Centre, string Route, EligibilityRule Rule);

/// <summary>
/// What the rules decided for one programme at one centre: the route (or not-eligible) and the rule that decided
/// it (for not-eligible, the condition that failed), the internship if any, the other diploma conditions and
/// admission steps that apply, the programmes to recommend instead, and every rule applied with its source.
/// </summary>
public sealed record EligibilityDecision(
    EligibilityProgramme Rules,
    string Route,
    EligibilityRule DecidingRule,
    InternshipDecision? Internship,
    IReadOnlyList<EligibilityRule> Requirements,
    IReadOnlyList<EligibilityRule> Admission,
    IReadOnlyList<EligibilityAlternative> Alternatives)
{
    public string Programme => Rules.Programme ?? "";
    public string Centre => Rules.Centre ?? "";
    public bool Eligible => Route != EligibilityRoutes.NotEligible;

    /// <summary>Every rule that contributed to the decision, in the order they apply.</summary>
    public IEnumerable<EligibilityRule> Applied =>
        new[] { DecidingRule }.Concat(Internship is null ? [] : [Internship.Rule]).Concat(Requirements).Concat(Admission)
            .Concat(Alternatives.Select(a => a.Rule));
}
