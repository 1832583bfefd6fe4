namespace Cnam.Bot.Understanding;

/// <summary>The shape of one lexicon.xx.yaml file, as written by people; <see cref="Lexicon"/> compiles it.</summary>
internal sealed class LexiconFile
{
    public string Language { get; set; } = "fr";
    public List<string> FunctionWords { get; set; } = [];
    public List<string> KnownWords { get; set; } = [];
    public List<string> OrdinaryWords { get; set; } = [];
    public Dictionary<string, string> Sms { get; set; } = [];
    public List<string> SmsProtectAfter { get; set; } = [];
    public Dictionary<string, int> Numbers { get; set; } = [];
    public List<string> ArticleNumbers { get; set; } = [];
    public List<string> NumberJoiners { get; set; } = [];
    public List<string> HalfPhrases { get; set; } = [];
    public Dictionary<string, string> DurationUnits { get; set; } = [];
    public List<string> HourUnits { get; set; } = [];
    public List<string> CreditUnits { get; set; } = [];
    public List<string> TimePrepositions { get; set; } = [];
    public Dictionary<string, int> Months { get; set; } = [];
    public List<string> AmbiguousMonths { get; set; } = [];
    public List<string> SinceWords { get; set; } = [];
    public List<string> SinceDiplomaWords { get; set; } = [];
    public Dictionary<string, int> Weekdays { get; set; } = [];
    public Dictionary<string, int> WeekdayPhrases { get; set; } = [];
    public Dictionary<string, string> RelativeDates { get; set; } = [];
    public Dictionary<string, string> NamedDays { get; set; } = [];
    public List<string> NextWords { get; set; } = [];
    public List<string> LastWords { get; set; } = [];
    public List<string> ThisWords { get; set; } = [];
    public List<string> WeekWords { get; set; } = [];
    public List<string> RangeFrom { get; set; } = [];
    public List<string> RangeTo { get; set; } = [];
    public List<DiplomaEntry> Diplomas { get; set; } = [];
    public Dictionary<int, int> BacPlusLevels { get; set; } = [];
    public List<string> BacWords { get; set; } = [];
    public Dictionary<string, int> LevelWords { get; set; } = [];
    public Dictionary<string, string> DiplomaSpecialties { get; set; } = [];
    public List<string> PossessionFillers { get; set; } = [];
    public List<string> PossessionCues { get; set; } = [];
    public List<string> PossessionBlockers { get; set; } = [];
    public List<string> DefinitePossessionCues { get; set; } = [];
    public List<string> SequenceCues { get; set; } = [];
    public List<string> JobTitleCues { get; set; } = [];
    public List<string> NegationCues { get; set; } = [];
    public ExperienceEntry Experience { get; set; } = new();
    public Dictionary<string, Dictionary<string, List<string>>> Entities { get; set; } = [];
    public List<string> EntityBlockers { get; set; } = [];
    public List<string> PlanCues { get; set; } = [];
    public List<string> ProgrammePlanCues { get; set; } = [];
    public List<string> ExperienceFollowers { get; set; } = [];
    public List<string> JobseekerCategoryCues { get; set; } = [];
    public Dictionary<string, int> JobseekerCategoryLetters { get; set; } = [];
    public Dictionary<string, Dictionary<string, double>> Intents { get; set; } = [];
    public Dictionary<string, Dictionary<string, double>> IntentEntityBoosts { get; set; } = [];
    public List<string> IntentBlockers { get; set; } = [];
    public List<string> UeCues { get; set; } = [];
    public List<string> UeNamingCues { get; set; } = [];
    public List<string> UeTitleBlockers { get; set; } = [];
    public List<string> SecondaryIntents { get; set; } = [];
    public List<string> UePrefixes { get; set; } = [];
    public List<string> UeCodeCues { get; set; } = [];
    public Dictionary<string, string> UeTitleWords { get; set; } = [];

    /// <summary>Title words that name their UE by themselves beside a UE cue, short as they are ("l'anglais en cours du jour").</summary>
    public List<string> UeSubjectWords { get; set; } = [];

    internal sealed class DiplomaEntry
    {
        public string Label { get; set; } = "";
        public int? Level { get; set; }
        public bool Cip { get; set; }
        public bool CnamFirstCycle { get; set; }
        public bool Possession { get; set; }
        public bool Own { get; set; }
        public List<string> Phrases { get; set; } = [];
    }

    internal sealed class ExperienceEntry
    {
        public List<string> Cues { get; set; } = [];
        public List<string> WeakCues { get; set; } = [];
        public List<string> Wishes { get; set; } = [];
        public List<string> Pays { get; set; } = [];
        public List<string> PaySubjects { get; set; } = [];
        public List<string> Prepositions { get; set; } = [];
        public List<string> None { get; set; } = [];
        public Dictionary<string, List<string>> Fields { get; set; } = [];
        public Dictionary<string, List<string>> Domains { get; set; } = [];
    }
}
