namespace Cnam.Bot.Dialogs.Meetings;

/// <summary>What the registration dialog knows so far; passed in by the topic, saved with the dialog stack.</summary>
public sealed record MeetingAnswers
{
    /// <summary>The meeting chosen (or the one the person came for, from <c>/?reunion=</c>).</summary>
    public string? MeetingId { get; init; }

    /// <summary>The next meeting with seats, offered when the chosen one is full.</summary>
    public string? Alternative { get; init; }

    /// <summary>Programme and centre said before the dialog (message, eligibility result card), to pick meetings.</summary>
    public string? Programme { get; init; }
    public string? Centre { get; init; }

    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }

    /// <summary>The programme the person is interested in, as asked in the dialog ("" = not decided yet).</summary>
    public string? Interest { get; init; }

    /// <summary>
    /// "en" when the message that started the registration was English, else "fr": the dialog speaks it to the end,
    /// whatever the language of the short answers (a name, "1", "ok"). A dialog saved before it existed is French.
    /// </summary>
    public string Language { get; init; } = "fr";
}
