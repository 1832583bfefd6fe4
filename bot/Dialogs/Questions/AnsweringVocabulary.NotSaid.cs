using Cnam.Bot.Knowledge.Text;

namespace Cnam.Bot.Dialogs.Questions;

// The words of what the documents do not cover (an age, a nationality, a diploma from abroad, an interview, a teacher, a
// welfare benefit, another funder, a thesis, opening hours, an internship at one's employer or abroad, its pay, paying in
// instalments, a free programme): each answer says so first, then what the documents do say.
public sealed partial class AnsweringVocabulary
{
    /// <summary>"reconnu à l'étranger ?", "recognised abroad?": a recognition the documents only give for France.</summary>
    public IReadOnlySet<string> AbroadWords { get; }

    /// <summary>Paying in several times: no document speaks of it, which the payment answer says first.</summary>
    public IReadOnlySet<string> InstalmentWords { get; }

    /// <summary>"le stage est-il rémunéré ?": the pay of an internship, which no document gives.</summary>
    public IReadOnlySet<string> InternshipPayWords { get; }

    /// <summary>Words of a question about the applicant's age ("y a-t-il une limite d'âge ?").</summary>
    public IReadOnlySet<string> AgeWords { get; }

    /// <summary>Words of a situation in life ("retraitée", "salarié", "student"), none of which the documents make an entry condition.</summary>
    public IReadOnlySet<string> SituationWords { get; }

    /// <summary>Folded phrases naming a diploma obtained abroad ("diplome etranger", "foreign degree").</summary>
    public IReadOnlyList<string> ForeignDiplomaPhrases { get; }

    /// <summary>Possessives ("mon", "my"), the diploma words they may own, and words of abroad.</summary>
    public IReadOnlySet<string> OwnWords { get; }
    public IReadOnlySet<string> OwnedDiplomaWords { get; }
    public IReadOnlySet<string> ForeignWords { get; }

    /// <summary>Folded phrases of a recognition in France ("reconnu en france").</summary>
    public IReadOnlyList<string> InFrancePhrases { get; }

    /// <summary>
    /// "j'ai un diplôme étranger", "je suis étrangère, mon diplôme marocain est-il reconnu ?", "I have a foreign degree": the
    /// person's diploma was obtained abroad ("la licence est-elle reconnue à l'étranger ?" is about ours).
    /// </summary>
    public bool SpeaksOfForeignDiploma(string question)
    {
        if (Says(question, ForeignDiplomaPhrases))
        {
            return true;
        }
        var words = FrenchText.Words(question).ToHashSet(StringComparer.Ordinal);
        return words.Overlaps(OwnWords) && words.Overlaps(OwnedDiplomaWords) && (words.Overlaps(ForeignWords) || Says(question, InFrancePhrases));
    }

    /// <summary>Words of an admission interview ("entretien", "interview").</summary>
    public IReadOnlySet<string> InterviewWords { get; }

    /// <summary>Folded phrases with an interview word that is no admission interview ("agent d entretien").</summary>
    public IReadOnlyList<string> NotInterviewPhrases { get; }

    /// <summary>True when the question asks about an admission interview ("faut-il passer un entretien ?").</summary>
    public bool AsksAnInterview(string question) => FirstSaid(question, _interviewWords, NotInterviewPhrases) is not null;

    private readonly List<string> _interviewWords;

    /// <summary>Words of a question about who teaches ("quel prof pour AST107 ?").</summary>
    public IReadOnlySet<string> TeacherWords { get; }

    /// <summary>Words asking when a contact is open ("horaires", "opening hours").</summary>
    public IReadOnlySet<string> OpeningHoursWords { get; }

    /// <summary>Words of a nationality ("nationalité", "étranger", "foreigner").</summary>
    public IReadOnlySet<string> NationalityWords { get; }

    /// <summary>Words of a thesis ("mémoire", "dissertation").</summary>
    public IReadOnlySet<string> ThesisWords { get; }

    /// <summary>Folded phrases of a place where one works ("chez mon employeur", "my current job").</summary>
    public IReadOnlyList<string> AtWorkPhrases { get; }

    /// <summary>True when the question places something where the person works (one of <see cref="AtWorkPhrases"/>).</summary>
    public bool SaysAtWork(string question) => Says(question, AtWorkPhrases);

    /// <summary>Folded phrases asking whether something is free ("gratuite", "free of charge").</summary>
    public IReadOnlyList<string> FreePhrases { get; }

    /// <summary>True when the question asks whether it is free (one of <see cref="FreePhrases"/>, as whole words).</summary>
    public bool AsksFree(string question) => Says(question, FreePhrases);

    /// <summary>Folded phrases naming a welfare benefit the documents never name ("rsa", "minima sociaux").</summary>
    public IReadOnlyList<string> BenefitPhrases { get; }

    /// <summary>The first of <see cref="BenefitPhrases"/> the question says (as whole words), or null.</summary>
    public string? BenefitNamed(string question) => FirstSaid(question, BenefitPhrases);

    private readonly Dictionary<string, string> _funderOf;
    private readonly List<string> _funderPhrases;

    /// <summary>A funder the documents never speak of that the question names ("par la Région" gives "la Région|the Region", French then English); null when none.</summary>
    public string? OtherFunderNamed(string question) => FirstSaid(question, _funderPhrases) is { } phrase ? _funderOf[phrase] : null;

    private readonly List<NotCoveredSubject> _notCovered;

    /// <summary>
    /// A subject no document covers that the question asks ("combien de places en cours du jour ?", "quel salaire ?"): what
    /// is said of it; null when the question asks none.
    /// </summary>
    public NotCoveredSubject? NotCoveredAsked(string question) => _notCovered.FirstOrDefault(n => Says(question, n.Phrases));

    /// <summary>The subject of that id (<see cref="NotCoveredSubject.Id"/>), or null.</summary>
    public NotCoveredSubject? NotCovered(string id) => _notCovered.FirstOrDefault(n => n.Id == id);
}

/// <summary>A subject no document covers: its id, what is said of it in French and English, the (folded) phrases that ask it.</summary>
public sealed record NotCoveredSubject(string Id, string French, string English, IReadOnlyList<string> Phrases);
