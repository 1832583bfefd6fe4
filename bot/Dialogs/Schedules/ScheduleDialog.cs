using Cnam.Bot.Cards;
using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Dialogs.Framework.Prompts;
using Cnam.Bot.Dialogs.Questions;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Model;
using Cnam.Bot.Knowledge.Text;
using Cnam.Bot.Protocol;
using Cnam.Bot.Protocol.Teams;

namespace Cnam.Bot.Dialogs.Schedules;

/// <summary>
/// A learner's schedule question: finds which planning they follow (the message, else their profile, else — once,
/// and only when it changes the answer — a short question), then answers with the schedule card. "Je suis en cours
/// du jour maintenant" only updates the profile. An answer to the profile question that is not a choice is taken
/// as a new message, so a prospect who ignores it is not stuck. The dialog speaks the language of the question
/// (<see cref="ScheduleRequest.Language"/>, kept in its state): "When is my next class?" is asked and answered in
/// English; replies are understood in either language ("evening", "cours du soir", "I don't know").
/// </summary>
public sealed class ScheduleDialog : ComponentDialog
{
    public const string DialogId = "schedule";
    private const string WaterfallId = "schedule.steps";
    private const string ModalityPromptId = "schedule.modality";
    private const string ParcoursPromptId = "schedule.parcours";
    private const string AnyValue = "*";
    private const double MinChoiceScore = 0.5;

    private const string ModalityQuestion = "Vous êtes en cours du soir ou du jour ? Je m'en souviendrai pour vos prochaines questions.";
    private const string ModalityQuestionEn = "Are you in the evening or the day classes? I will remember it for your next questions.";
    private const string ParcoursQuestion = "Et votre parcours ?";
    private const string ParcoursQuestionEn = "And your track?";
    private const string OfferToRemember = "Pour ne voir que vos cours, dites-moi votre modalité, je m'en souviendrai :";
    private const string OfferToRememberEn = "To see only your classes, tell me which ones you attend; I will remember it:";
    private const string DontKnow = "Je ne sais pas";
    private const string DontKnowEn = "I don't know";

    // Replies understood whatever the language the dialog speaks.
    private static readonly string[] DontKnowSynonyms = ["les deux", "both", "aucune idee", "je sais pas", "i don t know", "don t know", "not sure", "no idea"];
    private static readonly Dictionary<string, string[]> ModalityWords = new(StringComparer.Ordinal)
    {
        ["soir"] = ["evening", "evenings", "evening course", "in the evening", "night classes"],
        ["jour"] = ["day", "daytime", "day course", "during the day", "daytime classes"],
    };

    private readonly KnowledgeBase _kb;
    private readonly ScheduleBuilder _builder;
    private readonly ScheduleRecognizer _recognizer;

    public ScheduleDialog(KnowledgeBase kb, ScheduleBuilder builder, ScheduleRecognizer recognizer) : base(DialogId)
    {
        _kb = kb;
        _builder = builder;
        _recognizer = recognizer;
        AddDialog(new WaterfallDialog<ScheduleAnswers>(WaterfallId, [ModalityStepAsync, ParcoursStepAsync, AnswerStepAsync]));
        // Any answer ends the prompt: a choice is used, anything else is handled as a new message.
        AddDialog(new ChoicePrompt(ModalityPromptId, (_, _) => Task.FromResult(true)));
        AddDialog(new ChoicePrompt(ParcoursPromptId, (_, _) => Task.FromResult(true)));
    }

