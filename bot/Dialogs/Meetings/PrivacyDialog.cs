using System.Globalization;
using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Dialogs.Framework.Prompts;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Meetings;

namespace Cnam.Bot.Dialogs.Meetings;

/// <summary>What the person asked: see their data, or erase it.</summary>
public sealed record PrivacyRequest
{
    public bool Erase { get; init; }
}

/// <summary>
/// "mes données": what the bot keeps about this person (registrations, profile, conversations, transcript).
/// "supprimer mes données": the same list, a confirmation, then the erasure — carried out by <see cref="CnamBot"/>
/// right after the turn (<see cref="ConversationData.ErasureRequested"/>), so the state this turn saves is erased too.
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
        if (options is PrivacyRequest { Erase: true } request)
        {
            return await inner.BeginDialogAsync(EraseStepsId, request, cancellationToken);
        }
        await inner.Turn.SendTextAsync(await DescribeAsync(inner, cancellationToken) +
            "\n\nÉcrivez « supprimer mes données » pour tout effacer.", cancellationToken);
        return new DialogTurnResult(DialogTurnStatus.Complete);
    }

    private async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext<PrivacyRequest> step, CancellationToken ct) =>
        await step.PromptAsync(ConfirmId, PromptOptions.FromText(await DescribeAsync(step.Context, ct) + "\n\n" + AskErase, EraseRetry), ct);

    private async Task<DialogTurnResult> EraseStepAsync(WaterfallStepContext<PrivacyRequest> step, CancellationToken ct)
    {
        if (step.Result is true)
        {
            step.Context.State.Conversation.ErasureRequested = true;
            await step.Turn.SendTextAsync(Erasing, ct);
        }
        else
        {
            await step.Turn.SendTextAsync(KeptAsIs, ct);
        }
        return await step.EndDialogAsync(ct);
    }

    private async Task<string> DescribeAsync(DialogContext dc, CancellationToken ct)
    {
        if (Person(dc) is not { } person)
        {
            return NothingKept;
        }
        var report = await _eraser.ReportAsync(person, ct);
        var lines = new List<string>();
        foreach (var r in report.Registrations)
        {
            var meeting = _kb.GetMeeting(r.MeetingId);
            var when = meeting is null ? r.MeetingId : MeetingTexts.When(meeting);
            lines.Add($"- Inscription à la réunion d'information du {when} : {r.Name}, {r.Email}" +
                (r.Phone is null ? "" : $", {r.Phone}") + (r.Programme is null ? "" : $", {Questions.Format.ProgrammeShort(r.Programme)}") +
                $" (enregistrée le {r.RegisteredAt.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR"))})");
        }
        if (report.HasLearnerProfile)
        {
            lines.Add("- Votre profil d'auditeur (formation, parcours, modalité) pour vos plannings");
        }
        else if (report.HasUserState)
        {
            lines.Add("- Vos préférences pour nos échanges");
        }
        lines.Add(report.Conversations <= 1
            ? "- L'état de cette conversation (la question en cours)"
            : $"- L'état de nos {report.Conversations} conversations");
        if (report.HasTranscript)
        {
            lines.Add("- L'historique des messages de nos conversations sur le site");
        }
        return "Voici ce que je garde sur vous :\n" + string.Join("\n", lines);
    }

    internal static PersonKey? Person(DialogContext dc) => Person(dc.Turn);

    internal static PersonKey? Person(Protocol.TurnContext turn) =>
        turn.Activity is { ChannelId: { } channel, From.Id: { } user } activity
            ? new PersonKey(channel, user, activity.Conversation?.Id)
            : null;
}
