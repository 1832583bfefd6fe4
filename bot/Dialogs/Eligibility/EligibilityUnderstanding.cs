using Cnam.Bot.Dialogs.Framework.Prompts;
using Cnam.Bot.Knowledge.Text;
using Cnam.Bot.Understanding;
using U = Cnam.Bot.Understanding;

namespace Cnam.Bot.Dialogs.Eligibility;

/// <summary>
/// Reads the applicant's words into <see cref="EligibilityAnswers"/>: everything the understanding layer found in
/// a sentence (several slots at once: "un BTS ESF et 3 ans en mission locale"), a bare answer read as what was just
/// asked ("3 ans", "un BTS"), a button (choice value) or a card submission. Pure.
/// </summary>
public sealed class EligibilityUnderstanding(IUtteranceRecognizer recognizer)
{
    // Answers that mean "none" or "I don't know" only because of the question they answer.
    private static readonly HashSet<string> NoneWords =
        ["aucun", "aucune", "rien", "non", "pas de diplome", "aucun diplome", "sans diplome", "jamais", "pas d experience", "aucune experience",
         "none", "no", "nothing", "pas du tout", "zero", "0"];

    private static readonly HashSet<string> DontKnowWords =
        ["je ne sais pas", "je sais pas", "sais pas", "j sais pas", "chais pas", "aucune idee", "je ne sais pas encore", "pas encore decide",
         "je n ai pas d idee", "conseillez moi", "conseille moi", "vous me conseillez", "a vous de me dire", "je ne sais pas trop",
         "aidez moi a choisir", "i don t know", "not sure", "no idea", "i have no idea", "i m not sure", "laquelle me conviendrait", "je ne connais pas"];

    // A first sentence asking which programme to choose ("quelle formation" covers "quelle formation choisir / pour moi /
    // pour évoluer / me correspond"...).
    private static readonly string[] AdviceWords =
        ["me conseillez", "conseillez vous", "me conseilleriez", "me recommandez", "recommandez vous", "quelle formation",
         "quelles formations", "laquelle choisir", "laquelle me correspond", "laquelle me conviendrait", "which programme", "which course",
         "which one should i", "que puis je faire", "qu est ce que je peux faire", "je peux faire quoi", "on peut faire quoi",
         "what can i do", "what can i study", "aider a choisir", "choisir une formation", "a quoi puis je pretendre",
         "que me proposez vous", "vous me proposez quoi", "que pouvez vous me proposer", "me suggerez", "suggerez vous",
         "quel cursus", "what do you recommend", "what would you recommend", "do you recommend", "would you recommend",
         "what do you suggest", "what would you suggest", "which program", "what should i study", "what are my options",
         "advise me", "help me choose", "par quoi commencer", "par ou commencer", "quelle voie", "quelle formation suivre",
         "quoi faire", "que faire", "je peu faire quoi", "peut faire quoi", "where do i start", "where should i start", "how do i start", "what should i do",
         "quelles options", "mes options", "quelles possibilites", "mes possibilites", "quelles solutions", "quelles pistes",
         "what options", "my options", "what are my choices", "je ne sais pas laquelle", "je ne sais pas quelle formation",
         "don t know which one", "don t know which programme", "not sure which programme"];

    /// <summary>"quelle formation me conseillez-vous ?", "je peux faire quoi ?": which programme to choose (folded text).</summary>
    public static bool AsksAdvice(string folded) =>
        AdviceWords.Any(w => (" " + folded + " ").Contains(" " + w + " ", StringComparison.Ordinal));

    /// <summary><see cref="AsksAdvice(string)"/> in the words typed or in their SMS spellings expanded ("je peux faire koi").</summary>
    public static bool AsksAdvice(Utterance u) => AsksAdvice(Fold(u.Raw)) || AsksAdvice(u.Normalized);