    private async Task<DialogTurnResult> ModalityStepAsync(WaterfallStepContext<ScheduleAnswers> step, CancellationToken cancellationToken)
    {
        var request = step.Answers.Request;
        var user = await step.Context.State.GetUserAsync(cancellationToken);
        var profile = user.LearnerProfile;
        if (request.Window == ScheduleWindow.ProfileOnly)
        {
            await UpdateProfileAsync(step, user, request, cancellationToken);
            return await step.EndDialogAsync(cancellationToken);
        }
        step.Answers = step.Answers with
        {
            Modality = request.Modality ?? step.Answers.Modality ?? profile?.Modality,
            Parcours = request.Parcours ?? step.Answers.Parcours ?? (request.Modality is null || request.Modality == profile?.Modality ? profile?.Parcours : null),
            // "je suis en cours du soir, mon prochain cours ?": the learner's own modality, kept for the next questions.
            Remember = step.Answers.Remember || request.Personal && request.Modality is not null,
        };
        if (step.Answers.Modality is not null || !request.Personal || profile?.Asked == true || !WorthAsking(step, profile))
        {
            return await step.NextAsync(null, cancellationToken);
        }
        var choices = ModalityChoices(request).Append(new Choice(AnyValue) { Title = ScheduleBuilder.L(request, DontKnow, DontKnowEn), Synonyms = DontKnowSynonyms }).ToList();
        step.Answers = step.Answers with { PromptedModality = true };
        return await step.PromptAsync(ModalityPromptId, PromptOptions.FromText(ScheduleBuilder.L(request, ModalityQuestion, ModalityQuestionEn), choices: choices), cancellationToken);
    }

    private async Task<DialogTurnResult> ParcoursStepAsync(WaterfallStepContext<ScheduleAnswers> step, CancellationToken cancellationToken)
    {
        // A choice named inside a longer sentence ("combien coûte le cours du jour ?") is a new question, not an answer.
        var choice = step.Result as FoundChoice is { Score: >= MinChoiceScore } found ? found : null;
        var chosen = choice?.Value;
        if (step.Answers.PromptedModality && choice is null && step.Turn.Activity.Text is { Length: > 0 } said)
        {
            var recognized = _recognizer.Recognize(step.Turn, said, answersTheModality: true);
            if (recognized is not { Window: ScheduleWindow.ProfileOnly, Modality: { } stated } profile)
            {
                // Not one of the choices: the user moved on. Remember that we asked, and take the message as a new one (read
                // as an answer or not, a message that states no modality is the same request).
                await MarkAskedAsync(step, cancellationToken);
                return await AsNewMessageAsync(step, said, recognized, cancellationToken);
            }
            // "je suis en LP cours du soir parcours insertion pro": the answer in a sentence, which may say more (the
            // parcours, the programme, the centre); the question asked is answered with it, and it is remembered.
            var request = step.Answers.Request;
            step.Answers = step.Answers with
            {
                Request = request with { Programme = request.Programme ?? profile.Programme, Centre = request.Centre ?? profile.Centre },
                Parcours = step.Answers.Parcours ?? profile.Parcours,
            };
            chosen = stated;
        }
        if (chosen is not null)
        {
            await MarkAskedAsync(step, cancellationToken);
            if (chosen != AnyValue)
            {
                step.Answers = step.Answers with { Modality = chosen, Remember = true };
                var parcours = ParcoursChoices(step.Answers);
                if (step.Answers.Parcours is null && parcours.Count > 1)
                {
                    step.Answers = step.Answers with { PromptedParcours = true };
                    return await step.PromptAsync(ParcoursPromptId, PromptOptions.FromText(ScheduleBuilder.L(step.Answers.Request, ParcoursQuestion, ParcoursQuestionEn), choices: parcours), cancellationToken);
                }
            }
        }
        return await step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext<ScheduleAnswers> step, CancellationToken cancellationToken)
    {
        var user = await step.Context.State.GetUserAsync(cancellationToken);
        if (step.Answers.PromptedParcours && step.Result is not FoundChoice { Score: >= MinChoiceScore }
            && step.Turn.Activity.Text is { Length: > 0 } said && _recognizer.Recognize(step.Turn, said) is { } newRequest)
        {
            // "et cette semaine, j'ai quoi ?" instead of a parcours: the modality just chosen is kept, the new question answered.
            if (step.Answers is { Remember: true, Modality: { } chosen })
            {
                user.LearnerProfile = ProfileFor(step.Answers.Request, chosen, null, user.LearnerProfile);
            }
            return await step.Context.ReplaceDialogAsync(WaterfallId, new ScheduleAnswers { Request = newRequest, Question = said }, cancellationToken);
        }
        if (step.Result is FoundChoice parcours)
        {
            step.Answers = step.Answers with { Parcours = parcours.Value };
        }
        var answers = step.Answers;
        if (answers.Remember && answers.Modality is not null)
        {
            user.LearnerProfile = ProfileFor(answers.Request, answers.Modality, answers.Parcours, user.LearnerProfile);
        }
        var view = _builder.Build(answers.Request, answers.Modality, answers.Parcours, step.Turn.Now, user.LearnerProfile);
        await step.Turn.SendActivityAsync(Render(view, step.Turn.Activity), cancellationToken);
        // The UE the answer names: the next class's (the card may list the ones after it), or the only one of a range.
        var named = view.Sections.SelectMany(x => answers.Request.Window == ScheduleWindow.Next ? x.Items.Where(i => i.IsClass).Take(1) : x.Items)
            .Where(i => i.IsClass && i.Ue is not null).Select(i => i.Ue!).Distinct().ToList();
        ShareSubject(step.Context.State.Conversation, view, answers, named);
        // A next-class answer, or the classes of some days, in the user's own year can be continued ("et après ?", "et la
        // semaine d'après ?"); any other answer cannot.
        var listed = view.Status == ScheduleStatus.Listed && view.YearNote is null && view.Sections.Count > 0;
        step.Context.State.Conversation.LastSchedule = answers.Request.Window switch
        {
            ScheduleWindow.Next when listed => new ScheduleFollowUp(answers.Request, answers.Modality, answers.Parcours, view.Sections.Min(s => s.Items[0].Date)),
            ScheduleWindow.Range when listed && answers.Request.To is { } to => new ScheduleFollowUp(answers.Request, answers.Modality, answers.Parcours, to),
            _ => null,
        };

        var modalities = view.Sections.Select(s => s.Planning.Modality).Distinct().Count();
        if (answers.Request.Personal && answers.Modality is null && modalities > 1 && user.LearnerProfile?.Asked != true)
        {
            // Both modalities shown: offer, once, to remember the user's own.
            user.LearnerProfile = (user.LearnerProfile ?? new LearnerProfile()) with { Asked = true };
            var offer = MessageFactory.SuggestedActions(ScheduleBuilder.L(answers.Request, OfferToRemember, OfferToRememberEn),
                ModalityChoices(answers.Request).Select(c => ScheduleBuilder.L(answers.Request, "Je suis en ", "I'm in the ") + c.DisplayTitle.ToLowerInvariant()));
            await step.Turn.SendActivityAsync(offer, cancellationToken);
        }
        return await step.EndDialogAsync(cancellationToken);
    }

