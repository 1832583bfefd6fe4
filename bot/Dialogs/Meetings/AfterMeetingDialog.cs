using System.Text;
using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Meetings;

namespace Cnam.Bot.Dialogs.Meetings;

/// <summary>Who asks what follows a meeting: the programme and centre the message named, and its language.</summary>
public sealed record AfterMeetingRequest
{
    public string? Programme { get; init; }
    public string? Centre { get; init; }

    /// <summary>"en" for a message in English, else "fr".</summary>
    public string Language { get; init; } = "fr";
}

/// <summary>
/// The next steps after a meeting, in one answer. Someone this conversation's user registered for a meeting that has
/// taken place gets that meeting's follow-up (<see cref="MeetingTexts.FollowUp"/>), as if staff had marked them present;
/// anyone else gets the steps of the centre named, or of each centre that teaches the programme named (or of every
/// centre), from the documents.
/// </summary>
public sealed class AfterMeetingDialog(KnowledgeBase kb, MeetingStore store, MeetingTexts texts) : Dialog(DialogId)
{
    public const string DialogId = "after-meeting";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var request = options as AfterMeetingRequest ?? new AfterMeetingRequest();
        var text = await OwnMeetingAsync(dc, cancellationToken) ?? Steps(request);
        await dc.Turn.SendActivityAsync(MessageFactory.SuggestedActions(text,
            [MeetingTexts.L(request.Language, BotTexts.Eligibility, BotTexts.EligibilityEn)]), cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>The follow-up of the last meeting, already held, that this user registered for; null for none.</summary>
    private async Task<string?> OwnMeetingAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var activity = dc.Turn.Activity;
        if (activity.From?.Id is not { Length: > 0 } userId)
        {
            return null;
        }
        var today = DateOnly.FromDateTime(dc.Turn.Now.DateTime);
        var own = (await store.AllAsync(cancellationToken)).Values.SelectMany(x => x)
            .Where(r => r.UserId == userId && r.ChannelId == activity.ChannelId)
            .Select(r => (Registration: r, Meeting: kb.GetMeeting(r.MeetingId)))
            .Where(x => x.Meeting?.Date is { } date && date <= today)
            .OrderByDescending(x => x.Meeting!.Date)
            .FirstOrDefault();
        return own.Meeting is null ? null : texts.FollowUp(own.Meeting, own.Registration);
    }

    private string Steps(AfterMeetingRequest request)
    {
        var language = request.Language;
        var centres = request.Centre is not null ? [request.Centre]
            : kb.Programmes(request.Programme).Select(p => p.Centre).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var text = new StringBuilder(MeetingTexts.L(language, "Après la réunion d'information, vos prochaines étapes :",
            "After the information meeting, your next steps:"));
        if (centres.Count == 1)
        {
            var steps = (IEnumerable<string>)[MeetingTexts.CheckEligibility(language), .. texts.CentreSteps(centres[0], request.Programme, language)];
            text.Append('\n').Append(MarkdownLines.Numbered(steps));
            return text.Append(texts.StepSources(centres, request.Programme, language)).ToString();
        }
        text.Append('\n').Append("1. ").Append(MeetingTexts.CheckEligibility(language));
        foreach (var centre in centres)
        {
            text.Append($"\n\n**Cnam {centre}**\n").Append(MarkdownLines.Bulleted(texts.CentreSteps(centre, request.Programme, language)));
        }
        return text.Append(texts.StepSources(centres, request.Programme, language)).ToString();
    }
}