    private static readonly HashSet<string> BackWords =
        ["retour", "revenir", "precedent", "question precedente", "revenir en arriere", "retour en arriere", "je me suis trompe",
         "je me suis trompee", "erreur", "corriger", "back", "go back", "previous", "previous question", "undo", "i made a mistake"];

    /// <summary>The turn's own message as the topics recognised it (the turn keeps that recognition).</summary>
    public Utterance RecognizeTurn(Protocol.TurnContext turn, string text) => recognizer.Recognize(turn, text);

    /// <summary>Recognises a message with what was just asked as context.</summary>
    public Utterance Recognize(string? text, DateTimeOffset now, EligibilitySlot? expecting) =>
        recognizer.Recognize(text, now, new RecognizerContext(Expecting: Expectation(expecting)));

    /// <summary>"retour", "question précédente": take the last answer back.</summary>
    public static bool IsBack(string? text) => BackWords.Contains(Fold(text));

    /// <summary>Everything the utterance tells, added to <paramref name="a"/>; newer words win.</summary>
    public static EligibilityAnswers Apply(EligibilityAnswers a, Utterance u, EligibilitySlot? expecting)
    {
        var e = u.Entities;
        var folded = Fold(u.Raw);
        if (Dialogs.Questions.Slots.ProgrammeCode(e.Programme) is { } code)
        {
            a = a with { Programme = code, ProgrammeUnknown = false, RecommendedBy = null };
        }
        if (e.Parcours is { } parcours)
        {
            a = a with { Programme = a.Programme ?? "LP110", Parcours = parcours == U.Parcours.InsertionCulture ? "insertion-culture" : "insertion-pro" };
        }
        if (expecting == EligibilitySlot.Programme && a.Programme is null && DontKnow(folded))
        {
            a = a with { ProgrammeUnknown = true };
        }
        else if (expecting is null && a.Programme is null && AsksAdvice(u))
        {
            // "Éducatrice depuis 8 ans, quelle formation me conseillez-vous ?": the bot recommends one from the profile.
            a = a with { ProgrammeUnknown = true };
        }
        // Two centres or two modalities named ("Paris ou La Réunion ?", "la différence entre cours du jour et cours du
        // soir ?") compare them: neither is an answer.
        if (e.Centre is { } centre && e.Domain.CentresNamed().Count == 1)
        {
            a = a with { Centre = centre.CentreName() };
        }
        if (e.Diploma is { } diploma && (diploma.Held || diploma.Negated || expecting == EligibilitySlot.Diploma || DescribesThePerson(diploma)))
        {
            a = WithDiploma(a, diploma);
        }
        else if (expecting == EligibilitySlot.Diploma && NoneWords.Contains(folded))
        {
            a = a with { DiplomaLevel = 0, StudyLevelOnly = false, Cip = false, CnamFirstCycle = false, DiplomaLabel = a.L("aucun diplôme", "no diploma") };
        }
        if (e.Experience is { } experience)
        {
            if (experience.Months is { } months)
            {
                a = a with { ExperienceMonths = months };
            }
            if (experience.Field is { } field)
            {
                a = a with { ExperienceField = FieldId(field) };
            }
        }
        if (expecting is EligibilitySlot.Experience or EligibilitySlot.ExperienceField && e.Experience is null && NoneWords.Contains(folded))
        {
            a = a with { ExperienceMonths = 0, ExperienceField = "aucune" };
        }
        if (a.ExperienceMonths == 0)
        {
            a = a with { ExperienceField = "aucune" };
        }
        else if (a.ExperienceField == "aucune" && a.ExperienceMonths > 0)
        {
            a = a with { ExperienceField = null };
        }
        if (e.Modality is U.Modality.Day or U.Modality.Evening && e.Domain.Modalities.Distinct().Count() == 1)
        {
            a = a with { Modality = e.Modality == U.Modality.Day ? "jour" : "soir" };
        }
        if (e.PlanYears is { } years and (1 or 2))
        {
            a = a with { PlanYears = years };
        }
        else if (expecting == EligibilitySlot.PlanYears && e.Durations is [{ Unit: DurationUnit.Year, Value: 1 or 2 } d])
        {
            a = a with { PlanYears = (int)d.Value };
        }
        if (e.Funding is { } funding)
        {
            a = a with { FundingSaid = funding, Funding = null };
        }
        if (e.JobSeekerCategory is { } category and >= 1 and <= 8)
        {
            a = a with { JobSeekerCategory = category };
        }
        return a;
    }

