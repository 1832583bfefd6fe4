namespace Cnam.Bot.Understanding;

/// <summary>Intent names, as written in the lexicon files.</summary>
public static class Intents
{
    public const string Greeting = "greeting";
    public const string Thanks = "thanks";
    public const string Goodbye = "goodbye";
    public const string Acknowledgement = "acknowledgement";
    public const string Help = "help";
    /// <summary>"tu es un robot ?": who is answering.</summary>
    public const string BotIdentity = "bot-identity";
    /// <summary>"ça ne répond pas à ma question", "c'est nul": the last answer did not help.</summary>
    public const string Dissatisfied = "dissatisfied";
    public const string Menu = "menu";
    public const string Cancel = "cancel";
    public const string ProgrammeOverview = "programme-overview";
    public const string Audience = "audience";
    public const string Jobs = "jobs";
    public const string Level = "level";
    public const string Ects = "ects";
    public const string UeList = "ue-list";
    public const string UeDetail = "ue-detail";
    public const string Parcours = "parcours";
    public const string Access = "access";
    public const string ValidationRoutes = "validation-routes";
    public const string Internship = "internship";
    public const string Convention = "convention";
    public const string DiplomaConditions = "diploma-conditions";
    public const string Tariffs = "tariffs";
    public const string PlanningDates = "planning-dates";
    public const string Hours = "hours";
    public const string Duration = "duration";
    public const string Exams = "exams";
    public const string RegistrationDocuments = "registration-documents";
    public const string Withdrawal = "withdrawal";
    public const string Contacts = "contacts";
    public const string Handicap = "handicap";
    public const string InformationMeeting = "information-meeting";
    public const string EligibilityStart = "eligibility-start";
    public const string ProfileUpdate = "profile-update";
    public const string MyData = "my-data";
    public const string DeleteMyData = "delete-my-data";

    /// <summary>Pseudo-intent of questions the bot's vocabulary does not cover (salary, housing, master...).</summary>
    public const string OutOfScope = "out-of-scope";

    /// <summary>Politeness: a hello, a thanks, an "ok" or a goodbye, which asks nothing of the programmes.</summary>
    public static readonly IReadOnlySet<string> Politeness = new HashSet<string>(StringComparer.Ordinal) { Greeting, Thanks, Acknowledgement, Goodbye };

    /// <summary>Every intent the classifier can return (not <see cref="OutOfScope"/>).</summary>
    public static readonly IReadOnlyList<string> All =
    [
        Greeting, Thanks, Acknowledgement, Goodbye, Help, BotIdentity, Dissatisfied, Menu, Cancel, ProgrammeOverview, Audience, Jobs, Level, Ects, UeList, UeDetail, Parcours,
        Access, ValidationRoutes, Internship, Convention, DiplomaConditions, Tariffs, PlanningDates, Hours, Duration, Exams,
        RegistrationDocuments, Withdrawal, Contacts, Handicap, InformationMeeting, EligibilityStart, ProfileUpdate, MyData,
        DeleteMyData,
    ];
}
