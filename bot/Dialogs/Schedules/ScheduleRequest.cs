namespace Cnam.Bot.Dialogs.Schedules;

/// <summary>What a schedule question asks for.</summary>
public enum ScheduleWindow
{
    /// <summary>The next class(es) after the user's "now" ("c'est quand mon prochain cours ?").</summary>
    Next,

    /// <summary>The class days between two dates ("cette semaine", "le 11 novembre", "en janvier").</summary>
    Range,

    /// <summary>Every session of one or more UE ("les dates de TRS102").</summary>
    Ue,

    /// <summary>Only a change of profile ("je suis en cours du jour maintenant").</summary>
    ProfileOnly,
}

/// <summary>
/// A schedule question, understood: the window asked, what the message said about the planning (it wins over the
/// profile), and whether it speaks of the learner's own classes. Plain data: it is kept in the dialog's state.
/// </summary>
public sealed record ScheduleRequest
{
    public ScheduleWindow Window { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>The dates as the user said them ("cette semaine", "le 11 novembre").</summary>
    public string? Said { get; init; }

    /// <summary>The dates move with the user's "now" ("demain", "cette semaine"), unlike "le 11 novembre".</summary>
    public bool Relative { get; init; }

    /// <summary>The user wrote the year: the dates are not moved into the planning's year.</summary>
    public bool YearWritten { get; init; }

    public IReadOnlyList<string> UeCodes { get; init; } = [];

    /// <summary>
    /// The UE were named by a word of their title ("le cours d'anglais"), not by code: the one the timetable holds is the
    /// one meant, with no word of the other ("ANG320 has no session").
    /// </summary>
    public bool UeByTitle { get; init; }

    public string? Programme { get; init; }
    public string? Centre { get; init; }
    public string? Parcours { get; init; }
    public string? Modality { get; init; }

    /// <summary>"et après ?" after a next-class answer: the classes after this day, instead of after the user's "now".</summary>
    public DateOnly? After { get; init; }

    /// <summary>"combien de séances de TRS103 il me reste ?": only the sessions from the user's date on.</summary>
    public bool Remaining { get; init; }

    /// <summary>"mon prochain cours", "j'ai quoi": the learner's own classes.</summary>
    public bool Personal { get; init; }

    /// <summary>"en" for a question in English.</summary>
    public string Language { get; init; } = "fr";
}