    /// <summary>A button's value (or a typed choice) for <paramref name="slot"/>; see <see cref="EligibilityQuestions.Choices"/>.</summary>
    public static EligibilityAnswers ApplyChoice(EligibilityAnswers a, EligibilitySlot slot, string value)
    {
        switch (slot)
        {
            case EligibilitySlot.Programme when value == EligibilityQuestions.DontKnow:
                return a with { ProgrammeUnknown = true, Programme = null };
            case EligibilitySlot.Programme:
                var parts = value.Split(':');
                return a with { Programme = parts[0], Parcours = parts.Length > 1 ? parts[1] : a.Parcours, ProgrammeUnknown = false };
            case EligibilitySlot.Centre:
                return a with { Centre = value };
            case EligibilitySlot.Parcours:
                return a with { Parcours = value };
            case EligibilitySlot.Diploma:
                var (kind, level) = (value.Split(':')[0], int.TryParse(value.Split(':')[^1], out var l) ? l : 0);
                return kind switch
                {
                    // One button for both: the documents give them the same access (LP110's titles rule).
                    "titles" => a with { DiplomaLevel = Math.Max(a.DiplomaLevel ?? 0, 5), Cip = true, CnamFirstCycle = true, StudyLevelOnly = false, DiplomaLabel = a.L("titre CIP ou titre de premier cycle du Cnam", "CIP title or Cnam first-cycle title") },
                    "study" => a with { DiplomaLevel = level, StudyLevelOnly = true, DiplomaLabel = a.L("niveau bac", "bac level") },
                    _ => a with { DiplomaLevel = level, StudyLevelOnly = false, DiplomaLabel = null },
                };
            case EligibilitySlot.Experience:
                var months = int.TryParse(value, out var m) ? m : 0;
                return a with { ExperienceMonths = months, ExperienceField = months == 0 ? "aucune" : a.ExperienceField == "aucune" ? null : a.ExperienceField };
            case EligibilitySlot.ExperienceField:
                return a with { ExperienceField = value };
            case EligibilitySlot.Modality:
                return a with { Modality = value };
            case EligibilitySlot.PlanYears:
                return a with { PlanYears = int.TryParse(value, out var y) ? y : null };
            case EligibilitySlot.Funding:
                return a with { Funding = value, FundingSaid = null };
            case EligibilitySlot.JobSeekerCategory:
                return a with { JobSeekerCategory = int.TryParse(value, out var c) ? c : null };
            default:
                return a;
        }
    }

    /// <summary>True once <paramref name="slot"/> has an answer.</summary>
    public static bool Has(EligibilityAnswers a, EligibilitySlot slot) => slot switch
    {
        EligibilitySlot.Programme => a.Programme is not null || a.ProgrammeUnknown,
        EligibilitySlot.Centre => a.Centre is not null,
        EligibilitySlot.Parcours => a.Parcours is not null,
        EligibilitySlot.Diploma => a.DiplomaLevel is not null,
        EligibilitySlot.Experience => a.ExperienceMonths is not null,
        EligibilitySlot.ExperienceField => a.ExperienceField is not null,
        EligibilitySlot.Modality => a.Modality is not null,
        EligibilitySlot.PlanYears => a.PlanYears is not null,
        EligibilitySlot.Funding => a.Funding is not null || a.FundingSaid is not null,
        EligibilitySlot.JobSeekerCategory => a.JobSeekerCategory is not null,
        _ => false,
    };

