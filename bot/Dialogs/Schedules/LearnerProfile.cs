namespace Cnam.Bot.Dialogs.Schedules;

/// <summary>
/// What a learner told about the planning they follow, kept in user state (<see cref="UserData.LearnerProfile"/>)
/// and used as the default of their schedule questions: programme, centre, parcours and modality in the knowledge
/// base's own ids (LP110, Paris, insertion-pro, soir). Changed by saying so ("je suis en cours du jour maintenant").
/// It holds no language: each answer and dialog speaks the language of the message that asks (a learner may switch),
/// and the privacy notice describes this profile as planning data only.
/// </summary>
public sealed record LearnerProfile
{
    public string? Programme { get; init; }
    public string? Centre { get; init; }

    /// <summary>insertion-pro or insertion-culture.</summary>
    public string? Parcours { get; init; }

    /// <summary>jour or soir.</summary>
    public string? Modality { get; init; }

    /// <summary>The bot asked which planning the learner follows: it does not ask again.</summary>
    public bool Asked { get; init; }

    /// <summary>True when the profile names a modality (the one thing that changes the dates).</summary>
    public bool IsKnown => Modality is not null;
}
