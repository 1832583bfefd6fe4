using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Dialogs.Questions;
using Cnam.Bot.Knowledge.Text;
using Cnam.Bot.Understanding;

namespace Cnam.Bot.Dialogs.Eligibility;

/// <summary>
/// The questionnaire's replies: how the step after a question reads what came back (an answer, typed or clicked; an
/// answer to another question; "retour"; a question, a thanks or an "ok"; "je ne sais pas"; "pourquoi ?"; nothing to read) and
/// starts the questions again when the one asked is still open.
/// </summary>
public sealed partial class EligibilityDialog
{
    private const string BackText = "D'accord, reprenons cette question.";
    private const string NothingToGoBackTo = "C'est la première question : il n'y a pas de réponse précédente à corriger.";
    private const string ImplausibleExperience = "Cette durée me paraît trop longue pour une expérience professionnelle.";
    private const string NotedOtherAnswer = "C'est noté ({0}), je m'en servirai plus loin. Revenons à la question posée :";
    private const string BackTextEn = "All right, let's go back to this question.";
    private const string NothingToGoBackToEn = "This is the first question: there is no previous answer to correct.";
    private const string ImplausibleExperienceEn = "This length seems too long for work experience.";
    private const string NotedOtherAnswerEn = "Noted ({0}), I will use it later. Back to the question:";
    private const string AlreadyNoted = "C'est bien noté ({0}). Revenons à la question posée :";
    private const string AlreadyNotedEn = "Already noted ({0}). Back to the question:";
    private const string ProfileForAdvice = "C'est noté ({0}). Je vais vous aider à choisir la formation d'après votre parcours.";
    private const string ProfileForAdviceEn = "Noted ({0}). I will help you choose the programme from your background.";
    private const string SettledEarly = "Les questions qui restent servent au reste (stage, frais).";
    private const string SettledEarlyEn = "The questions left are for the rest (internship, fees).";
    private const string SettledAtTheEnd = "Je vous réponds dès que j'ai vos réponses : il me reste quelques questions.";
    private const string SettledAtTheEndEn = "I will answer as soon as I have your answers: a few questions are left.";
    private const string Corrected = "C'est corrigé ({0}).";
    private const string CorrectedEn = "Corrected ({0}).";

    // Each question: how an answer given ahead of it is named when the bot says it kept it, and why it is asked ("pourquoi ?"
    // in reply), in French and in English.
    private sealed record SlotTexts(string Name, string NameEn, string Why, string WhyEn);

