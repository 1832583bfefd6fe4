using System.Globalization;
using System.Reflection;
using Cnam.Bot.Knowledge.Text;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Cnam.Bot.Understanding;

/// <summary>
/// The compiled vocabulary of the understanding layer, built once from the lexicon files
/// (Data/lexicon.fr.yaml and Data/lexicon.en.yaml, embedded in the assembly) and shared by every recogniser.
/// Every phrase is folded the same way as user text, so the files can be written with accents and apostrophes.
/// </summary>
public sealed class Lexicon
{
    private static readonly Lazy<Lexicon> s_default = new(LoadEmbedded);

    internal readonly HashSet<string> FrenchFunctionWords = new(StringComparer.Ordinal);
    internal readonly HashSet<string> EnglishFunctionWords = new(StringComparer.Ordinal);
    internal readonly HashSet<string> KnownWords = new(StringComparer.Ordinal);
    internal readonly HashSet<string> Vocabulary = new(StringComparer.Ordinal);
    internal readonly Dictionary<string, string[]> Sms = new(StringComparer.Ordinal);
    internal readonly HashSet<string> SmsProtectAfter = new(StringComparer.Ordinal);
    internal readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal);
    internal readonly HashSet<string> ArticleNumbers = new(StringComparer.Ordinal);
    internal readonly HashSet<string> NumberJoiners = new(StringComparer.Ordinal);
    internal readonly PhraseMatcher<bool> HalfPhrases = new();
    internal readonly Dictionary<string, DurationUnit> DurationUnits = new(StringComparer.Ordinal);
    internal readonly HashSet<string> HourUnits = new(StringComparer.Ordinal);
    internal readonly HashSet<string> CreditUnits = new(StringComparer.Ordinal);
    internal readonly HashSet<string> TimePrepositions = new(StringComparer.Ordinal);
    internal readonly Dictionary<string, int> Months = new(StringComparer.Ordinal);
    internal readonly HashSet<string> AmbiguousMonths = new(StringComparer.Ordinal);

    /// <summary>"depuis", "since": before a year or a month ("depuis 2019", "since March 2021"), a time worked until today.</summary>
    internal readonly HashSet<string> SinceWords = new(StringComparer.Ordinal);

    /// <summary>"diplômé", "obtenu" just before "depuis": the year is the diploma's, not a time worked.</summary>
    internal readonly HashSet<string> SinceDiplomaWords = new(StringComparer.Ordinal);
    internal readonly Dictionary<string, int> Weekdays = new(StringComparer.Ordinal);
    internal readonly PhraseMatcher<RelativeDate> RelativeDates = new();
    internal readonly PhraseMatcher<NamedDay> NamedDays = new();

    /// <summary>Days named otherwise than by their weekday ("le week-end"), with that weekday's number.</summary>
    internal readonly PhraseMatcher<int> WeekdayPhrases = new();
    internal readonly HashSet<string> NextWords = new(StringComparer.Ordinal);
    internal readonly HashSet<string> LastWords = new(StringComparer.Ordinal);
    internal readonly HashSet<string> ThisWords = new(StringComparer.Ordinal);
    internal readonly HashSet<string> WeekWords = new(StringComparer.Ordinal);
    internal readonly PhraseMatcher<bool> RangeFrom = new();
    internal readonly PhraseMatcher<bool> RangeTo = new();
    internal readonly PhraseMatcher<DiplomaDefinition> Diplomas = new();
    internal readonly Dictionary<int, int> BacPlusLevels = [];
    internal readonly HashSet<string> BacWords = new(StringComparer.Ordinal);
    internal readonly PhraseMatcher<int> LevelWords = new();
    internal readonly PhraseMatcher<string> DiplomaSpecialties = new();
    internal readonly PhraseMatcher<bool> PossessionCues = new();
    internal readonly PhraseMatcher<bool> PossessionBlockers = new();
    internal readonly PhraseMatcher<bool> DefinitePossessionCues = new();
    internal readonly PhraseMatcher<bool> SequenceCues = new();
    internal readonly PhraseMatcher<bool> JobTitleCues = new();
    internal readonly HashSet<string> PossessionFillers = new(StringComparer.Ordinal);
    internal readonly PhraseMatcher<bool> NegationCues = new();
    internal readonly PhraseMatcher<bool> ExperienceCues = new();
    internal readonly PhraseMatcher<bool> ExperienceWeakCues = new();
    internal readonly PhraseMatcher<bool> ExperienceWishes = new();
    internal readonly PhraseMatcher<bool> ExperiencePays = new();
    /// <summary>Words that make the field word after them a paying verb: "qui finance", "me finance".</summary>
    internal readonly HashSet<string> ExperiencePaySubjects = new(StringComparer.Ordinal);
    internal readonly PhraseMatcher<bool> ExperiencePrepositions = new();
    internal readonly PhraseMatcher<ExperienceField> ExperienceDomains = new();
    internal readonly PhraseMatcher<bool> NoExperience = new();
    internal readonly PhraseMatcher<ExperienceField> ExperienceFields = new();
    internal readonly PhraseMatcher<EntityValue> Entities = new();
    internal readonly PhraseMatcher<bool> EntityBlockers = new();
    internal readonly PhraseMatcher<bool> PlanCues = new();
    internal readonly PhraseMatcher<bool> ProgrammePlanCues = new();
    internal readonly HashSet<string> ExperienceFollowers = new(StringComparer.Ordinal);
    internal readonly HashSet<string> JobSeekerCategoryCues = new(StringComparer.Ordinal);
    internal readonly Dictionary<string, int> JobSeekerCategoryLetters = new(StringComparer.Ordinal);
    internal readonly PhraseMatcher<IntentWeight> IntentPhrases = new();
    internal readonly Dictionary<string, Dictionary<string, double>> IntentEntityBoosts = new(StringComparer.Ordinal);
    internal readonly PhraseMatcher<bool> IntentBlockers = new();
    internal readonly PhraseMatcher<bool> UeCues = new();
    internal readonly PhraseMatcher<bool> UeNamingCues = new();
    /// <summary>Phrases whose words are not UE title words ("taught in English" is the language, not the English UE).</summary>
    internal readonly PhraseMatcher<bool> UeTitleBlockers = new();
    internal readonly HashSet<string> SecondaryIntents = new(StringComparer.Ordinal);
    internal readonly HashSet<string> IntentsWithPhrases = new(StringComparer.Ordinal);
    internal readonly HashSet<string> UePrefixes = new(StringComparer.Ordinal);
    /// <summary>The word just before a code that makes it a UE's whatever its letters ("l'UE XYZ12").</summary>
    internal readonly HashSet<string> UeCodeCues = new(StringComparer.Ordinal);
    /// <summary>A word of another language (folded) -> the stem of the French word it stands for in UE titles ("english" -> "anglai").</summary>
    internal readonly Dictionary<string, string> UeTitleWordStems = new(StringComparer.Ordinal);

    /// <summary>Stems of the title words that name their UE by themselves (<see cref="LexiconFile.UeSubjectWords"/>).</summary>
    internal readonly HashSet<string> UeSubjectStems = new(StringComparer.Ordinal);

    private Lexicon()
    {
    }

    /// <summary>The lexicon embedded in the bot (French and English), loaded once.</summary>
    public static Lexicon Default => s_default.Value;

    /// <summary>Number of intent phrases, for diagnostics.</summary>
    public int IntentPhraseCount => IntentPhrases.Count;

    /// <summary>Builds a lexicon from YAML texts in the lexicon file format; later files add to earlier ones.</summary>
    public static Lexicon FromYaml(params string[] yamlTexts)
    {
        // A phrase written twice in one map would silently keep only its last weight: refused instead.
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .WithDuplicateKeyChecking()
            .Build();
        var lexicon = new Lexicon();
        foreach (var yaml in yamlTexts)
        {
            var file = deserializer.Deserialize<LexiconFile>(yaml) ?? new LexiconFile();
            lexicon.Add(file);
        }
        return lexicon;
    }

    private static Lexicon LoadEmbedded()
    {
        var assembly = typeof(Lexicon).Assembly;
        return FromYaml(ReadResource(assembly, "lexicon.fr.yaml"), ReadResource(assembly, "lexicon.en.yaml"));
    }

    private static string ReadResource(Assembly assembly, string fileName)
    {
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded lexicon '{fileName}' is missing from {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private void Add(LexiconFile file)
    {
        var english = file.Language.Equals("en", StringComparison.OrdinalIgnoreCase);
        AddWords(english ? EnglishFunctionWords : FrenchFunctionWords, file.FunctionWords, vocabulary: false);
        AddWords(KnownWords, file.KnownWords, vocabulary: false);
        AddWords(KnownWords, file.OrdinaryWords, vocabulary: false);
        foreach (var (key, value) in file.Sms)
        {
            Sms[Fold(key)] = Words(value);
        }
        AddWords(SmsProtectAfter, file.SmsProtectAfter, vocabulary: false);
        foreach (var (key, value) in file.Numbers)
        {
            NumberWords[Fold(key)] = value;
        }
        AddWords(ArticleNumbers, file.ArticleNumbers, vocabulary: false);
        AddWords(NumberJoiners, file.NumberJoiners, vocabulary: false);
        AddPhrases(HalfPhrases, file.HalfPhrases, true, vocabulary: false);
        foreach (var (key, value) in file.DurationUnits)
        {
            DurationUnits[Fold(key)] = ParseEnum<DurationUnit>(value, "duration_units");
        }
        AddWords(HourUnits, file.HourUnits, vocabulary: false);
        AddWords(CreditUnits, file.CreditUnits, vocabulary: true);
        AddWords(TimePrepositions, file.TimePrepositions, vocabulary: false);
        foreach (var (key, value) in file.Months)
        {
            Months[Fold(key)] = value is >= 1 and <= 12 ? value : throw Invalid("months", key);
            Vocabulary.Add(Fold(key));
        }
        AddWords(AmbiguousMonths, file.AmbiguousMonths, vocabulary: false);
        AddWords(SinceWords, file.SinceWords, vocabulary: false);
        AddWords(SinceDiplomaWords, file.SinceDiplomaWords, vocabulary: false);
        foreach (var (key, value) in file.Weekdays)
        {
            Weekdays[Fold(key)] = value is >= 1 and <= 7 ? value : throw Invalid("weekdays", key);
            Vocabulary.Add(Fold(key));
        }
        foreach (var (key, value) in file.WeekdayPhrases)
        {
            WeekdayPhrases.Add(Fold(key), value is >= 1 and <= 7 ? value : throw Invalid("weekday_phrases", key));
            AddVocabulary(key);
        }
        foreach (var (key, value) in file.RelativeDates)
        {
            RelativeDates.Add(Fold(key), RelativeDate.Parse(value));
            AddVocabulary(key);
        }
        foreach (var (key, value) in file.NamedDays)
        {
            NamedDays.Add(Fold(key), NamedDay.Parse(value));
            AddVocabulary(key);
        }
        AddWords(NextWords, file.NextWords, vocabulary: true);
        AddWords(LastWords, file.LastWords, vocabulary: true);
        AddWords(ThisWords, file.ThisWords, vocabulary: false);
        AddWords(WeekWords, file.WeekWords, vocabulary: true);
        AddPhrases(RangeFrom, file.RangeFrom, true, vocabulary: false);
        AddPhrases(RangeTo, file.RangeTo, true, vocabulary: false);
        foreach (var entry in file.Diplomas)
        {
            var definition = new DiplomaDefinition(entry.Label, entry.Level, entry.Cip, entry.CnamFirstCycle, entry.Possession, entry.Own);
            AddPhrases(Diplomas, entry.Phrases, definition, vocabulary: true);
        }
        foreach (var (key, value) in file.BacPlusLevels)
        {
            BacPlusLevels[key] = value;
        }
        AddWords(BacWords, file.BacWords, vocabulary: true);
        foreach (var (key, value) in file.LevelWords)
        {
            LevelWords.Add(Fold(key), value);
        }
        foreach (var (key, value) in file.DiplomaSpecialties)
        {
            DiplomaSpecialties.Add(Fold(key), value);
            AddVocabulary(key);
        }
        AddPhrases(PossessionCues, file.PossessionCues, true, vocabulary: false);
        AddPhrases(PossessionBlockers, file.PossessionBlockers, true, vocabulary: false);
        AddPhrases(DefinitePossessionCues, file.DefinitePossessionCues, true, vocabulary: false);
        AddPhrases(SequenceCues, file.SequenceCues, true, vocabulary: false);
        AddPhrases(JobTitleCues, file.JobTitleCues, true, vocabulary: false);
        AddWords(PossessionFillers, file.PossessionFillers, vocabulary: false);
        AddPhrases(NegationCues, file.NegationCues, true, vocabulary: false);
        AddPhrases(ExperienceCues, file.Experience.Cues, true, vocabulary: true);
        AddPhrases(ExperienceWeakCues, file.Experience.WeakCues, true, vocabulary: false);
        AddPhrases(ExperienceWishes, file.Experience.Wishes, true, vocabulary: false);
        AddPhrases(ExperiencePays, file.Experience.Pays, true, vocabulary: false);
        AddWords(ExperiencePaySubjects, file.Experience.PaySubjects, vocabulary: false);
        AddPhrases(ExperiencePrepositions, file.Experience.Prepositions, true, vocabulary: false);
        foreach (var (field, phrases) in file.Experience.Domains)
        {
            AddPhrases(ExperienceDomains, phrases, ParseEnum<ExperienceField>(field, "experience.domains"), vocabulary: true);
        }
        AddPhrases(NoExperience, file.Experience.None, true, vocabulary: true);
        foreach (var (field, phrases) in file.Experience.Fields)
        {
            AddPhrases(ExperienceFields, phrases, ParseEnum<ExperienceField>(field, "experience.fields"), vocabulary: true);
        }
        foreach (var (kind, values) in file.Entities)
        {
            var entityKind = ParseEnum<EntityKind>(kind, "entities");
            foreach (var (value, phrases) in values)
            {
                var entity = new EntityValue(entityKind, ParseEntityValue(entityKind, value));
                AddPhrases(Entities, phrases, entity, vocabulary: true);
            }
        }
        AddPhrases(EntityBlockers, file.EntityBlockers, true, vocabulary: true);
        AddPhrases(PlanCues, file.PlanCues, true, vocabulary: false);
        AddPhrases(ProgrammePlanCues, file.ProgrammePlanCues, true, vocabulary: false);
        AddWords(ExperienceFollowers, file.ExperienceFollowers, vocabulary: false);
        AddWords(JobSeekerCategoryCues, file.JobseekerCategoryCues, vocabulary: true);
        foreach (var (key, value) in file.JobseekerCategoryLetters)
        {
            JobSeekerCategoryLetters[Fold(key)] = value;
        }
        foreach (var (intent, phrases) in file.Intents)
        {
            if (intent != Understanding.Intents.OutOfScope && !Understanding.Intents.All.Contains(intent))
            {
                throw Invalid("intents", intent);
            }
            foreach (var (phrase, weight) in phrases)
            {
                if (weight is <= 0 or > 1)
                {
                    throw Invalid($"intents.{intent}", phrase);
                }
                IntentPhrases.Add(Fold(phrase), new IntentWeight(intent, weight));
                IntentsWithPhrases.Add(intent);
                AddVocabulary(phrase);
            }
        }
        foreach (var (intent, boosts) in file.IntentEntityBoosts)
        {
            if (!IntentEntityBoosts.TryGetValue(intent, out var existing))
            {
                IntentEntityBoosts[intent] = existing = new Dictionary<string, double>(StringComparer.Ordinal);
            }
            foreach (var (evidence, weight) in boosts)
            {
                // A negative weight is evidence against the intent (a diploma the person holds: they ask whether it lets
                // them in, not what it takes to be awarded the programme's own diploma).
                if (weight is 0 or < -1 or > 1)
                {
                    throw Invalid($"intent_entity_boosts.{intent}", evidence);
                }
                existing[evidence] = weight;
            }
        }
        AddPhrases(IntentBlockers, file.IntentBlockers, true, vocabulary: true);
        AddPhrases(UeCues, file.UeCues, true, vocabulary: true);
        AddPhrases(UeNamingCues, file.UeNamingCues, true, vocabulary: true);
        AddPhrases(UeTitleBlockers, file.UeTitleBlockers, true, vocabulary: true);
        AddWords(SecondaryIntents, file.SecondaryIntents, vocabulary: false);
        AddWords(UePrefixes, file.UePrefixes, vocabulary: false);
        AddWords(UeCodeCues, file.UeCodeCues, vocabulary: false);
        foreach (var word in file.UeSubjectWords)
        {
            if (Fold(word) is { Length: > 0 } folded)
            {
                UeSubjectStems.Add(FrenchText.Stem(folded));
            }
        }
        foreach (var (word, french) in file.UeTitleWords)
        {
            var folded = Fold(word);
            if (folded.Length > 0 && Fold(french) is { Length: > 0 } frenchWord)
            {
                UeTitleWordStems[folded] = FrenchText.Stem(frenchWord);
                AddVocabulary(folded);
            }
        }
    }

    private static object ParseEntityValue(EntityKind kind, string value) => kind switch
    {
        EntityKind.Programme => ParseEnum<Programme>(value, "entities.programme"),
        EntityKind.Parcours => ParseEnum<Parcours>(value, "entities.parcours"),
        EntityKind.Centre => ParseEnum<Centre>(value, "entities.centre"),
        EntityKind.Modality => ParseEnum<Modality>(value, "entities.modality"),
        _ => ParseEnum<Funding>(value, "entities.funding"),
    };

    private static TEnum ParseEnum<TEnum>(string value, string section) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var parsed)
            ? parsed
            : throw Invalid(section, value);

    private static InvalidDataException Invalid(string section, string value) =>
        new($"Lexicon: unknown value '{value}' in '{section}'.");

    private void AddWords(HashSet<string> set, IEnumerable<string> words, bool vocabulary)
    {
        foreach (var word in words)
        {
            var folded = Fold(word);
            if (folded.Length > 0)
            {
                set.Add(folded);
                if (vocabulary)
                {
                    AddVocabulary(folded);
                }
            }
        }
    }

    private void AddPhrases<T>(PhraseMatcher<T> matcher, IEnumerable<string> phrases, T value, bool vocabulary)
    {
        foreach (var phrase in phrases)
        {
            var folded = Fold(phrase);
            matcher.Add(folded, value);
            if (vocabulary)
            {
                AddVocabulary(folded);
            }
        }
    }

    private void AddVocabulary(string phrase)
    {
        foreach (var word in Words(phrase))
        {
            if (word.Length >= 4 && !word.Any(char.IsAsciiDigit))
            {
                Vocabulary.Add(word);
            }
        }
    }

    private static string Fold(string text) => FrenchNormalizer.Fold(text);

    private static string[] Words(string text) => Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

internal enum EntityKind { Programme, Parcours, Centre, Modality, Funding }

internal readonly record struct EntityValue(EntityKind Kind, object Value);

internal readonly record struct IntentWeight(string Intent, double Weight);

/// <param name="Own">The phrase says what the person did ("arrêté en première", "didn't finish high school"): their own level
/// wherever it stands, its negation its own.</param>
internal sealed record DiplomaDefinition(string Label, int? Level, bool Cip, bool CnamFirstCycle, bool RequiresPossession, bool Own = false);

/// <summary>A day named by the calendar ("Noël": 25/12), from the lexicon's "day/month".</summary>
internal readonly record struct NamedDay(int Day, int Month)
{
    public static NamedDay Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2024, month))
        {
            throw new InvalidDataException($"Lexicon: bad named day '{text}' (expected day/month, e.g. 25/12).");
        }
        return new NamedDay(day, month);
    }
}

/// <summary>"day+1", "week+0", "month-1"... from the lexicon.</summary>
internal readonly record struct RelativeDate(DateKind Unit, int Offset)
{
    public static RelativeDate Parse(string text)
    {
        var sign = text.IndexOfAny(['+', '-']);
        if (sign <= 0 || !int.TryParse(text.AsSpan(sign), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var offset))
        {
            throw new InvalidDataException($"Lexicon: bad relative date '{text}' (expected e.g. day+1).");
        }
        var unit = text[..sign] switch
        {
            "day" => DateKind.Day,
            "week" => DateKind.Week,
            "month" => DateKind.Month,
            "year" => DateKind.Year,
            _ => throw new InvalidDataException($"Lexicon: bad relative date unit in '{text}'."),
        };
        return new RelativeDate(unit, offset);
    }
}
