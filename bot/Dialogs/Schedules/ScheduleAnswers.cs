namespace Cnam.Bot.Dialogs.Schedules;

/// <summary>Answers record of the schedule dialog: the request, and the planning chosen for it.</summary>
public sealed record ScheduleAnswers
{
    public ScheduleRequest Request { get; init; } = new();

    /// <summary>The text of the question (kept to answer it as a question if the user ignores the profile prompt).</summary>
    public string? Question { get; init; }

    /// <summary>jour or soir, once known (message, profile or prompt).</summary>
    public string? Modality { get; init; }

    public string? Parcours { get; init; }

    /// <summary>The dialog asked the modality question this turn's answer replies to.</summary>
    public bool PromptedModality { get; init; }

    /// <summary>The dialog asked the parcours question this turn's answer replies to.</summary>
    public bool PromptedParcours { get; init; }

    /// <summary>The user picked the modality in the prompt: it is remembered.</summary>
    public bool Remember { get; init; }
}
