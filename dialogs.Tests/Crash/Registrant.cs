using Cnam.Bot.Dialogs.Meetings;

namespace Cnam.Bot.Tests.Crash;

/// <summary>Where a registrant of <see cref="RegistrationDriver"/> stands.</summary>
internal enum RegistrantStatus
{
    /// <summary>Every turn sent so far was answered with the expected prompt; <see cref="Registrant.Next"/> is due.</summary>
    InProgress,

    /// <summary>A turn before the consent was in flight at a kill: nothing may be stored for this person.</summary>
    CutBeforeConsent,

    /// <summary>The "oui" of the consent was in flight at a kill: stored once or not at all.</summary>
    CutAtConsent,

    /// <summary>The confirmation card came back (or a retry was told "already registered"): stored exactly once.</summary>
    Acknowledged,

    /// <summary>A check already reported what went wrong with this person; nothing more is checked.</summary>
    Failed,
}

/// <summary>One turn of the registration dialog: what the person writes and what the bot must answer.</summary>
internal sealed record RegistrationTurn(string Text, string Expected)
{
    /// <summary>The last turn: the answer is the confirmation card.</summary>
    public bool IsConsent => Text == RegistrationDriver.Consent;
}

/// <summary>
/// One person registering to one meeting through the registration dialog, in one conversation (a retry after a kill
/// starts a new conversation, as someone who reopens the chat). E-mails are unique to the person in the whole run.
/// </summary>
internal sealed class Registrant(int cycle, string email, string name, int meetingNumber, string meetingId, string? programme, string? phone)
{
    public string Email { get; } = email;
    public string MeetingId { get; } = meetingId;
    public string Name { get; } = name;

    /// <summary>The cycle of the last change of status (acknowledged or cut), for the checks of that cycle.</summary>
    public int Cycle { get; set; } = cycle;

    public RegistrantStatus Status { get; set; } = RegistrantStatus.InProgress;

    public string ConversationId { get; private set; } = "";
    public string UserId { get; private set; } = "";

    /// <summary>Index of the next turn of <see cref="Turns"/> in the current conversation.</summary>
    public int Next { get; set; }

    /// <summary>Conversations started for this person (1 + retries).</summary>
    public int Attempts { get; private set; }

    /// <summary>Set once a retry after a restart was answered "already registered" or registered the person.</summary>
    public bool Retried { get; set; }

    public RegistrationTurn[] Turns { get; } = BuildTurns(name, email, meetingNumber, programme, phone);

    /// <summary>Starts a new conversation from the first turn.</summary>
    public void NewConversation(string run)
    {
        Attempts++;
        ConversationId = $"crash-{run}-reg-{Email.Split('@')[0]}-{Attempts}";
        UserId = $"crash-user-{run}-{Email.Split('@')[0]}-{Attempts}";
        Next = 0;
    }

    /// <summary>The index of the turn whose answer is "already registered" for a registered e-mail (right after it).</summary>
    public int EmailTurn => Array.FindIndex(Turns, t => t.Text == Email);

    private static RegistrationTurn[] BuildTurns(string name, string email, int meetingNumber, string? programme, string? phone)
    {
        var turns = new List<RegistrationTurn>
        {
            new(RegistrationDriver.AskToRegister, MeetingRegistrationDialog.AskMeeting),
            new(meetingNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), MeetingRegistrationDialog.AskName),
            new(name, MeetingRegistrationDialog.AskEmail),
            new(email, MeetingRegistrationDialog.AskPhone),
        };
        if (programme is null)
        {
            turns.Add(new(phone ?? MeetingRegistrationDialog.PassPhone, MeetingRegistrationDialog.AskConsent));
        }
        else
        {
            turns.Add(new(phone ?? MeetingRegistrationDialog.PassPhone, MeetingRegistrationDialog.AskProgramme));
            turns.Add(new(programme, MeetingRegistrationDialog.AskConsent));
        }
        turns.Add(new(RegistrationDriver.Consent, Bot.Cards.MeetingConfirmationCard.Heading));
        return [.. turns];
    }
}
