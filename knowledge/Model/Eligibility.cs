namespace Cnam.Bot.Knowledge.Model;

/// <summary>
/// The eligibility rules of one programme at one centre (eligibility.yaml): how one gets in (access routes, tried
/// in order), which internship the diploma then requires, what else the diploma asks, the admission steps, what to
/// recommend instead when the applicant does not qualify, and when to recommend this programme to someone who
/// does not know which one to choose. Every rule carries its source, validFor and the sentence it encodes.
/// </summary>
public sealed class EligibilityProgramme : Record
{
    public string Id { get; set; } = "";
    public string? Programme { get; set; }
    public string? Centre { get; set; }

    /// <summary>Access routes, in order: the first whose condition holds decides the route.</summary>
    public List<EligibilityRule> Access { get; set; } = [];

    /// <summary>What is said when no access route holds (the condition that failed).</summary>
    public EligibilityRule? Refusal { get; set; }

    /// <summary>Internships the diploma requires (a rule applies unless its <c>unless</c> condition holds).</summary>
    public List<EligibilityRule> Internships { get; set; } = [];

    /// <summary>Other conditions of the diploma (experience to prove at the end...).</summary>
    public List<EligibilityRule> Requirements { get; set; } = [];

    /// <summary>Admission steps (positioning session, admission commission...), by modality.</summary>
    public List<EligibilityRule> Admission { get; set; } = [];

    /// <summary>Programmes to recommend, best first, when the applicant does not qualify.</summary>
    public List<string> Alternatives { get; set; } = [];

    /// <summary>When to recommend this programme to someone who does not know (any rule that holds).</summary>
    public List<EligibilityRule> RecommendWhen { get; set; } = [];

    /// <summary>Records of the other files that tell what to do next (registration.yaml sheets, key dates).</summary>
    public EligibilityNextSteps? NextSteps { get; set; }
}

/// <summary>
/// One rule: a condition (<see cref="When"/>, or <see cref="Unless"/> for an internship waived by experience), what
/// the bot says (<see cref="Text"/>) and the document's sentence (<see cref="Quote"/>).
/// </summary>
public sealed class EligibilityRule : Record
{
    public string Id { get; set; } = "";

    /// <summary>Access route: direct | vapp | vae | vap85.</summary>
    public string? Route { get; set; }

    public EligibilityCondition? When { get; set; }

    public EligibilityCondition? Unless { get; set; }

    /// <summary>The rule in the bot's words.</summary>
    public string? Text { get; set; }

    /// <summary>The document's sentence, verbatim.</summary>
    public string? Quote { get; set; }

    /// <summary>An internships.yaml record (internship rules): its duration is the internship's.</summary>
    public string? Internship { get; set; }

    /// <summary>A validation scheme of access.yaml (VAPP, VAE, VAP85) the route goes through.</summary>
    public string? Validation { get; set; }
}

/// <summary>
/// A condition on the applicant; every field set must hold. Diploma levels as the understanding layer counts them:
/// 0 none, 3 CAP/BEP, 4 bac, 5 bac+2, 6 bac+3/4, 7 bac+5. Fields: insertion, accompagnement-social-professionnel,
/// accueil-information-orientation, autre, aucune.
/// </summary>
public sealed class EligibilityCondition
{
    /// <summary>Holds a diploma of at least this level.</summary>
    public int? MinDiplomaLevel { get; set; }

    /// <summary>Has at least this level, with or without the diploma ("niveau bac").</summary>
    public int? MinStudyLevel { get; set; }

    /// <summary>Holds no diploma of this level or more.</summary>
    public int? BelowDiplomaLevel { get; set; }

    /// <summary>Holds one of these titles: cip, cnam-premier-cycle.</summary>
    public List<string> Titles { get; set; } = [];

    /// <summary>Has experience in one of these fields.</summary>
    public List<string> ExperienceFields { get; set; } = [];

    /// <summary>Has at least this many months of experience (in <see cref="ExperienceFields"/> when given).</summary>
    public int? MinMonths { get; set; }

    /// <summary>Has fewer months of experience than this (any field).</summary>
    public int? BelowMonths { get; set; }

    /// <summary>Follows the courses in this modality (jour, soir).</summary>
    public string? Modality { get; set; }
}

/// <summary>References to what the applicant should do next; each id must exist in its file.</summary>
public sealed class EligibilityNextSteps
{
    /// <summary>registration.yaml sheets: information meetings, pre-registration, documents, dates.</summary>
    public List<string> Sheets { get; set; } = [];

    /// <summary>Key dates (calendars/*.yaml): registration opening and deadlines.</summary>
    public List<string> KeyDates { get; set; } = [];

    /// <summary>contacts.yaml ids, the right person first.</summary>
    public List<string> Contacts { get; set; } = [];
}
