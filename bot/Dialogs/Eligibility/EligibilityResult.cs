using Cnam.Bot.Knowledge.Model;

namespace Cnam.Bot.Dialogs.Eligibility;

/// <summary>
/// Everything the result card and its plain-text version show: the answers, the decision (null for a fee
/// simulation alone), the fees, why a programme was recommended, and the next steps resolved from the
/// knowledge base (registration sheets, key dates, contacts).
/// </summary>
public sealed record EligibilityResult(
    EligibilityAnswers Answers,
    EligibilityDecision? Decision,
    FeeEstimate Fees,
    EligibilityRule? Recommendation,
    IReadOnlyList<InfoSheet> Sheets,
    IReadOnlyList<KeyDate> KeyDates,
    IReadOnlyList<Contact> Contacts)
{
    public string Programme => Answers.Programme ?? "";
    public string Centre => Answers.Centre ?? "";

    /// <summary>The internship label for the machine-readable result: "560 h", "3 mois", "1 mois et demi" or "".</summary>
    public string Stage => Decision?.Internship?.Label ?? "";
}

/// <summary>Builds an <see cref="EligibilityResult"/> from completed answers.</summary>
public sealed class EligibilityResultBuilder(EligibilityRules rules, EligibilityFees fees)
{
    public EligibilityResult Build(EligibilityAnswers a)
    {
        var kb = rules.Knowledge;
        var decision = a.Mode == EligibilityMode.Eligibility ? rules.Evaluate(a) : null;
        var validation = decision is { Eligible: true } ? decision.DecidingRule.Validation : null;
        var estimate = fees.Estimate(a, validation, followsTheUes: decision is { Route: not EligibilityRoutes.Vae });
        var recommendation = a.RecommendedBy is null ? null
            : kb.Eligibility().SelectMany(e => e.RecommendWhen).FirstOrDefault(r => r.Id == a.RecommendedBy);
        var block = a.Programme is not null && a.Centre is not null ? rules.RulesOf(a.Programme, a.Centre) : null;
        var next = block?.NextSteps;
        var sheets = next?.Sheets.Select(id => kb.Registration().FirstOrDefault(s => s.Id == id)).OfType<InfoSheet>().ToList() ?? [];
        var keyDates = next?.KeyDates.Select(id => kb.KeyDates().FirstOrDefault(k => k.Id == id)).OfType<KeyDate>().ToList() ?? [];
        var contacts = next?.Contacts.Select(kb.GetContact).OfType<Contact>().ToList() ?? [];
        return new EligibilityResult(a, decision, estimate, recommendation, sheets, keyDates, contacts);
    }
}
