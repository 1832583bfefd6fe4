using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Dialogs.Framework.Prompts;
using Cnam.Bot.Knowledge.Text;
using Cnam.Bot.Understanding;

namespace Cnam.Bot.Dialogs.Eligibility;

/// <summary>
/// "Suis-je éligible ?": a short questionnaire (programme, centre, parcours, diploma, experience and its field, then
/// modality, plan length and funding for the fees) that ends with the result card. Every step skips itself when its
/// answer is known (from the first sentence, or given along with another answer). The next step reads each reply:
/// an answer that is not understood gets a helpful retry, a question of the applicant is answered before the
/// question comes back, and "retour" takes the last answer back. The fee simulation runs the same dialog with
/// <see cref="EligibilityMode.Fees"/>, skipping the profile.
/// </summary>
public sealed partial class EligibilityDialog : ComponentDialog, IInterruptionOverride, ISpeaksLanguage
{
    public const string DialogId = "eligibility";
    private const string QuestionsId = "eligibility.questions";
    private const string ReplyPromptId = "eligibility.reply";

    private const string OnlyCentre = "D'après mes documents, {0} n'est proposée qu'à {1} : je continue avec ce centre.";
    private const string UnavailableModality = "Cette modalité n'est pas proposée pour cette formation d'après mes documents.";
    private const string NoProgrammeFits = "Je n'ai pas trouvé de formation à vous conseiller d'après vos réponses : choisissez celle qui vous intéresse et je vérifierai les conditions.";
    private const string Recommended = "Je vous conseille {0} : {1}";
    private const string OnlyCentreEn = "According to my documents, {0} is only offered at {1}: I will go on with this centre.";
    private const string UnavailableModalityEn = "According to my documents, this mode of study is not offered for this programme.";
    private const string NoProgrammeFitsEn = "I found no programme to recommend from your answers: choose the one you are interested in and I will check the requirements.";
    private const string RecommendedEn = "I recommend {0}: {1}";

    private readonly EligibilityRules _rules;
    private readonly EligibilityFees _fees;
    private readonly EligibilityQuestions _questions;
    private readonly EligibilityUnderstanding _understanding;
    private readonly EligibilityResultBuilder _results;
    private readonly IQuestionAnswerer _answerer;
    private readonly WaterfallDialog<EligibilityAnswers> _questionsDialog;

