namespace Cnam.Bot.Dialogs.Questions;

/// <summary>
/// What the conversation already said about the subject, so that "et en cours du soir ?" or "et pour le CP29 ?"
/// is answered with the rest of the previous question. Kept in conversation state between turns.
/// </summary>
public sealed record QuestionContext
{
    /// <summary>Programme code: LP110, CPN42 or CP29.</summary>
    public string? Programme { get; init; }

    /// <summary>"Paris" or "La Réunion".</summary>
    public string? Centre { get; init; }

    /// <summary>jour, soir, distance or alternance.</summary>
    public string? Modality { get; init; }

    /// <summary>How the user pays, as the knowledge base names it (employeur, cpf, individuel...).</summary>
    public string? Funding { get; init; }

    /// <summary>Job-seeker category 1 to 8 when said.</summary>
    public int? JobSeekerCategory { get; init; }

    /// <summary>1 or 2 years for the evening licence.</summary>
    public int? PlanYears { get; init; }

    /// <summary>insertion-pro or insertion-culture.</summary>
    public string? Parcours { get; init; }

    /// <summary>The programme the conversation was about before <see cref="Programme"/>: "les deux" are both.</summary>
    public string? PreviousProgramme { get; init; }

    /// <summary>The topics of the last answered question, replayed by a follow-up that names none.</summary>
    public IReadOnlyList<string> LastIntents { get; init; } = [];

    /// <summary>The bot asked which programme (or centre) the last question was about: the reply completes it.</summary>
    public bool AwaitingClarification { get; init; }

    /// <summary>The UE of the last question.</summary>
    public IReadOnlyList<string> LastUeCodes { get; init; } = [];

    /// <summary>
    /// The one UE the last answer named when the question named none ("quelle UE jeudi ?", a learner's next class): what
    /// "cette UE" points at. Not the subject of the next question as <see cref="LastUeCodes"/> is ("et la suivante ?").
    /// </summary>
    public IReadOnlyList<string> NamedUeCodes { get; init; } = [];

    /// <summary>The day the last planning answer was about ("quelle UE jeudi ?", or the next class it gave): "et le suivant ?" is the class after it.</summary>
    public DateOnly? LastDay { get; init; }

    /// <summary>
    /// A digest of the last answer's text: a follow-up that only adds a modality, centre, funding... and gets the same
    /// answer is told so ("C'est la même réponse en cours du soir"), not shown the same text as if it were new.
    /// </summary>
    public string? LastAnswerDigest { get; init; }

    /// <summary>The language of the conversation's last question whose words told it ("fr" or "en").</summary>
    public string? Language { get; init; }

    public static readonly QuestionContext Empty = new();

    /// <summary>
    /// This context with another dialog's subject (the questionnaire's, a schedule's): what that subject says wins; what
    /// it leaves open keeps this context's value only when both are about the same programme, as do the last question's
    /// topics and UE. A new programme starts afresh.
    /// </summary>
    public QuestionContext WithSubject(string programme, string? centre, string? parcours, string? modality,
        string? funding = null, int? jobSeekerCategory = null, int? planYears = null)
    {
        var same = Programme == programme;
        return this with
        {
            Programme = programme,
            Centre = centre ?? (same ? Centre : null),
            Parcours = parcours ?? (same ? Parcours : null),
            Modality = modality ?? (same ? Modality : null),
            Funding = funding ?? (same ? Funding : null),
            JobSeekerCategory = jobSeekerCategory ?? (same ? JobSeekerCategory : null),
            PlanYears = planYears ?? (same ? PlanYears : null),
            LastIntents = same ? LastIntents : [],
            LastUeCodes = same ? LastUeCodes : [],
        };
    }
}
