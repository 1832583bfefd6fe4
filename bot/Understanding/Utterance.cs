namespace Cnam.Bot.Understanding;

/// <summary>Everything the recognisers found in one utterance.</summary>
public sealed record UtteranceEntities(
    DomainEntities Domain,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<NumberMention> Numbers,
    IReadOnlyList<DurationMention> Durations,
    IReadOnlyList<DiplomaMention> Diplomas,
    ExperienceMention? Experience,
    Quantities Quantities,
    IReadOnlyList<UeTitleMatch> UeTitles)
{
    public static readonly UtteranceEntities Empty =
        new(DomainEntities.Empty, [], [], [], [], null, new Quantities([], [], []), []);

    public Programme? Programme => Domain.Programme;
    public Parcours? Parcours => Domain.Parcours;
    public Centre? Centre => Domain.Centre;
    public Modality? Modality => Domain.Modality;
    public Funding? Funding => Domain.Funding;
    public int? JobSeekerCategory => Domain.JobSeekerCategory;
    public int? PlanYears => Domain.PlanYears;
    public IReadOnlyList<string> UeCodes => Domain.UeCodes;
    public IReadOnlyList<int> Credits => Quantities.Credits;
    public IReadOnlyList<double> Hours => Quantities.Hours;
    public IReadOnlyList<TimeMention> Times => Quantities.Times;

    /// <summary>The diploma that best describes the person (see <see cref="DiplomaRecognizer.Best"/>).</summary>
    public DiplomaMention? Diploma => DiplomaRecognizer.Best(Diplomas);

    /// <summary>The message says what the person holds or has done: a diploma held or not held, an experience with a length or field.</summary>
    public bool DescribesAProfile =>
        Diplomas.Any(d => d.Held || d.Negated) || Experience is { } x && (x.Months is not null || x.Field is not null);
}

/// <summary>
/// What a person typed, understood: the raw and normalised text, its tokens, its language, the ranked intents
/// (several when the question has several halves) and the entities.
/// </summary>
public sealed record Utterance(
    string Raw,
    string Normalized,
    IReadOnlyList<Token> Tokens,
    string Language,
    IReadOnlyList<IntentScore> Intents,
    double OutOfScopeScore,
    UtteranceEntities Entities)
{
    public IntentScore? TopIntent => Intents.Count > 0 ? Intents[0] : null;

    /// <summary>
    /// False when no word told the language ("bye", "ok", a code): <see cref="Language"/> is then French by default, and
    /// the conversation's language is the better guess.
    /// </summary>
    public bool LanguageKnown { get; init; } = true;

    /// <summary>The score of the best intent, 0 when none.</summary>
    public double Confidence => Intents.Count > 0 ? Intents[0].Score : 0;

    /// <summary>True when the best intent reaches <see cref="IntentClassifier.ConfidenceThreshold"/>.</summary>
    public bool IsConfident => Confidence >= IntentClassifier.ConfidenceThreshold;

    /// <summary>True when out-of-scope words dominate and no intent is confident.</summary>
    public bool IsOutOfScope => OutOfScopeScore >= 0.5 && !IsConfident;

    /// <summary>The score of <paramref name="intent"/>, 0 when absent.</summary>
    public double Score(string intent)
    {
        foreach (var i in Intents)
        {
            if (i.Name == intent)
            {
                return i.Score;
            }
        }
        return 0;
    }

    /// <summary>True when <paramref name="intent"/> scores at least <paramref name="minimum"/>.</summary>
    public bool Has(string intent, double minimum = IntentClassifier.ConfidenceThreshold) => Score(intent) >= minimum;

    /// <summary>The confident intents, best first: each half of a combined question.</summary>
    public IEnumerable<string> ConfidentIntents => Intents.Where(i => i.Score >= IntentClassifier.ConfidenceThreshold).Select(i => i.Name);
}