    /// <summary>The schedule as a message: a short text (what matters, readable without the card) and the card.</summary>
    public static Activity Render(ScheduleView view, Activity inbound)
    {
        var text = view.YearNote is null || view.Sections.Count == 0 ? view.Summary : view.YearNote + "\n\n" + view.Summary;
        if (view.Status != ScheduleStatus.Listed || view.YearNote is not null && view.Contacts.Count > 0)
        {
            text += string.Concat(view.Contacts.Select(c =>
                $"\n\n{ScheduleBuilder.L(view.Request, "Contact :", "Contact:")} **{c.Name}** (Cnam {c.Centre}) — {string.Join(" — ", new[] { c.Email, c.Phone }.Where(x => !string.IsNullOrWhiteSpace(x)))}"));
        }
        var activity = MessageFactory.Text(text);
        activity.TextFormat = "markdown";
        if (view.Sections.Count > 0)
        {
            activity.Attachments = [ScheduleCard.Build(view, useExecute: inbound.IsTeams())];
        }
        return activity;
    }

    private async Task UpdateProfileAsync(WaterfallStepContext<ScheduleAnswers> step, UserData user, ScheduleRequest request, CancellationToken cancellationToken)
    {
        var old = user.LearnerProfile;
        var modality = request.Modality ?? old?.Modality;
        var plannings = _kb.Plannings(request.Programme ?? old?.Programme, request.Parcours, modality, request.Centre ?? old?.Centre);
        if (modality is null || plannings.Count == 0)
        {
            var available = string.Join(" ou ", ModalityChoices(request).Select(c => c.DisplayTitle.ToLowerInvariant()));
            await step.Turn.SendTextAsync(ScheduleBuilder.L(request, $"Je n'ai pas de planning qui corresponde dans mes documents (ils donnent les {available}).",
                $"My documents have no planning that matches (they give the {string.Join(" or ", ModalityChoices(request).Select(c => Format.Modality(c.Value, "en")))})."), cancellationToken);
            return;
        }
        var profile = ProfileFor(request, modality, request.Parcours, old);
        user.LearnerProfile = profile;
        // With no parcours said, the modality's plannings: the warning below is for a grid that is empty whatever the
        // parcours, not for the one of another parcours that happens to come first (the culture parcours' evening grid).
        var matching = _kb.Plannings(profile.Programme, profile.Parcours, profile.Modality, profile.Centre);
        var planning = matching.FirstOrDefault(p => p.Sessions.Count > 0) ?? matching.FirstOrDefault() ?? plannings[0];
        var followed = profile.Parcours is null
            ? ScheduleBuilder.L(request, $"les {Format.Modality(modality, "fr")} ({planning.Programme}, Cnam {planning.Centre})", $"the {Format.Modality(modality, "en")} ({planning.Programme}, Cnam {planning.Centre})")
            : ScheduleBuilder.L(request, $"les {ScheduleBuilder.Describe(planning, request)}, Cnam {planning.Centre}", $"the {ScheduleBuilder.Describe(planning, request)}, Cnam {planning.Centre}");
        var text = ScheduleBuilder.L(request,
            $"C'est noté : vous suivez {followed}. Je m'en servirai pour vos questions de planning (« mon prochain cours », « j'ai quoi cette semaine ? »).",
            $"Noted: you follow {followed}. I will use it for your schedule questions (\"my next class\", \"what do I have this week?\").");
        if (planning.Sessions.Count == 0)
        {
            text += ScheduleBuilder.L(request, " Attention : la grille de ce planning est vide dans mes documents, je n'ai pas ses dates de cours.",
                " Note: this planning's grid is empty in my documents; I do not have its class dates.");
        }
        else if (profile.Parcours is null && ParcoursChoices(new ScheduleAnswers { Request = request, Modality = modality }).Count > 1)
        {
            text += ScheduleBuilder.L(request, " Si besoin, précisez votre parcours (« je suis en parcours insertion par la culture »).",
                " If needed, tell me your track (\"I'm in the integration through culture track\").");
        }
        var suggestions = request.Language == "en" ? new[] { "My next class", "What do I have this week?" } : ["Mon prochain cours", "J'ai quoi cette semaine ?"];
        await step.Turn.SendActivityAsync(MessageFactory.SuggestedActions(text, suggestions), cancellationToken);
    }

