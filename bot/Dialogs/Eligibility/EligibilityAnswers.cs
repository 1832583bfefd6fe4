namespace Cnam.Bot.Dialogs.Eligibility;

/// <summary>What the questionnaire runs for: the full eligibility check, or only the fee simulation.</summary>
public enum EligibilityMode { Eligibility, Fees }

/// <summary>The questions of the questionnaire, in the order they are asked.</summary>
public enum EligibilitySlot
{
    Programme, Centre, Parcours, Diploma, Experience, ExperienceField, Modality, PlanYears, Funding, JobSeekerCategory,
}

/// <summary>
/// The applicant's answers, in the knowledge base's words: programme LP110 | CPN42 | CP29, centre "Paris" |
/// "La Réunion", parcours insertion-pro | insertion-culture, diploma level (0 none, 4 bac, 5 bac+2...), experience
/// months and field (insertion | accompagnement-social-professionnel | accueil-information-orientation | autre |
/// aucune), modality jour | soir, funding as a tariffs.yaml id (employeur, cpf, pole-emploi...).
/// Passed in as the dialog's options (what the first sentence told) and returned as its result.
/// </summary>
public sealed record EligibilityAnswers
{
    public EligibilityMode Mode { get; init; }

    /// <summary>
    /// The questionnaire's language, fixed by the message that started it: "en", or null for French (the state stored
    /// before English existed has no such field, and stays French).
    /// </summary>
    public string? Language { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool English => Language == "en";

    /// <summary>"en" or "fr", for the formatters that take a language (<see cref="Questions.Format"/>).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string TextLanguage => English ? "en" : "fr";

    /// <summary>French or English wording, by the questionnaire's language (as <see cref="Questions.Slots.L"/> for a question).</summary>
    public string L(string french, string english) => English ? english : french;

    public string? Programme { get; init; }

    /// <summary>The applicant does not know which programme: the bot recommends one from the profile.</summary>
    public bool ProgrammeUnknown { get; init; }

    /// <summary>The recommendation rule that chose <see cref="Programme"/> when the applicant did not know.</summary>
    public string? RecommendedBy { get; init; }

    public string? Parcours { get; init; }

    public string? Centre { get; init; }

    /// <summary>Highest diploma level; null until known.</summary>
    public int? DiplomaLevel { get; init; }

    /// <summary>The level is reached without the diploma ("niveau bac", "niveau terminale").</summary>
    public bool StudyLevelOnly { get; init; }

    public bool Cip { get; init; }

    /// <summary>Holds a Cnam first-cycle title (the CASP title, CPN42...).</summary>
    public bool CnamFirstCycle { get; init; }

    /// <summary>The diploma as the applicant said it ("BTS SP3S").</summary>
    public string? DiplomaLabel { get; init; }

    public int? ExperienceMonths { get; init; }

    public string? ExperienceField { get; init; }

    /// <summary>A funding said before the programme was known, resolved against its tariffs later.</summary>
    public Understanding.Funding? FundingSaid { get; init; }

    /// <summary>The tariffs.yaml funding id.</summary>
    public string? Funding { get; init; }

    public int? JobSeekerCategory { get; init; }

    public string? Modality { get; init; }

    public int? PlanYears { get; init; }

    /// <summary>The questions the applicant answered, in order ("retour" takes the last one back).</summary>
    public IReadOnlyList<EligibilitySlot> Answered { get; init; } = [];

    /// <summary>The question waiting for its answer.</summary>
    public EligibilitySlot? Asking { get; init; }

    /// <summary>The question to ask again with its helpful retry text.</summary>
    public EligibilitySlot? Retry { get; init; }

    /// <summary>The early verdict (everything needed was in the first sentence) has been said.</summary>
    public bool EarlyVerdictSaid { get; init; }

    /// <summary>The profile the rules need is complete.</summary>
    public bool ProfileKnown => DiplomaLevel is not null && ExperienceMonths is not null && ExperienceField is not null;
}