    /// <summary>The answer to <paramref name="slot"/>, to tell a correction from the same answer given again.</summary>
    public static object? ValueOf(EligibilityAnswers a, EligibilitySlot slot) => slot switch
    {
        EligibilitySlot.Programme => a.ProgrammeUnknown ? "?" : a.Programme,
        EligibilitySlot.Centre => a.Centre,
        EligibilitySlot.Parcours => a.Parcours,
        EligibilitySlot.Diploma => (a.DiplomaLevel, a.DiplomaLabel, a.Cip, a.CnamFirstCycle, a.StudyLevelOnly),
        EligibilitySlot.Experience => a.ExperienceMonths,
        EligibilitySlot.ExperienceField => a.ExperienceField,
        EligibilitySlot.Modality => a.Modality,
        EligibilitySlot.PlanYears => a.PlanYears,
        EligibilitySlot.Funding => (a.Funding, a.FundingSaid),
        EligibilitySlot.JobSeekerCategory => a.JobSeekerCategory,
        _ => null,
    };

    /// <summary>The answers without <paramref name="slot"/> (for "retour").</summary>
    public static EligibilityAnswers Clear(EligibilityAnswers a, EligibilitySlot slot) => slot switch
    {
        EligibilitySlot.Programme => a with { Programme = null, ProgrammeUnknown = false, RecommendedBy = null, Parcours = null },
        EligibilitySlot.Centre => a with { Centre = null },
        EligibilitySlot.Parcours => a with { Parcours = null },
        EligibilitySlot.Diploma => a with { DiplomaLevel = null, StudyLevelOnly = false, Cip = false, CnamFirstCycle = false, DiplomaLabel = null },
        EligibilitySlot.Experience => a with { ExperienceMonths = null, ExperienceField = a.ExperienceField == "aucune" ? null : a.ExperienceField },
        EligibilitySlot.ExperienceField => a with { ExperienceField = null },
        EligibilitySlot.Modality => a with { Modality = null, PlanYears = null },
        EligibilitySlot.PlanYears => a with { PlanYears = null },
        EligibilitySlot.Funding => a with { Funding = null, FundingSaid = null, JobSeekerCategory = null },
        EligibilitySlot.JobSeekerCategory => a with { JobSeekerCategory = null },
        _ => a,
    };

    /// <summary>A typed answer matched against the buttons of the question (number, title, synonym, close spelling).</summary>
    public static string? MatchChoice(string? text, IReadOnlyList<Choice> choices) =>
        ChoiceRecognizer.Recognize(text, choices)?.Value;

    public static string? FieldId(ExperienceField field) => field switch
    {
        ExperienceField.Insertion => "insertion",
        ExperienceField.AccompagnementSocialProfessionnel => "accompagnement-social-professionnel",
        ExperienceField.AccueilInformationOrientation => "accueil-information-orientation",
        ExperienceField.Other => "autre",
        ExperienceField.None => "aucune",
        _ => null,
    };

    private static EligibilityAnswers WithDiploma(EligibilityAnswers a, DiplomaMention d)
    {
        var level = d.Level ?? (d.IsCip || d.IsCnamFirstCycle ? 5 : null);
        if (level is null)
        {
            return a;
        }
        if (d.Negated)
        {
            // "je n'ai pas le bac": below that level, nothing more is known.
            return a with { DiplomaLevel = Math.Max(0, level.Value - 1), StudyLevelOnly = false, Cip = false, CnamFirstCycle = false, DiplomaLabel = a.L($"pas de {d.Label}", $"no {d.Label}") };
        }
        var studyOnly = FrenchText.Fold(d.Label).StartsWith("niveau", StringComparison.Ordinal);
        return a with { DiplomaLevel = level, StudyLevelOnly = studyOnly, Cip = d.IsCip, CnamFirstCycle = d.IsCnamFirstCycle, DiplomaLabel = d.Label };
    }

