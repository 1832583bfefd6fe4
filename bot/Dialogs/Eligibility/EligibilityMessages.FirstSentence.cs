using System.Globalization;

namespace Cnam.Bot.Dialogs.Eligibility;

/// <summary>What the questionnaire says of the first sentence, before its first question, in the questionnaire's language.</summary>
public static partial class EligibilityMessages
{
    private const string EarlyVerdictIntro = "D'après ce que vous m'indiquez : ";
    private const string EarlyVerdictIntroEn = "From what you tell me: ";
    private const string EarlyVerdictNext = "Encore quelques questions pour calculer vos frais.";
    private const string EarlyVerdictNextEn = "A few more questions to work out your fees.";
    private const string EarlyVerdictNextNotEligible =
        "Encore quelques questions : à la fin, je vous dirai aussi quelles formations vous sont ouvertes avec votre profil.";
    private const string EarlyVerdictNextNotEligibleEn =
        "A few more questions: at the end, I will also tell you which programmes are open to you with your profile.";
    private const string CheckIntro =
        "Je vérifie avec vous si {0} vous est accessible : quelques questions sur votre parcours, puis je vous dirai si vous pouvez vous inscrire et ce que cela vous coûterait.";
    private const string CheckIntroEn =
        "Let's check together whether {0} is open to you: a few questions about your background, then I will tell you whether you can enrol and what it would cost you.";
    private const string FeesIntro = "Je calcule ce que vous coûterait {0} : encore quelques questions.";
    private const string FeesIntroEn = "I will work out what {0} would cost you: a few more questions.";
    private const string RecommendIntro =
        "Je vous aide à choisir : quelques questions sur votre parcours, puis je vous dirai quelle formation vous est ouverte et ce qu'elle vous coûterait.";
    private const string RecommendIntroEn =
        "I will help you choose: a few questions about your background, then I will tell you which programme is open to you and what it would cost you.";
    private const string RecommendIntroWithVerdicts = "Je vous aide à choisir. D'après ce que vous m'indiquez :";
    private const string RecommendIntroWithVerdictsEn = "I will help you choose. From what you tell me:";
    private const string RecommendNext = "Encore quelques questions, puis je vous dirai quelle formation vous conseiller et ce qu'elle vous coûterait.";
    private const string RecommendNextEn = "A few more questions, then I will tell you which programme I recommend and what it would cost you.";

    /// <summary>
    /// The early verdict: one sentence for one centre, else one line a centre ("- Cnam Paris : ..."), then the
    /// announcement of the questions left.
    /// </summary>
    public static string EarlyVerdict(IReadOnlyList<EligibilityDecision> settled, bool byCentre, EligibilityAnswers a)
    {
        // Someone who cannot enter hears where the questions lead: the programmes open to them (the result card), not only fees.
        var next = settled.All(d => !d.Eligible) ? a.L(EarlyVerdictNextNotEligible, EarlyVerdictNextNotEligibleEn) : a.L(EarlyVerdictNext, EarlyVerdictNextEn);
        var intro = a.L(EarlyVerdictIntro, EarlyVerdictIntroEn);
        if (!byCentre)
        {
            return intro + Verdict(settled[0], a) + " " + next;
        }
        var lines = settled.Select(d => $"- Cnam {d.Centre}{a.L(" :", ":")} {Verdict(d, a)}");
        return intro.TrimEnd() + "\n" + string.Join("\n", lines) + "\n\n" + next;
    }

    /// <summary>
    /// A programme named with nothing settled yet ("je n'ai que le brevet, je peux faire le CP29 ?" depends on the
    /// experience), or a fee simulation: what the questions are for.
    /// </summary>
    public static string QuestionsAhead(string programme, bool fees, EligibilityAnswers a) =>
        string.Format(CultureInfo.InvariantCulture, fees ? a.L(FeesIntro, FeesIntroEn) : a.L(CheckIntro, CheckIntroEn),
            Questions.Format.Programme(programme, a.TextLanguage));

