using System.Globalization;

namespace Cnam.Bot.Dialogs.Eligibility;

/// <summary>What the questionnaire says of the first sentence, before its first question.</summary>
public static partial class EligibilityMessages
{
    private const string EarlyVerdictIntro = "D'après ce que vous m'indiquez : ";
    private const string EarlyVerdictNext = "Encore quelques questions pour calculer vos frais.";
    private const string EarlyVerdictNextNotEligible =
        "Encore quelques questions : à la fin, je vous dirai aussi quelles formations vous sont ouvertes avec votre profil.";
    private const string CheckIntro =
        "Je vérifie avec vous si {0} vous est accessible : quelques questions sur votre parcours, puis je vous dirai si vous pouvez vous inscrire et ce que cela vous coûterait.";
    private const string FeesIntro = "Je calcule ce que vous coûterait {0} : encore quelques questions.";
    private const string RecommendIntro =
        "Je vous aide à choisir : quelques questions sur votre parcours, puis je vous dirai quelle formation vous est ouverte et ce qu'elle vous coûterait.";
    private const string RecommendIntroWithVerdicts = "Je vous aide à choisir. D'après ce que vous m'indiquez :";
    private const string RecommendNext = "Encore quelques questions, puis je vous dirai quelle formation vous conseiller et ce qu'elle vous coûterait.";

    /// <summary>
    /// The early verdict: one sentence for one centre, else one line a centre ("- Cnam Paris : ..."), then the
    /// announcement of the questions left.
    /// </summary>
    public static string EarlyVerdict(IReadOnlyList<EligibilityDecision> settled, bool byCentre)
    {
        // Someone who cannot enter hears where the questions lead: the programmes open to them (the result card), not only fees.
        var next = settled.All(d => !d.Eligible) ? EarlyVerdictNextNotEligible : EarlyVerdictNext;
        if (!byCentre)
        {
            return EarlyVerdictIntro + Verdict(settled[0]) + " " + next;
        }
        var lines = settled.Select(d => $"- Cnam {d.Centre} : {Verdict(d)}");
        return EarlyVerdictIntro.TrimEnd() + "\n" + string.Join("\n", lines) + "\n\n" + next;
    }

    /// <summary>
    /// A programme named with nothing settled yet ("je n'ai que le brevet, je peux faire le CP29 ?" depends on the
    /// experience), or a fee simulation: what the questions are for.
    /// </summary>
    public static string QuestionsAhead(string programme, bool fees) =>
        string.Format(CultureInfo.InvariantCulture, fees ? FeesIntro : CheckIntro, Questions.Format.Programme(programme, "fr"));

    /// <summary>
    /// The start of the advice: what the first sentence already settles for each programme (one line a programme, or a
    /// centre when the centres differ), so that "j'ai un BTS" learns at once what it opens; else what the questions are for.
    /// </summary>
    public static string AdviceStart(IEnumerable<(string Programme, IReadOnlyList<EligibilityDecision> Settled)> byProgramme)
    {
        var lines = new List<string>();
        foreach (var (programme, settled) in byProgramme)
        {
            var name = Questions.Format.ProgrammeShort(programme);
            if (settled.Count > 0 && settled.All(d => d.Route == settled[0].Route))
            {
                // The same route at every centre: one line, with the first centre's rule (the centres word it differently).
                lines.Add($"- {name} : {EligibilityRoutes.Name(settled[0].Route)} — {settled[0].DecidingRule.Text}");
                continue;
            }
            lines.AddRange(settled.Select(d => $"- {name}, Cnam {d.Centre} : {EligibilityRoutes.Name(d.Route)} — {d.DecidingRule.Text}"));
        }
        return lines.Count == 0 ? RecommendIntro : RecommendIntroWithVerdicts + "\n" + string.Join("\n", lines) + "\n\n" + RecommendNext;
    }

    private static string Verdict(EligibilityDecision d)
    {
        var verdict = d.Route switch
        {
            EligibilityRoutes.NotEligible => $"vous ne remplissez pas encore les conditions d'accès ({Questions.Format.ProgrammeShort(d.Programme)}). {d.DecidingRule.Text}",
            _ => $"{d.DecidingRule.Text}",
        };
        if (d.Internship is { } internship)
        {
            verdict += $" Stage : {internship.Label} ({internship.Rule.Text})";
        }
        return verdict;
    }
}