    private static readonly Dictionary<EligibilitySlot, SlotTexts> Texts = new()
    {
        [EligibilitySlot.Programme] = new("la formation", "the programme",
            "Les conditions d'accès et les tarifs dépendent de la formation.",
            "The entry requirements and the fees depend on the programme."),
        [EligibilitySlot.Centre] = new("le centre", "the centre",
            "Les conditions d'accès, les modalités et les tarifs ne sont pas les mêmes au Cnam Paris et au Cnam La Réunion.",
            "The entry requirements, the modes of study and the fees differ between Cnam Paris and Cnam La Réunion."),
        [EligibilitySlot.Parcours] = new("le parcours", "the track",
            "Les deux parcours de la licence ne se suivent pas de la même façon (le parcours culture, en cours du soir seulement).",
            "The licence's two tracks are not followed the same way (the culture track in evening classes only)."),
        [EligibilitySlot.Diploma] = new("votre diplôme", "your diploma",
            "Votre diplôme décide de l'accès : direct, ou par une autre voie (VAPP, VAE…) s'il n'a pas le niveau demandé.",
            "Your diploma decides the entry: direct, or through another route (VAPP, VAE…) if it is below the level required."),
        [EligibilitySlot.Experience] = new("votre expérience", "your experience",
            "Votre expérience peut ouvrir l'accès sans le diplôme demandé, et décide si un stage est exigé pour obtenir le diplôme.",
            "Your experience can open the entry without the diploma required, and decides whether an internship is required for the award."),
        [EligibilitySlot.ExperienceField] = new("votre domaine d'expérience", "the field of your experience",
            "Le domaine de votre expérience compte : certaines voies d'accès et la dispense de stage demandent une expérience dans le domaine de la formation.",
            "The field of your experience matters: some entry routes and the internship waiver require experience in the programme's field."),
        [EligibilitySlot.Modality] = new("les cours du jour ou du soir", "day or evening classes",
            "La durée, les horaires et les tarifs ne sont pas les mêmes en cours du jour et en cours du soir.",
            "The length, the hours and the fees differ between day and evening classes."),
        [EligibilitySlot.PlanYears] = new("la durée", "the length",
            "En cours du soir, le tarif annuel dépend de la durée choisie.",
            "In evening classes, the yearly fee depends on the length chosen."),
        [EligibilitySlot.Funding] = new("le financement", "the funding",
            "Le tarif dépend de qui finance la formation : employeur, CPF, Pôle emploi (France Travail), vous-même…",
            "The fee depends on who pays for the programme: employer, CPF, Pôle emploi (France Travail), yourself…"),
        [EligibilitySlot.JobSeekerCategory] = new("votre catégorie de demandeur d'emploi", "your job seeker category",
            "Le tarif demandeur d'emploi dépend de votre catégorie d'inscription à Pôle emploi (France Travail).",
            "The job-seeker fee depends on your Pôle emploi (France Travail) registration category."),
    };