    private LearnerProfile ProfileFor(ScheduleRequest request, string modality, string? parcours, LearnerProfile? old)
    {
        var programme = request.Programme ?? old?.Programme;
        var centre = request.Centre ?? old?.Centre;
        // A parcours that does not exist in the new modality is dropped; a single one is implied.
        if (parcours is null && old?.Parcours is { } previous && _kb.Plannings(programme, previous, modality, centre).Count > 0)
        {
            parcours = previous;
        }
        var candidates = _kb.Plannings(programme, parcours, modality, centre);
        if (parcours is null && candidates.Select(ScheduleBuilder.ParcoursId).Distinct().Count() == 1)
        {
            parcours = ScheduleBuilder.ParcoursId(candidates[0]);
        }
        var planning = candidates.FirstOrDefault();
        return new LearnerProfile
        {
            Programme = programme ?? planning?.Programme,
            Centre = centre ?? planning?.Centre,
            Modality = modality,
            Parcours = parcours,
            Asked = true,
        };
    }

    // Asking is worth it only when the answer depends on the modality: the dates fall in the user's own year and
    // several modalities have classes then.
    private bool WorthAsking(WaterfallStepContext<ScheduleAnswers> step, LearnerProfile? profile)
    {
        var view = _builder.Build(step.Answers.Request, null, step.Answers.Parcours, step.Turn.Now, profile);
        return view.Status == ScheduleStatus.Listed && view.YearNote is null
            && view.Sections.Where(s => s.Items.Count > 0).Select(s => s.Planning.Modality).Distinct().Count() > 1;
    }

