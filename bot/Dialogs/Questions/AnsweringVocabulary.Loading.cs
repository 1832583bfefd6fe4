using Cnam.Bot.Knowledge.Text;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Cnam.Bot.Dialogs.Questions;

// Loading: answering.yaml as written (File), folded once into sets and phrase lists.
public sealed partial class AnsweringVocabulary
{
    private static List<string> Phrases(IEnumerable<string> phrases) =>
        phrases.Select(FrenchText.Fold).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The vocabulary shipped with the bot (an embedded resource).</summary>
    public static AnsweringVocabulary Default { get; } = LoadEmbedded();

    private static AnsweringVocabulary LoadEmbedded()
    {
        using var stream = typeof(AnsweringVocabulary).Assembly.GetManifestResourceStream("Cnam.Bot.Dialogs.Questions.Data.answering.yaml")
            ?? throw new InvalidOperationException("The embedded resource answering.yaml is missing from the build.");
        using var reader = new StreamReader(stream);
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).WithDuplicateKeyChecking().Build();
        return new AnsweringVocabulary(deserializer.Deserialize<File>(reader));
    }

    private static HashSet<string> Set(IEnumerable<string> words) =>
        words.Select(FrenchText.Fold).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);

    private sealed class File
    {
        public List<string> StopWords { get; set; } = [];
        public List<string> PlanningStart { get; set; } = [];
        public List<string> PlanningEnd { get; set; } = [];
        public List<string> PlanningNext { get; set; } = [];
        public List<string> WhenWords { get; set; } = [];
        public List<string> PlanningAll { get; set; } = [];
        public List<string> PlanningNouns { get; set; } = [];
        public List<string> AbroadWords { get; set; } = [];
        public List<string> HolidayWords { get; set; } = [];
        public List<string> BreakWords { get; set; } = [];
        public List<string> WelcomeWords { get; set; } = [];
        public List<string> DefenceWords { get; set; } = [];
        public List<string> WorkshopWords { get; set; } = [];
        public List<string> ExamWords { get; set; } = [];
        public List<string> ExamNameWords { get; set; } = [];
        public List<string> RegistrationWords { get; set; } = [];
        public List<string> CreditWords { get; set; } = [];
        public List<string> CommonCoreWords { get; set; } = [];
        public List<string> ContactHoursWords { get; set; } = [];
        public List<string> StudyWayWords { get; set; } = [];
        public List<string> GradeWords { get; set; } = [];
        public List<string> QuantityWords { get; set; } = [];
        public List<string> HourWords { get; set; } = [];
        public List<string> UeBackWords { get; set; } = [];
        public List<string> ComparisonWords { get; set; } = [];
        public List<string> BothWords { get; set; } = [];
        public List<string> ShortestWords { get; set; } = [];
        public List<string> PaymentWords { get; set; } = [];
        public List<string> InstalmentWords { get; set; } = [];
        public List<string> AttendanceWords { get; set; } = [];
        public List<string> YesWords { get; set; } = [];
        public List<string> NeedWords { get; set; } = [];
        public List<string> SinceWords { get; set; } = [];
        public List<string> NextWords { get; set; } = [];
        public List<string> YesCourtesyWords { get; set; } = [];
        public List<string> AttendancePhrases { get; set; } = [];
        public List<string> AttendanceSaidWords { get; set; } = [];
        public List<string> MarkWords { get; set; } = [];
        public List<string> PassWords { get; set; } = [];
        public List<string> InternshipPayWords { get; set; } = [];
        public List<string> UnitWords { get; set; } = [];
        public List<string> CanWords { get; set; } = [];
        public List<string> CanPhrases { get; set; } = [];
        public List<string> AdmissionWords { get; set; } = [];
        public List<string> ContactAskWords { get; set; } = [];
        public List<string> DurationAskWords { get; set; } = [];
        public List<string> AfterWords { get; set; } = [];
        public List<string> FundingAskWords { get; set; } = [];
        public List<string> AgeWords { get; set; } = [];

        public List<string> SituationWords { get; set; } = [];
        public List<string> InterviewWords { get; set; } = [];
        public List<string> ForeignDiplomaPhrases { get; set; } = [];
        public List<string> OwnWords { get; set; } = [];
        public List<string> OwnedDiplomaWords { get; set; } = [];
        public List<string> ForeignWords { get; set; } = [];
        public List<string> InFrancePhrases { get; set; } = [];
        public List<string> FurtherStudyWords { get; set; } = [];
        public List<string> NotInterviewPhrases { get; set; } = [];
        public List<string> RemainingWords { get; set; } = [];
        public List<string> TeacherWords { get; set; } = [];
        public List<string> ClassWords { get; set; } = [];
        public List<string> RegistrationWhenWords { get; set; } = [];
        public List<string> EntryAskWords { get; set; } = [];
        public List<string> SelectionWords { get; set; } = [];
        public List<string> LanguageWords { get; set; } = [];
        public List<string> LanguageLevelWords { get; set; } = [];
        public List<string> HeadWords { get; set; } = [];
        public List<string> PhoneWords { get; set; } = [];

        public List<string> HumanWords { get; set; } = [];
        public List<string> UeTopicFillers { get; set; } = [];
        public List<string> CancelWords { get; set; } = [];
        public List<string> BecomePhrases { get; set; } = [];
        public List<string> JobDefinitionPhrases { get; set; } = [];
        public List<string> JobEndWords { get; set; } = [];
        public List<string> ExperienceWords { get; set; } = [];
        public List<string> TotalWords { get; set; } = [];
        public List<string> EvaluationWords { get; set; } = [];
        public List<string> LeadInWords { get; set; } = [];
        public Dictionary<string, string> Glosses { get; set; } = [];
        public List<string> LocationPhrases { get; set; } = [];
        public List<string> NotLocationPhrases { get; set; } = [];
        public List<string> WeekdayPhrases { get; set; } = [];
        public List<string> PerWeekPhrases { get; set; } = [];
        public List<string> HowLongPhrases { get; set; } = [];
        public List<string> DefinitionPhrases { get; set; } = [];
        public List<string> PointingWords { get; set; } = [];
        public List<string> ActivityUnitPhrases { get; set; } = [];
        public List<string> WorkingPhrases { get; set; } = [];
        public List<string> AtWorkPhrases { get; set; } = [];
        public List<string> NationalityWords { get; set; } = [];
        public List<string> OpeningHoursWords { get; set; } = [];
        public List<string> ThesisWords { get; set; } = [];
        public List<string> DefinitionFillers { get; set; } = [];
        public List<string> OneUnitPhrases { get; set; } = [];
        public List<string> RequiredWords { get; set; } = [];
        public List<string> InPersonPhrases { get; set; } = [];
        public List<string> ContainPhrases { get; set; } = [];
        public List<string> FreePhrases { get; set; } = [];
        public List<string> ExemptionWords { get; set; } = [];
        public List<string> OpenQuestionWords { get; set; } = [];
        public List<string> UeTopicVerbs { get; set; } = [];
        public List<string> SufficiencyWords { get; set; } = [];
        public List<string> SufficiencyPhrases { get; set; } = [];
        public List<string> BenefitPhrases { get; set; } = [];
        public Dictionary<string, List<string>> OtherPlaces { get; set; } = [];
        public Dictionary<string, List<string>> OtherFunders { get; set; } = [];
        public List<NotCoveredFile> NotCovered { get; set; } = [];
        public List<string> SemesterWords { get; set; } = [];
        public List<string> ObjectiveWords { get; set; } = [];
        public List<string> SemesterOne { get; set; } = [];
        public List<string> SemesterTwo { get; set; } = [];
        public Dictionary<string, string> SemesterShort { get; set; } = [];
    }

    /// <summary>A subject the documents never cover, the phrases that ask it and what is said (French, English).</summary>
    private sealed class NotCoveredFile
    {
        public string Id { get; set; } = "";
        public List<string> Phrases { get; set; } = [];
        public string Fr { get; set; } = "";
        public string En { get; set; } = "";
    }
}