    public EligibilityDialog(EligibilityRules rules, EligibilityFees fees, EligibilityUnderstanding understanding, IQuestionAnswerer answerer)
        : base(DialogId)
    {
        _rules = rules;
        _fees = fees;
        _questions = new EligibilityQuestions(rules, fees);
        _understanding = understanding;
        _results = new EligibilityResultBuilder(rules, fees);
        _answerer = answerer;
        _questionsDialog = new WaterfallDialog<EligibilityAnswers>(QuestionsId,
        [
            ProgrammeStepAsync,
            CentreStepAsync,
            ParcoursStepAsync,
            DiplomaStepAsync,
            ExperienceStepAsync,
            ExperienceFieldStepAsync,
            RecommendStepAsync,
            ModalityStepAsync,
            PlanYearsStepAsync,
            FundingStepAsync,
            JobSeekerCategoryStepAsync,
            ResultStepAsync,
        ]);
        AddDialog(_questionsDialog);
        AddDialog(new EligibilityReplyPrompt(ReplyPromptId));
    }

    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext inner, object? options, CancellationToken cancellationToken)
    {
        if (options is EligibilityStart { Why: { } explained })
        {
            // "pourquoi ?" after the result card: the verdict, the profile it was given for and the rule that decided it.
            await inner.Turn.SendTextAsync(Cards.EligibilityResultCard.Why(_results.Build(explained)), cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }
        if (options is EligibilityStart { FollowUp: { } followUp })
        {
            if (!await _answerer.TryAnswerAsync(inner, FollowUpQuestion(followUp), cancellationToken))
            {
                await inner.Turn.SendActivityAsync(BotTexts.WithMenu(BotTexts.L(followUp.Language, BotTexts.NotUnderstood, BotTexts.NotUnderstoodEn), followUp.Language), cancellationToken);
            }
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }
        var answers = options switch
        {
            EligibilityStart { Answers: { } a } => a,
            EligibilityAnswers a => a,
            _ => new EligibilityAnswers(),
        };
        if (options is EligibilityStart { FromProfile: true } && answers.Programme is null)
        {
            // "j'ai un BTS" just after a question about the licence is about the licence, and what that question said of
            // the person's plan ("en cours du soir avec mon CPF") is kept; with no programme in view, the bot recommends
            // one from the profile.
            var seen = inner.State.Conversation.Questions;
            answers = seen?.Programme is not null ? WithSubjectOf(answers, seen) : answers with { ProgrammeUnknown = true };
        }
        else if (options is EligibilityStart { OnTheSubject: true } && answers.Programme is null
            && inner.State.Conversation.Questions is { Programme: not null } subject)
        {
            // "ça me coûterait combien ?" just after questions about the CP29 at La Réunion: that programme, at that centre.
            answers = WithSubjectOf(answers, subject);
        }
        if (answers.ProgrammeUnknown)
        {
            await inner.Turn.SendTextAsync(EligibilityMessages.AdviceStart(SettledByProgramme(answers), answers), cancellationToken);
            answers = answers with { EarlyVerdictSaid = true };
        }
        return await inner.BeginDialogAsync(QuestionsId, answers, cancellationToken);
    }

    /// <summary>
    /// Asks the open question again (after "aide", for instance). The question's card is not kept in the conversation's
    /// state, where it would be most of the document, read and written at every turn: it is built again from the answers.
    /// </summary>
    public override async Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        if (AnswersOf(instance) is { Asking: { } slot } a)
        {
            await dc.Turn.SendActivityAsync(EligibilityMessages.Question(_questions.For(slot, a), dc.Turn.Activity.ChannelId, retry: false), cancellationToken);
        }
    }

    /// <summary>The questionnaire's language (see <see cref="EligibilityAnswers.Language"/>), for the commands said while it runs.</summary>
    public string? LanguageOf(DialogInstance instance) => AnswersOf(instance)?.Language;

    /// <summary>"restart": the questions from the start, without the answers, in the language the command was said in.</summary>
    public object? StartOptions(string? language) => new EligibilityAnswers { Language = language };

    private EligibilityAnswers? AnswersOf(DialogInstance instance) =>
        instance.GetState<DialogState>().Stack.Find(i => i.Id == QuestionsId) is { } questions ? _questionsDialog.AnswersOf(questions) : null;

    public bool Overrides(Interruption interruption, string? text) =>
        interruption == Interruption.Menu && EligibilityUnderstanding.IsBack(text);

    private async Task<DialogTurnResult> ProgrammeStepAsync(WaterfallStepContext<EligibilityAnswers> step, CancellationToken ct)
    {
        // With the programme asked on a card, nothing is said before the questions (see FirstSentenceAsync).
        if (step.Answers is { EarlyVerdictSaid: false, Programme: null })
        {
            step.Answers = step.Answers with { EarlyVerdictSaid = true };
        }
        return await AskOrNextAsync(step, EligibilitySlot.Programme, ct);
    }

    /// <summary>
    /// The first sentence is answered once, before the first question: later answers lead to the result card. With a
    /// programme named, an early verdict, else what the questions are for ("je n'ai que le brevet, je peux faire le
    /// CP29 ?" depends on the experience; "combien je paierais la licence… ?"). Nothing when the first sentence answered
    /// every question (the card comes at once and says it all), nor when the questions start again in the middle (a reply
    /// not understood).
    /// </summary>
    private async Task<EligibilityAnswers> FirstSentenceAsync(WaterfallStepContext<EligibilityAnswers> step, EligibilityAnswers a, CancellationToken ct)
    {
        if (a.EarlyVerdictSaid || a.Programme is not { } programme)
        {
            return a;
        }
        var eligibility = a.Mode == EligibilityMode.Eligibility;
        a = eligibility ? WithOnlyCentre(a) : a;
        var settled = eligibility ? _rules.Settled(a) : [];
        var open = eligibility && settled.Count == 0 ? _rules.OpenRoutes(a) : [];
        await step.Turn.SendTextAsync(settled.Count > 0
            ? EligibilityMessages.EarlyVerdict(settled, byCentre: a.Centre is null, a)
            : open.Count > 0 && !open.Contains(EligibilityRoutes.Direct) ? EligibilityMessages.WithoutDirectEntry(programme, open, a)
            : EligibilityMessages.QuestionsAhead(programme, fees: !eligibility, a), ct);
        if (eligibility && (a.Funding ?? (object?)a.FundingSaid) is not null && step.Turn.Activity.Text is { Length: > 0 } first
            && _understanding.RecognizeTurn(step.Turn, first).Has(Understanding.Intents.Tariffs))
        {
            // "…le CASP à La Réunion, demandeur d'emploi : je suis éligible et ça coûte combien ?": the fees asked
            // for the programme and funding said come now, as a question in the middle is answered; the card at
            // the end gives them again with the rest. (A fee simulation gives them on its card, often at once.)
            ShareSubject(step.Context, a);
            await _answerer.TryAnswerAsync(step.Context, first, ct);
        }
        return a with { EarlyVerdictSaid = true };
    }

    private async Task<DialogTurnResult> CentreStepAsync(WaterfallStepContext<EligibilityAnswers> step, CancellationToken ct)
    {
        if (await ReadReplyAsync(step, ct) is { } restarted)
        {
            return restarted;
        }
        var a = step.Answers;
        var centres = _rules.Centres(a.Programme);
        if (a.Programme is not null && centres.Count == 1 && a.Centre != centres[0])
        {
            if (a.Centre is not null)
            {
                await step.Turn.SendTextAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, a.L(OnlyCentre, OnlyCentreEn),
                    Questions.Format.Programme(a.Programme, a.TextLanguage), centres[0]), ct);
            }
            step.Answers = a with { Centre = centres[0] };
        }
        return await AskOrNextAsync(step, EligibilitySlot.Centre, ct);
    }

    private async Task<DialogTurnResult> ParcoursStepAsync(WaterfallStepContext<EligibilityAnswers> step, CancellationToken ct) =>
        await ReadReplyAsync(step, ct) ?? await AskOrNextAsync(step, EligibilitySlot.Parcours, ct);

    private async Task<DialogTurnResult> DiplomaStepAsync(WaterfallStepContext<EligibilityAnswers> step, CancellationToken ct) =>
        await ReadReplyAsync(step, ct) ?? await AskOrNextAsync(step, EligibilitySlot.Diploma, ct);

    private async Task<DialogTurnResult> ExperienceStepAsync(WaterfallStepContext<EligibilityAnswers> step, CancellationToken ct) =>
        await ReadReplyAsync(step, ct) ?? await AskOrNextAsync(step, EligibilitySlot.Experience, ct);

    private async Task<DialogTurnResult> ExperienceFieldStepAsync(WaterfallStepContext<EligibilityAnswers> step, CancellationToken ct) =>
        await ReadReplyAsync(step, ct) ?? await AskOrNextAsync(step, EligibilitySlot.ExperienceField, ct);

    private async Task<DialogTurnResult> RecommendStepAsync(WaterfallStepContext<EligibilityAnswers> step, CancellationToken ct)
    {
        if (await ReadReplyAsync(step, ct) is { } restarted)
        {
            return restarted;
        }
        var a = step.Answers;
        if (!a.ProgrammeUnknown)
        {
            return await step.NextAsync(null, ct);
        }
        if (_rules.Recommend(a) is not { } recommendation)
        {
            await step.Turn.SendTextAsync(a.L(NoProgrammeFits, NoProgrammeFitsEn), ct);
            step.Answers = a with { ProgrammeUnknown = false };
            return await RestartAsync(step, ct);
        }
        await step.Turn.SendTextAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, a.L(Recommended, RecommendedEn),
            Questions.Format.Programme(recommendation.Programme, a.TextLanguage), recommendation.Rule.Text), ct);
        step.Answers = a with { Programme = recommendation.Programme, ProgrammeUnknown = false, RecommendedBy = recommendation.Rule.Id };
        // The centre, the parcours... of the programme now known are asked from the start.
        return await RestartAsync(step, ct);
    }

    private async Task<DialogTurnResult> ModalityStepAsync(WaterfallStepContext<EligibilityAnswers> step, CancellationToken ct)
    {
        if (await ReadReplyAsync(step, ct) is { } restarted)
        {
            return restarted;
        }
        var options = _fees.Modalities(step.Answers);
        if (step.Answers.Modality is { } said && options.Count > 0 && !options.Contains(said))
        {
            await step.Turn.SendTextAsync(step.Answers.L(UnavailableModality, UnavailableModalityEn), ct);
            step.Answers = step.Answers with { Modality = null };
        }
        if (options.Count == 1)
        {
            step.Answers = step.Answers with { Modality = options[0] };
        }
        return options.Count == 0 ? await step.NextAsync(null, ct) : await AskOrNextAsync(step, EligibilitySlot.Modality, ct);
    }

    private async Task<DialogTurnResult> PlanYearsStepAsync(WaterfallStepContext<EligibilityAnswers> step, CancellationToken ct)
    {
        if (await ReadReplyAsync(step, ct) is { } restarted)
        {
            return restarted;
        }
        var options = _fees.PlanYears(step.Answers);
        if (options.Count <= 1)
        {
            step.Answers = step.Answers with { PlanYears = options.Count == 1 ? options[0] : step.Answers.PlanYears };
            return await step.NextAsync(null, ct);
        }
        if (step.Answers.PlanYears is { } years && !options.Contains(years))
        {
            step.Answers = step.Answers with { PlanYears = null };
        }
        return await AskOrNextAsync(step, EligibilitySlot.PlanYears, ct);
    }

    private async Task<DialogTurnResult> FundingStepAsync(WaterfallStepContext<EligibilityAnswers> step, CancellationToken ct)
    {
        if (await ReadReplyAsync(step, ct) is { } restarted)
        {
            return restarted;
        }
        var a = step.Answers;
        var options = _fees.Fundings(a);
        if (a.Funding is null && a.FundingSaid is { } said)
        {
            step.Answers = a with { Funding = EligibilityFees.FundingFor(said, options), FundingSaid = null };
        }
        return options.Count == 0 ? await step.NextAsync(null, ct) : await AskOrNextAsync(step, EligibilitySlot.Funding, ct);
    }

    private async Task<DialogTurnResult> JobSeekerCategoryStepAsync(WaterfallStepContext<EligibilityAnswers> step, CancellationToken ct) =>
        await ReadReplyAsync(step, ct) ?? await AskOrNextAsync(step, EligibilitySlot.JobSeekerCategory, ct);

    private async Task<DialogTurnResult> ResultStepAsync(WaterfallStepContext<EligibilityAnswers> step, CancellationToken ct)
    {
        if (await ReadReplyAsync(step, ct) is { } restarted)
        {
            return restarted;
        }
        var result = _results.Build(step.Answers);
        await step.Turn.SendActivityAsync(EligibilityMessages.Result(result, step.Turn.Activity.ChannelId), ct);
        step.Context.State.Conversation.LastResult = result.Decision is null ? null : step.Answers with { Asking = null, Retry = null };
        // "combien ça fait au total ?", "je peux commencer quand ?" after the result are about the programme it was for.
        ShareSubject(step.Context, step.Answers);
        return await step.EndDialogAsync(ct);
    }

    /// <summary>True when the questionnaire still has to ask <paramref name="slot"/>.</summary>
    private bool Needs(EligibilityAnswers a, EligibilitySlot slot)
    {
        if (EligibilityUnderstanding.Has(a, slot))
        {
            return false;
        }
        var profile = a.Mode == EligibilityMode.Eligibility;
        return slot switch
        {
            EligibilitySlot.Programme => true,
            EligibilitySlot.Centre => a.ProgrammeUnknown ? _rules.Centres(null).Count > 1 : a.Programme is not null && _rules.Centres(a.Programme).Count > 1,
            EligibilitySlot.Parcours => a.Programme == "LP110",
            EligibilitySlot.Diploma or EligibilitySlot.Experience => profile,
            EligibilitySlot.ExperienceField => profile && a.ExperienceMonths > 0,
            EligibilitySlot.JobSeekerCategory => _fees.NeedsCategory(a),
            _ => !a.ProgrammeUnknown,
        };
    }

    private async Task<DialogTurnResult> AskOrNextAsync(WaterfallStepContext<EligibilityAnswers> step, EligibilitySlot slot, CancellationToken ct)
    {
        var a = step.Answers;
        if (!Needs(a, slot))
        {
            return await step.NextAsync(null, ct);
        }
        a = await FirstSentenceAsync(step, a, ct);
        // The question is sent here and the prompt only waits for the reply: the prompt would keep the card in the
        // conversation's state (see RepromptDialogAsync).
        await step.Turn.SendActivityAsync(EligibilityMessages.Question(_questions.For(slot, a), step.Turn.Activity.ChannelId, retry: a.Retry == slot), ct);
        step.Answers = a with { Asking = slot, Retry = null };
        return await step.PromptAsync(ReplyPromptId, new PromptOptions(), ct);
    }

    /// <summary>A funding said in words becomes the tariffs' id once the programme's fees are known.</summary>
    private EligibilityAnswers ResolveFunding(EligibilityAnswers a)
    {
        if (a.Funding is not null || a.FundingSaid is not { } said || a.Programme is null || a.Centre is null)
        {
            return a;
        }
        return a with { Funding = EligibilityFees.FundingFor(said, _fees.Fundings(a)), FundingSaid = null };
    }

    private EligibilityAnswers WithOnlyCentre(EligibilityAnswers a)
    {
        var centres = _rules.Centres(a.Programme);
        return a.Centre is null && centres.Count == 1 ? a with { Centre = centres[0] } : a;
    }

    // The result card's buttons ask the question answerer what a person would ask, in the questionnaire's language.
    private static string FollowUpQuestion(EligibilityFollowUp f)
    {
        string L(string french, string english) => BotTexts.L(f.Language, french, english);
        var programme = Questions.Format.ProgrammeShort(f.Programme);
        var where = f.Centre is null ? "" : L($" à {f.Centre}", $" in {f.Centre}");
        var modality = f.Modality is null ? "" : L(" en ", " in ") + Questions.Format.Modality(f.Modality, f.Language == "en" ? "en" : "fr");
        return f.Action switch
        {
            Cards.EligibilityResultCard.PlanningAction =>
                L($"Quel est le planning de la {programme}{modality}{where} ?", $"What is the timetable of the {programme}{modality}{where}?"),
            Cards.EligibilityResultCard.MeetingAction =>
                L($"Comment participer à une réunion d'information sur la {programme}{where} ?", $"How can I attend an information meeting about the {programme}{where}?"),
            _ => L($"Qui contacter pour la {programme}{where} ?", $"Who should I contact about the {programme}{where}?"),
        };
    }

    /// <summary>What the first sentence already settles for each programme, for the start of the advice.</summary>
    private IEnumerable<(string Programme, IReadOnlyList<EligibilityDecision> Settled)> SettledByProgramme(EligibilityAnswers a) =>
        _rules.Programmes().Select(p => (p, _rules.Settled(a with { Programme = p, ProgrammeUnknown = false })));
}
