using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Meetings;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Dialogs.Meetings;

/// <summary>
/// Greets a visitor who opened the website from a meeting's link (<c>/?reunion=&lt;id&gt;</c>): the meeting's date and
/// place, then what to do next — register while the meeting is ahead, the personal next steps once it is past.
/// </summary>
public sealed class MeetingGreeter(KnowledgeBase kb, MeetingTexts texts)
{
    public const string RegisterAction = "M'inscrire à la réunion d'information";

    /// <summary>Greets for <paramref name="meetingId"/>; false (nothing sent) when no such meeting exists.</summary>
    public async Task<bool> GreetAsync(TurnContext turn, TurnState state, string meetingId, CancellationToken cancellationToken)
    {
        if (kb.GetMeeting(meetingId) is not { Date: { } date } meeting)
        {
            return false;
        }
        state.Conversation.ReferredMeetingId = meeting.Id;
        var today = DateOnly.FromDateTime(turn.Now.DateTime);
        var intro = $"Bienvenue ! Vous venez pour la {MeetingTexts.Title(meeting).ToLowerInvariant()} du {MeetingTexts.When(meeting)} — {MeetingTexts.Where(meeting)}.";
        if (!string.IsNullOrWhiteSpace(meeting.OnlineLink))
        {
            intro += $"\nLien de connexion : {meeting.OnlineLink}";
        }
        if (date >= today)
        {
            await turn.SendActivityAsync(MessageFactory.SuggestedActions(
                intro + "\nJe peux vous y inscrire, et répondre à vos questions sur les formations d'ici là.",
                [RegisterAction, BotTexts.Eligibility, BotTexts.AskQuestion]), cancellationToken);
        }
        else
        {
            var steps = texts.NextSteps(meeting, meeting.Programmes.Count == 1 ? meeting.Programmes[0] : null);
            await turn.SendActivityAsync(MessageFactory.SuggestedActions(
                intro + "\nMerci de votre intérêt ! Vos prochaines étapes :\n" + MarkdownLines.Numbered(steps),
                [BotTexts.Eligibility, BotTexts.AskQuestion]), cancellationToken);
        }
        return true;
    }
}