    private IReadOnlyList<Choice> ModalityChoices(ScheduleRequest request) =>
        _kb.Plannings(request.Programme, null, null, request.Centre).Select(p => p.Modality).OfType<string>().Distinct()
            .OrderByDescending(m => m, StringComparer.Ordinal)
            .Select(m => new Choice(m)
            {
                Title = Format.Capitalize(Format.Modality(m, request.Language)),
                Synonyms = [m, Format.Modality(m, "fr"), Format.Modality(m, "en"), .. ModalityWords.GetValueOrDefault(m, [])],
            })
            .ToList();

    private IReadOnlyList<Choice> ParcoursChoices(ScheduleAnswers answers) =>
        _kb.Plannings(answers.Request.Programme, null, answers.Modality, answers.Request.Centre)
            .Select(p => (Id: ScheduleBuilder.ParcoursId(p), Label: PlanningLabel(p), English: ScheduleBuilder.ParcoursEnglish(p))).Distinct()
            .Select(p => new Choice(p.Id)
            {
                Title = answers.Request.Language == "en" ? Format.Capitalize(p.English) : p.Label,
                Synonyms = [p.Label, p.English, p.English.Replace(" track", "", StringComparison.Ordinal)],
            })
            .ToList();

    private static string PlanningLabel(Planning p) => Format.Capitalize(Calendar.PlanningCalendar.ParcoursLabel(p).Replace("parcours ", "", StringComparison.Ordinal));

    private static async Task MarkAskedAsync(WaterfallStepContext<ScheduleAnswers> step, CancellationToken cancellationToken)
    {
        var user = await step.Context.State.GetUserAsync(cancellationToken);
        user.LearnerProfile = (user.LearnerProfile ?? new LearnerProfile()) with { Asked = true };
    }

    private async Task<DialogTurnResult> AsNewMessageAsync(WaterfallStepContext<ScheduleAnswers> step, string text, ScheduleRequest? request,
        CancellationToken cancellationToken)
    {
        return request is not null
            ? await step.Context.ReplaceDialogAsync(WaterfallId, new ScheduleAnswers { Request = request, Question = text }, cancellationToken)
            : await step.Context.ReplaceDialogAsync(MainDialog.AskQuestionDialogId, new QuestionAnswers { Question = text.Trim() }, cancellationToken);
    }

    /// <summary>
    /// The schedule's subject is the next question's, for the question answerer: "c'est à quelle heure ?" after the next
    /// day class asks the day classes' hours, "combien ça coûte ?" the licence's fees, and "c'est quoi cette UE ?" the one
    /// UE the schedule named. A field the schedule leaves open (two modalities listed) keeps what the conversation said of
    /// the same programme (<see cref="Questions.QuestionContext.WithSubject"/>, as the questionnaire's subject does).
    /// </summary>
    private static void ShareSubject(ConversationData conversation, ScheduleView view, ScheduleAnswers answers, IReadOnlyList<string> named)
    {
        var plannings = view.Sections.Select(s => s.Planning).Distinct().ToList();
        static string? One(IEnumerable<string?> values) => values.Distinct(StringComparer.Ordinal).ToList() is [var only] ? only : null;
        var context = conversation.Questions ?? Questions.QuestionContext.Empty;
        if (One(plannings.Select(p => p.Programme)) is { } programme)
        {
            context = context.WithSubject(programme, One(plannings.Select(p => p.Centre)), One(plannings.Select(p => p.Parcours is [var parcours] ? parcours : null)),
                One(plannings.Select(p => p.Modality)));
        }
        else if (plannings.Count == 0 && (answers.Request.Programme ?? ((answers.Parcours ?? answers.Modality) is not null ? "LP110" : null)) is { } asked)
        {
            // No class shown (the culture parcours' empty grid): the subject is still the planning asked about, so that
            // "c'est quelle UE ?" or "combien ça coûte ?" after it are about that programme, and "et le suivant ?" is
            // a planning question about it again (which the question answerer says it cannot date).
            context = context.WithSubject(asked, answers.Request.Centre, answers.Parcours, answers.Modality)
                with { LastIntents = [Understanding.Intents.PlanningDates] };
        }
        // The UE the question was about ("TRS104 c'est quand ?") is the last question's, as if the question answerer had
        // answered it: "combien de crédits ?" then asks that UE's.
        conversation.Questions = context with
        {
            NamedUeCodes = named is [var ue] ? [ue] : context.NamedUeCodes,
            LastUeCodes = answers.Request.UeCodes,
        };
    }
}