    /// <summary>
    /// Reads the reply to the question just asked. Returns null when it was answered (the step goes on), or the
    /// restarted questionnaire: after "retour", an answer not understood (retry text), or the applicant's own question
    /// (answered first). A restart asks again the first question still open.
    /// </summary>
    private async Task<DialogTurnResult?> ReadReplyAsync(WaterfallStepContext<EligibilityAnswers> step, CancellationToken ct)
    {
        if (step.Result is not EligibilityReply reply || step.Answers.Asking is not { } asked)
        {
            return null;
        }
        var a = step.Answers with { Asking = null };
        if (reply.IsEmpty)
        {
            // Nothing to read: the question comes again.
            step.Answers = a;
            return await RestartAsync(step, ct);
        }
        if (reply.IsButton)
        {
            var slot = Enum.TryParse<EligibilitySlot>(reply.Slot, out var s) ? s : asked;
            a = EligibilityUnderstanding.ApplyChoice(a, slot, reply.Value!);
        }
        else if (EligibilityUnderstanding.IsBack(reply.Text))
        {
            return await BackAsync(step, a, ct);
        }
        else
        {
            var choices = _questions.For(asked, a).Choices;
            var folded = FrenchText.Fold(reply.Text);
            var exact = choices.FirstOrDefault(c => FrenchText.Fold(c.DisplayTitle) == folded || FrenchText.Fold(c.Value) == folded);
            var utterance = _understanding.Recognize(reply.Text, step.Turn.Now, asked);
            if (asked == EligibilitySlot.Diploma && reply.Text!.Contains('?', StringComparison.Ordinal)
                && _understanding.Recognize(reply.Text, step.Turn.Now, null) is { Entities.Diploma: not { Held: true } } unexpected
                && (AsksATopic(utterance) || AsksAboutAProgramme(unexpected)))
            {
                // "pourquoi le CASP coûte plus cher en cours du jour ?", "c'est quoi la différence avec le CASP ?" at the
                // diploma question: the programme it names is what it asks about, not a diploma held, which only the
                // expected answer read it as ("j'ai un BTS, c'est combien ?" holds one either way).
                utterance = unexpected;
            }
            a = exact is not null
                ? EligibilityUnderstanding.ApplyChoice(a, asked, exact.Value)
                : EligibilityUnderstanding.Apply(a, utterance, asked);
            if (!EligibilityUnderstanding.Has(a, asked) && EligibilityUnderstanding.MatchChoice(reply.Text, choices) is { } choice && !IsQuestion(utterance))
            {
                a = EligibilityUnderstanding.ApplyChoice(a, asked, choice);
            }
            if (a.ExperienceMonths > EligibilityRules.MaxExperienceMonths)
            {
                await step.Turn.SendTextAsync(a.L(ImplausibleExperience, ImplausibleExperienceEn), ct);
                a = a with { ExperienceMonths = null };
            }
            if (!EligibilityUnderstanding.Has(a, asked))
            {
                var before = step.Answers with { Asking = null };
                if (AsksATopic(utterance) || AsksAboutAProgramme(utterance))
                {
                    // "combien coûte la licence à La Réunion ?", "c'est quoi la différence avec le CASP ?" in the middle: a
                    // question, answered below; the centre or programme it names is what it asks about, not an answer.
                    a = before;
                }
                var (was, now) = (ResolveFunding(before), ResolveFunding(a));
                var corrected = Enum.GetValues<EligibilitySlot>()
                    .Where(slot => slot != asked && Texts.ContainsKey(slot) && EligibilityUnderstanding.Has(before, slot) && EligibilityUnderstanding.Has(a, slot)
                        && !Equals(EligibilityUnderstanding.ValueOf(was, slot), EligibilityUnderstanding.ValueOf(now, slot)))
                    .ToList();
                if (corrected.Count > 0)
                {
                    // "non en fait j'ai un BTS", "finalement plutôt le CASP": an earlier answer changed. Said so; a new
                    // programme drops what belonged to the old one, and the questions start again where one is open.
                    if (corrected.Contains(EligibilitySlot.Programme))
                    {
                        a = ForNewProgramme(a, before.Programme);
                    }
                    await step.Turn.SendTextAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, a.L(Corrected, CorrectedEn),
                        string.Join(", ", corrected.Select(slot => Named(a, slot)))), ct);
                    step.Answers = a;
                    return await RestartAsync(step, ct);
                }
                if (a != before)
                {
                    // Another question was answered instead: keep it, say so, and ask this one again.
                    var noted = Enum.GetValues<EligibilitySlot>()
                        .Where(slot => !EligibilityUnderstanding.Has(before, slot) && EligibilityUnderstanding.Has(a, slot))
                        .Where(Texts.ContainsKey)
                        .Select(slot => Named(a, slot))
                        .ToList();
                    // At the programme question, a diploma or an experience instead of a programme ("j'ai un BTS MUC et
                    // 6 ans dans la vente") says which one is not known yet: the bot recommends one from that profile.
                    var advice = asked == EligibilitySlot.Programme && a.Programme is null
                        && (a.DiplomaLevel != before.DiplomaLevel || a.ExperienceMonths != before.ExperienceMonths);
                    if (advice)
                    {
                        a = a with { ProgrammeUnknown = true };
                    }
                    if (noted.Count > 0)
                    {
                        await step.Turn.SendTextAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture,
                            advice ? a.L(ProfileForAdvice, ProfileForAdviceEn) : a.L(NotedOtherAnswer, NotedOtherAnswerEn), string.Join(", ", noted)), ct);
                    }
                    step.Answers = a;
                    return await RestartAsync(step, ct);
                }
                // Then the question comes again: after what tells the choices apart when the person does not know ("je ne
                // sais pas" to the modality, the length, the funding...), after the reply to a question, a thanks or a
                // goodbye, as it was after "ok" (nothing to reply to, nothing misunderstood), or as a retry.
                var acknowledged = SaysOnly(utterance, Intents.Acknowledgement.Equals);
                if (EligibilityUnderstanding.AsksWhy(reply.Text) && !AsksATopic(utterance) && utterance.Entities.Programme is null
                    && Texts.TryGetValue(asked, out var texts))
                {
                    // "pourquoi vous demandez ça ?": what the answer changes, then the question again.
                    await step.Turn.SendTextAsync(a.L(texts.Why, texts.WhyEn), ct);
                }
                else if (EligibilityUnderstanding.AsksIfSettled(reply.Text) && !AsksATopic(utterance) && utterance.Entities.Programme is null)
                {
                    // "c'est bon ?": the verdict the answers so far settle, said again, and what the questions left are for;
                    // else that the answer comes with the last questions.
                    var settled = a.Mode == EligibilityMode.Eligibility && a.Programme is not null ? _rules.Settled(a) : [];
                    await step.Turn.SendTextAsync(settled.Count > 0
                        ? EligibilityMessages.EarlyVerdict(settled, byCentre: a.Centre is null, a) + "\n" + a.L(SettledEarly, SettledEarlyEn)
                        : a.L(SettledAtTheEnd, SettledAtTheEndEn), ct);
                }
                else if (EligibilityUnderstanding.SaysDontKnow(reply.Text) && HelpToChoose(asked, a) is { } help)
                {
                    await _answerer.TryAnswerAsync(step.Context, help, ct);
                }
                else if (!reply.Text!.Contains('?', StringComparison.Ordinal) && Restated(before, utterance, asked) is { Count: > 0 } restated)
                {
                    // "Paris" or "insertion par la culture" again, at another question: what was said before, not a question.
                    await step.Turn.SendTextAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture,
                        a.L(AlreadyNoted, AlreadyNotedEn), string.Join(", ", restated)), ct);
                }
                else if (!acknowledged && (IsQuestion(utterance) || SaysOnly(utterance, Intents.Politeness.Contains)))
                {
                    ShareSubject(step.Context, a);
                    await _answerer.TryAnswerAsync(step.Context, reply.Text!, ct);
                }
                else if (!acknowledged)
                {
                    a = a with { Retry = asked };
                }
                step.Answers = a;
                return await RestartAsync(step, ct);
            }
        }
        step.Answers = ResolveFunding(a with { Answered = [.. a.Answered, asked] });
        return null;
    }

    /// <summary>
    /// The answers once the programme changed: the parcours only for the licence (and only if said with it), the centre only
    /// where the new programme is taught, the funding asked again (its names differ from one programme's fees to another's).
    /// </summary>
    private EligibilityAnswers ForNewProgramme(EligibilityAnswers a, string? previous)
    {
        var centres = _rules.Centres(a.Programme);
        // The licence's centre was implied (it is taught in Paris only), not chosen: asked again for a programme taught in two.
        var chosen = a.Answered.Contains(EligibilitySlot.Centre) || _rules.Centres(previous).Count > 1;
        return a with
        {
            Parcours = a.Programme == "LP110" ? a.Parcours : null,
            Centre = a.Centre is { } centre && centres.Contains(centre) && chosen ? centre : null,
            Funding = null,
            JobSeekerCategory = null,
            PlanYears = a.Programme == "LP110" ? a.PlanYears : null,
        };
    }

    /// <summary>
    /// An answer kept or corrected, as the bot says it: its value where a few words say it ("cours du soir", "financement
    /// individuel", "Cnam Paris"), else what it is ("votre diplôme").
    /// </summary>
    private static string Named(EligibilityAnswers a, EligibilitySlot slot) => slot switch
    {
        EligibilitySlot.Centre when a.Centre is { } centre => $"Cnam {centre}",
        EligibilitySlot.Modality when Format.Modality(a.Modality, a.TextLanguage) is { Length: > 0 } modality => modality,
        // A funding said before the programme is known is not resolved against its tariffs yet: its first id names it.
        EligibilitySlot.Funding when Format.Funding(a.Funding ?? (a.FundingSaid is { } said ? EligibilityFees.FundingFor(said, []) : null), a.TextLanguage)
            is { Length: > 0 } funding => a.L("financement ", "funding: ") + funding,
        _ => a.L(Texts[slot].Name, Texts[slot].NameEn),
    };

    /// <summary>"c'est quoi la différence avec le CASP ?": a question that names a programme, with a question mark.</summary>
    private static bool AsksAboutAProgramme(Utterance u) =>
        u.Raw.Contains('?', StringComparison.Ordinal) && u.Entities.Programme is not null && u.Entities.Diploma is not { Held: true }
        && u.IsConfident && u.TopIntent!.Name is not (Intents.EligibilityStart or Intents.ProfileUpdate);

    /// <summary>The names of the answers, other than the one asked, that <paramref name="utterance"/> gives again, unchanged.</summary>
    private static List<string> Restated(EligibilityAnswers before, Utterance utterance, EligibilitySlot asked) =>
        Enum.GetValues<EligibilitySlot>()
            .Where(slot => slot != asked && Texts.ContainsKey(slot) && EligibilityUnderstanding.Has(before, slot)
                && EligibilityUnderstanding.Apply(EligibilityUnderstanding.Clear(before, slot), utterance, asked) == before)
            .Select(slot => Named(before, slot))
            .ToList();

    private async Task<DialogTurnResult> BackAsync(WaterfallStepContext<EligibilityAnswers> step, EligibilityAnswers a, CancellationToken ct)
    {
        if (a.Answered.Count == 0)
        {
            await step.Turn.SendTextAsync(a.L(NothingToGoBackTo, NothingToGoBackToEn), ct);
            step.Answers = a;
            return await RestartAsync(step, ct);
        }
        var last = a.Answered[^1];
        await step.Turn.SendTextAsync(a.L(BackText, BackTextEn), ct);
        a = EligibilityUnderstanding.Clear(a, last) with { Answered = a.Answered.Take(a.Answered.Count - 1).ToList() };
        if (a.RecommendedBy is not null && last is EligibilitySlot.Diploma or EligibilitySlot.Experience or EligibilitySlot.ExperienceField)
        {
            // The recommendation came from the answer taken back: it is made again from the corrected profile.
            a = a with { Programme = null, Parcours = null, RecommendedBy = null, ProgrammeUnknown = true, EarlyVerdictSaid = false };
        }
        step.Answers = a;
        return await RestartAsync(step, ct);
    }

    // Every step skips itself when its answer is known, so starting again lands on the first open question.
    private static Task<DialogTurnResult> RestartAsync(WaterfallStepContext<EligibilityAnswers> step, CancellationToken ct) =>
        step.Context.ReplaceDialogAsync(QuestionsId, step.Answers, ct);

    // The topics a reply asks about rather than answers with (fees, dates, internship…), whatever slot words it holds.
    private static readonly HashSet<string> TopicIntents =
    [
        Intents.Tariffs, Intents.PlanningDates, Intents.Hours, Intents.Duration, Intents.Internship, Intents.Convention,
        Intents.Contacts, Intents.Exams, Intents.RegistrationDocuments, Intents.Withdrawal, Intents.UeList, Intents.UeDetail, Intents.Jobs,
    ];

    /// <summary>A question (see <see cref="IsQuestion"/>) whose subject is one of <see cref="TopicIntents"/>.</summary>
    private static bool AsksATopic(Utterance u) =>
        u.Raw.Contains('?', StringComparison.Ordinal) && u.IsConfident && TopicIntents.Contains(u.TopIntent!.Name);

    /// <summary>Confident, and every confident intent is of <paramref name="kind"/> ("merci, au revoir": politeness only).</summary>
    private static bool SaysOnly(Utterance u, Func<string, bool> kind) => u.IsConfident && u.ConfidentIntents.All(kind);

    /// <summary>A question of the applicant rather than an answer: a question mark, or a confident question intent.</summary>
    private static bool IsQuestion(Utterance u) =>
        u.Raw.Contains('?', StringComparison.Ordinal)
        || (u.IsConfident && !Intents.Politeness.Contains(u.TopIntent!.Name)
            && u.TopIntent.Name is not (Intents.EligibilityStart or Intents.ProfileUpdate or Intents.Help or Intents.Menu or Intents.Cancel));

    /// <summary>The question whose answer helps to choose an answer to <paramref name="slot"/>; null when none helps.</summary>
    private static string? HelpToChoose(EligibilitySlot slot, EligibilityAnswers a)
    {
        if (a.Programme is not { } code)
        {
            return null;
        }
        // In English, the short name ("the Licence pro (LP110)") is what the answerer reads best.
        var programme = a.L(Questions.Format.Programme(code, "fr"), "the " + Questions.Format.ProgrammeShort(code, "en"));
        var where = a.Centre is null ? "" : a.L($" à {a.Centre}", $" in {a.Centre}");
        var modality = a.Modality is null ? "" : a.L(" en ", " in ") + Questions.Format.Modality(a.Modality, a.TextLanguage);
        return slot switch
        {
            EligibilitySlot.Centre => a.L($"Où se passent les cours {Questions.Format.OfProgramme(code)} ?", $"Where are the classes of {programme}?"),
            EligibilitySlot.Parcours => a.L("Quels sont les parcours de la licence professionnelle ?", "What are the tracks of the licence professionnelle?"),
            // The diploma or experience the programme asks for, and the routes for those without it.
            EligibilitySlot.Diploma or EligibilitySlot.Experience =>
                a.L($"Quelles sont les conditions d'accès {Questions.Format.OfProgramme(code)}{where} ?", $"What are the entry requirements of {programme}{where}?"),
            EligibilitySlot.Modality => a.L($"Combien de temps dure {programme}{where} ?", $"How long does {programme}{where} take?"),
            EligibilitySlot.PlanYears => a.L($"Combien de temps dure {programme}{where}{modality} ?", $"How long does {programme}{where}{modality} take?"),
            EligibilitySlot.Funding => a.L($"Combien coûte {programme}{where}{modality} ?", $"How much does {programme}{where}{modality} cost?"),
            _ => null,
        };
    }

    // The questionnaire and the question answerer share a subject both ways, field by field: the programme, centre, parcours,
    // modality, length, funding and category. ShareSubject gives the questionnaire's to the answerer, WithSubjectOf the
    // answerer's to the questionnaire.

    /// <summary>
    /// A question asked in the middle of the questionnaire ("c'est combien les cours du soir au fait ?"), or after its
    /// result, is about the programme being checked: the question answerer's context takes what the questionnaire knows
    /// (a funding said ahead once it names one of the programme's fees), and keeps its own of the rest only when it was
    /// about the same programme.
    /// </summary>
    private void ShareSubject(DialogContext dc, EligibilityAnswers a)
    {
        if (a.Programme is not { } programme)
        {
            return;
        }
        a = ResolveFunding(a);
        var conversation = dc.State.Conversation;
        conversation.Questions = (conversation.Questions ?? Questions.QuestionContext.Empty)
            .WithSubject(programme, a.Centre, a.Parcours, a.Modality, a.Funding, a.JobSeekerCategory, a.PlanYears);
    }

    /// <summary>
    /// "j'ai un BTS" just after a question about a programme: the questionnaire starts on that question's subject, what it
    /// said of the person's plan ("en cours du soir avec mon CPF") included, under what the message itself says.
    /// </summary>
    private static EligibilityAnswers WithSubjectOf(EligibilityAnswers answers, Questions.QuestionContext seen) => answers with
    {
        Programme = seen.Programme,
        Centre = answers.Centre ?? seen.Centre,
        Parcours = answers.Parcours ?? seen.Parcours,
        Modality = answers.Modality ?? seen.Modality,
        PlanYears = answers.PlanYears ?? seen.PlanYears,
        Funding = answers.Funding ?? seen.Funding,
        JobSeekerCategory = answers.JobSeekerCategory ?? seen.JobSeekerCategory,
    };
}