    /// <summary>
    /// "aucun diplôme", "niveau terminale": said by an applicant, these describe them, with no "j'ai" needed (a
    /// named diploma alone, as in "faut-il le bac ?", does not).
    /// </summary>
    private static bool DescribesThePerson(DiplomaMention d) =>
        d.Level == 0 || FrenchText.Fold(d.Label).StartsWith("niveau", StringComparison.Ordinal);

    /// <summary>"je ne sais pas", "aucune idée", "conseillez-moi": the person cannot choose.</summary>
    public static bool SaysDontKnow(string? text) => DontKnow(Fold(text ?? ""));

    private static bool DontKnow(string folded)
    {
        // "euh je sais pas", "bah euh I don't know": hesitations before it do not count.
        while (Fillers.FirstOrDefault(f => folded.StartsWith(f + " ", StringComparison.Ordinal)) is { } filler)
        {
            folded = folded[(filler.Length + 1)..];
        }
        return DontKnowWords.Any(w => folded == w || folded.StartsWith(w + " ", StringComparison.Ordinal));
    }

    private static readonly string[] Fillers = ["euh", "heu", "hmm", "bah", "ben", "bof", "alors", "um", "uh", "well", "hm"];

    // "pourquoi ?", "pourquoi vous demandez ça ?", "why do you need this?": why the question is asked, in a few words.
    private static readonly string[] WhyWords = ["pourquoi", "pour quoi faire", "a quoi ca sert", "a quoi ca va servir", "why", "what for"];

    /// <summary>A short reply asking why the question is asked (the caller checks that it asks about no topic).</summary>
    public static bool AsksWhy(string? text)
    {
        var folded = Fold(text);
        return folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 7
            && WhyWords.Any(w => folded == w || folded.StartsWith(w + " ", StringComparison.Ordinal));
    }

    // "c'est bon ?", "ça suffit ?", "is that ok?" in the middle of the questions: whether the person is through.
    private static readonly string[] ConfirmWords =
        ["c est bon", "ca suffit", "ca passe", "c est ok", "ca marche", "c est possible alors", "donc c est bon", "alors c est bon",
         "is that ok", "is that enough", "is it ok", "am i ok", "so am i in", "am i in"];

    /// <summary>A short reply asking whether it is settled ("c'est bon ?", "is that ok?"), with its question mark.</summary>
    public static bool AsksIfSettled(string? text) =>
        text?.Contains('?', StringComparison.Ordinal) == true && Fold(text) is var folded
        && folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5 && ConfirmWords.Any(w => folded == w || folded.StartsWith(w + " ", StringComparison.Ordinal)
            || folded.EndsWith(" " + w, StringComparison.Ordinal));

    /// <summary>"pourquoi ?", "mais pourquoi ?", "why not?": why, and nothing else asked.</summary>
    public static bool AsksOnlyWhy(string? text)
    {
        var words = Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w is "mais" or "et" or "but" or "and").ToList();
        return words.Count is > 0 and <= 3 && AsksWhy(string.Join(' ', words))
            && words.Skip(1).All(w => w is "donc" or "ca" or "cela" or "pas" or "non" or "not" or "is" or "that" or "so");
    }

    private static Expectation Expectation(EligibilitySlot? slot) => slot switch
    {
        EligibilitySlot.Programme or EligibilitySlot.Parcours => U.Expectation.Programme,
        EligibilitySlot.Centre => U.Expectation.Centre,
        EligibilitySlot.Diploma => U.Expectation.Diploma,
        EligibilitySlot.Experience or EligibilitySlot.ExperienceField => U.Expectation.Experience,
        EligibilitySlot.Modality or EligibilitySlot.PlanYears => U.Expectation.Modality,
        EligibilitySlot.Funding or EligibilitySlot.JobSeekerCategory => U.Expectation.Funding,
        _ => U.Expectation.None,
    };

    private static string Fold(string? text) => FrenchText.Fold(text).Trim();
}
