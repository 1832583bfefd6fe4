using System.Globalization;
using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Dialogs.Framework.Prompts;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Meetings;

namespace Cnam.Bot.Dialogs.Meetings;

/// <summary>What the person asked: see their data, or erase it; and in which language they asked.</summary>
public sealed record PrivacyRequest
{
    public bool Erase { get; init; }

    /// <summary>"en" for a request in English, else "fr" (as is a confirmation saved before the field existed).</summary>
    public string Language { get; init; } = "fr";
}

/// <summary>
/// "mes données": what the bot keeps about this person (registrations, profile, conversations, transcript).
/// "supprimer mes données": the same list, a confirmation, then the erasure — carried out by <see cref="CnamBot"/>
/// right after the turn (<see cref="ConversationData.ErasureRequested"/>), so the state this turn saves is erased too.
/// Both speak the language of the request ("what do you know about me?", "delete my data").
/// </summary>
public sealed class PrivacyDialog : ComponentDialog
{
    public const string DialogId = "privacy";
    private const string EraseStepsId = DialogId + ".erase";
    private const string ConfirmId = DialogId + ".confirm";

    public const string NothingKept = "Je ne garde rien qui vous concerne en dehors de cette conversation.";
    public const string AskErase = "Voulez-vous que j'efface définitivement toutes ces données ?";
    public const string EraseRetry = "Répondez « oui » pour tout effacer, ou « non » pour ne rien changer.";
    public const string Erasing =
        "C'est fait : vos inscriptions, votre profil, nos conversations et leur historique sont effacés. " +
        "Cette conversation s'arrête ici ; vous pouvez en commencer une nouvelle quand vous voulez.";
    public const string KeptAsIs = "D'accord, je ne supprime rien.";

    public const string NothingKeptEn = "I keep nothing about you outside this conversation.";
    public const string AskEraseEn = "Do you want me to erase all this data for good?";
    public const string EraseRetryEn = "Answer \"yes\" to erase everything, or \"no\" to change nothing.";
    public const string ErasingEn =
        "Done: your registrations, your profile, our conversations and their history are erased. " +
        "This conversation ends here; you can start a new one whenever you like.";
    public const string KeptAsIsEn = "All right, I am not deleting anything.";

    private readonly PersonalDataEraser _eraser;
    private readonly KnowledgeBase _kb;

    public PrivacyDialog(PersonalDataEraser eraser, KnowledgeBase kb) : base(DialogId)
    {
        _eraser = eraser;
        _kb = kb;
        AddDialog(new WaterfallDialog<PrivacyRequest>(EraseStepsId, [ConfirmStepAsync, EraseStepAsync]));
        AddDialog(new ConfirmPrompt(ConfirmId));
    }

    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext inner, object? options, CancellationToken cancellationToken)
    {
        var request = options as PrivacyRequest ?? new PrivacyRequest();
        if (request.Erase)
        {
            return await inner.BeginDialogAsync(EraseStepsId, request, cancellationToken);
        }
        await inner.Turn.SendTextAsync(await DescribeAsync(inner, request.Language, cancellationToken) +
            L(request, "\n\nÉcrivez « supprimer mes données » pour tout effacer.", "\n\nWrite \"delete my data\" to erase it all."), cancellationToken);
        return new DialogTurnResult(DialogTurnStatus.Complete);
    }

    private async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext<PrivacyRequest> step, CancellationToken ct) =>
        await step.PromptAsync(ConfirmId, ConfirmPrompt.Options(await DescribeAsync(step.Context, step.Answers.Language, ct) + "\n\n" + L(step.Answers, AskErase, AskEraseEn),
            L(step.Answers, EraseRetry, EraseRetryEn), step.Answers.Language), ct);

    private async Task<DialogTurnResult> EraseStepAsync(WaterfallStepContext<PrivacyRequest> step, CancellationToken ct)
    {
        if (step.Result is true)
        {
            step.Context.State.Conversation.ErasureRequested = true;
            await step.Turn.SendTextAsync(L(step.Answers, Erasing, ErasingEn), ct);
        }
        else
        {
            await step.Turn.SendTextAsync(L(step.Answers, KeptAsIs, KeptAsIsEn), ct);
        }
        return await step.EndDialogAsync(ct);
    }

    private async Task<string> DescribeAsync(DialogContext dc, string language, CancellationToken ct)
    {
        string L(string french, string english) => MeetingTexts.L(language, french, english);
        if (Person(dc) is not { } person)
        {
            return L(NothingKept, NothingKeptEn);
        }
        var report = await _eraser.ReportAsync(person, ct);
        var lines = new List<string>();
        foreach (var r in report.Registrations)
        {
            var meeting = _kb.GetMeeting(r.MeetingId);
            var when = meeting is null ? r.MeetingId : MeetingTexts.When(meeting, language);
            var registered = r.RegisteredAt.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(L("fr-FR", "en-GB")));
            lines.Add(L($"- Inscription à la réunion d'information du {when} : ", $"- Registration for the information meeting on {when}: ") + $"{r.Name}, {r.Email}" +
                (r.Phone is null ? "" : $", {r.Phone}") + (r.Programme is null ? "" : $", {Questions.Format.ProgrammeShort(r.Programme, language)}") +
                L($" (enregistrée le {registered})", $" (registered on {registered})"));
        }
        if (report.HasLearnerProfile)
        {
            lines.Add(L("- Votre profil d'auditeur (formation, parcours, modalité) pour vos plannings",
                "- Your learner profile (programme, track, classes you attend) for your schedules"));
        }
        else if (report.HasUserState)
        {
            lines.Add(L("- Vos préférences pour nos échanges", "- Your preferences for our exchanges"));
        }
        lines.Add(report.Conversations <= 1
            ? L("- L'état de cette conversation (la question en cours)", "- The state of this conversation (the question in progress)")
            : L($"- L'état de nos {report.Conversations} conversations", $"- The state of our {report.Conversations} conversations"));
        if (report.HasTranscript)
        {
            lines.Add(L("- L'historique des messages de nos conversations sur le site", "- The history of the messages of our conversations on the website"));
        }
        return L("Voici ce que je garde sur vous :\n", "Here is what I keep about you:\n") + string.Join("\n", lines);
    }

    private static string L(PrivacyRequest request, string french, string english) => MeetingTexts.L(request.Language, french, english);

    internal static PersonKey? Person(DialogContext dc) => Person(dc.Turn);

    internal static PersonKey? Person(Protocol.TurnContext turn) =>
        turn.Activity is { ChannelId: { } channel, From.Id: { } user } activity
            ? new PersonKey(channel, user, activity.Conversation?.Id)
            : null;
}