    /// <summary>
    /// A diploma that rules out direct entry, with routes an experience could still open ("je n'ai pas le bac" for the
    /// licence): said before the questions, which are then about that experience.
    /// </summary>
    public static string WithoutDirectEntry(string programme, IReadOnlyList<string> routes, EligibilityAnswers a)
    {
        var name = Questions.Format.ProgrammeShort(programme, a.TextLanguage);
        var ways = string.Join(a.L(" ou ", " or "), routes.Select(r => EligibilityRoutes.Name(r, a)));
        return a.L($"D'après ce que vous m'indiquez, votre diplôme ne donne pas d'accès direct ({name}) ; la formation peut vous être ouverte {ways}, selon votre expérience. Quelques questions pour le vérifier, puis je vous dirai ce que cela vous coûterait.",
            $"From what you tell me, your diploma gives no direct entry ({name}); the programme may be open to you {ways}, depending on your experience. A few questions to check, then I will tell you what it would cost you.");
    }

    /// <summary>
    /// The start of the advice: what the first sentence already settles for each programme (one line a programme, or a
    /// centre when the centres differ), so that "j'ai un BTS" learns at once what it opens; else what the questions are for.
    /// </summary>
    public static string AdviceStart(IEnumerable<(string Programme, IReadOnlyList<EligibilityDecision> Settled)> byProgramme, EligibilityAnswers a)
    {
        var lines = new List<string>();
        var open = new List<string>();
        var colon = a.L(" :", ":");
        foreach (var (programme, settled) in byProgramme)
        {
            var name = Questions.Format.ProgrammeShort(programme, a.TextLanguage);
            if (settled.Count == 0)
            {
                open.Add(name);
                continue;
            }
            if (settled.Count > 0 && settled.All(d => d.Route == settled[0].Route))
            {
                // The same route at every centre: one line, with the first centre's rule (the centres word it differently).
                lines.Add($"- {name}{colon} {EligibilityRoutes.Name(settled[0].Route, a)} — {settled[0].DecidingRule.Text}");
                continue;
            }
            lines.AddRange(settled.Select(d => $"- {name}, Cnam {d.Centre}{colon} {EligibilityRoutes.Name(d.Route, a)} — {d.DecidingRule.Text}"));
        }
        if (lines.Count > 0)
        {
            // "moniteur éducateur, je voudrais évoluer vers la coordination": the licence is not left out because the
            // experience it depends on is still to be asked.
            lines.AddRange(open.Select(name => $"- {name}{colon} {a.L("à voir selon vos réponses aux questions suivantes", "depends on your answers to the next questions")}"));
        }
        // A first sentence that said the whole plan ("…à Paris, le soir, mon employeur pourrait payer") leaves no question
        // to announce: the recommendation follows at once.
        var everythingSaid = a.ProfileKnown && a.Centre is not null && a.Modality is not null && (a.Funding is not null || a.FundingSaid is not null);
        return lines.Count == 0
            ? a.L(RecommendIntro, RecommendIntroEn)
            : a.L(RecommendIntroWithVerdicts, RecommendIntroWithVerdictsEn) + "\n" + string.Join("\n", lines)
                + (everythingSaid ? "" : "\n\n" + a.L(RecommendNext, RecommendNextEn));
    }

    private static string Verdict(EligibilityDecision d, EligibilityAnswers a)
    {
        var verdict = d.Route switch
        {
            EligibilityRoutes.NotEligible => a.L(
                $"vous ne remplissez pas encore les conditions d'accès ({Questions.Format.ProgrammeShort(d.Programme)}). {d.DecidingRule.Text}",
                $"you do not meet the entry requirements yet ({Questions.Format.ProgrammeShort(d.Programme, "en")}). {d.DecidingRule.Text}"),
            // "Oui", the programme and the route first: the rule alone ("La licence est ouverte aux titulaires…") left the
            // person to work out that it is a yes.
            _ => a.L($"**Oui** — {Questions.Format.ProgrammeShort(d.Programme)}, {EligibilityRoutes.Name(d.Route, a)} : {d.DecidingRule.Text}",
                $"**Yes** — {Questions.Format.ProgrammeShort(d.Programme, "en")}, {EligibilityRoutes.Name(d.Route, a)}: {d.DecidingRule.Text}"),
        };
        if (d.Internship is { } internship)
        {
            verdict += a.L($" Stage : {internship.Label} ({internship.Rule.Text})", $" Internship: {internship.Label} ({internship.Rule.Text})");
        }
        return verdict;
    }
}
