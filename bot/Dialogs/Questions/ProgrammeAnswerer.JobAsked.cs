using Cnam.Bot.Knowledge.Text;
using FuzzySharp;
using KProgramme = Cnam.Bot.Knowledge.Model.Programme;

namespace Cnam.Bot.Dialogs.Questions;

public sealed partial class ProgrammeAnswerer
{
    /// <summary>
    /// "est-ce que la licence permet de devenir assistante sociale ?": a job named after a word of becoming is looked for in
    /// the jobs of the programmes answered, and the answer first says whether the documents list it (and, when they list it
    /// for another programme only, which one). Unchanged when the question names no job (<paramref name="job"/>, read once a
    /// turn by <see cref="JobAsked(Slots)"/>).
    /// </summary>
    private TopicResult WithJobAsked(Found answer, IReadOnlyList<KProgramme> answered, Slots s, JobNamed? job)
    {
        if (job is not var (words, asked))
        {
            return answer;
        }
        (KProgramme Programme, string? Job) FirstListing(IEnumerable<KProgramme> programmes) =>
            programmes.SelectMany(p => NamedJobs(p).Select(j => (Programme: p, Job: (string?)j.TrimEnd('.', ' ')))).FirstOrDefault(x => Lists(x.Job!, words));
        // Each programme answered that lists it ("Conseiller en insertion" for the CASP, "… niveau 2" for the licence).
        var listings = answered.DistinctBy(p => p.Code).Select(p => FirstListing([p])).Where(x => x.Job is not null).ToList();
        Provenance? elsewhereSource = null;
        string lead;
        if (listings.Count == 0 && answered.Select(p => (p.Code, Name: p.Aliases.Where(a => Lists(a, words)).MinBy(a => a.Length))).FirstOrDefault(x => x.Name is not null) is (var code, { } name))
        {
            // "c'est quoi un coordonnateur de projets collectifs en insertion ?": a name the documents give the programme itself.
            lead = s.L($"Mes documents nomment aussi {Format.Programme(code, "fr")} « {name} ». Les métiers qu'ils citent :",
                $"My documents also call {Format.Programme(code, "en")} \"{name}\". The jobs they list:");
        }
        else if (listings.Count > 0)
        {
            var fr = string.Join(" ; ", listings.Select(x => $"« {x.Job} » pour {Format.Programme(x.Programme.Code, "fr")}"));
            var en = string.Join("; ", listings.Select(x => $"\"{x.Job}\" for {Format.Programme(x.Programme.Code, "en")}"));
            // "la licence permet-elle de devenir …?" is answered yes; "quelle formation pour devenir …?" and "je veux devenir …"
            // by the programmes.
            lead = vocabulary.AsksYesOrNo(s) && vocabulary.JobDefined(s.Question) is null
                ? s.L($"Oui : parmi les métiers visés, mes documents citent {fr}.", $"Yes: among the jobs targeted, my documents list {en}.")
                : s.L($"Parmi les métiers visés, mes documents citent {fr}.", $"Among the jobs targeted, my documents list {en}.");
        }
        else
        {
            var scope = answered.Select(p => p.Code).Distinct().ToList() is [var one]
                ? s.L(Format.Programme(one, "fr"), Format.Programme(one, "en"))
                : s.L("ces formations", "these programmes");
            var elsewhere = FirstListing(kb.Programmes(null, null).Where(p => !answered.Any(a => a.Code == p.Code)));
            if (elsewhere.Job is not null)
            {
                elsewhereSource = Provenance.Of(elsewhere.Programme, elsewhere.Programme.Centre);
            }
            lead = s.L($"Mes documents ne citent pas « {asked} » parmi les métiers visés par {scope}", $"My documents do not list \"{asked}\" among the jobs targeted by {scope}")
                + (elsewhere.Job is null ? "" : s.L($" ; ils citent « {elsewhere.Job} » pour {Format.Programme(elsewhere.Programme.Code, "fr")}",
                    $"; they list \"{elsewhere.Job}\" for {Format.Programme(elsewhere.Programme.Code, "en")}"))
                + s.L(". Ceux qu'ils citent :", ". The ones they list:");
        }
        return answer.WithLead(lead, leadSources: [elsewhereSource]);
    }

    /// <summary>A job named: its folded words, and the words as the person wrote them.</summary>
    private sealed record JobNamed(List<string> Words, string Said);

    /// <summary>
    /// "c'est quoi un coordonnateur de projets d'insertion ?": the programme that lists the job asked the meaning of, or
    /// names itself by it (the licence's "Coordonnateur de projets collectifs en insertion"); null when none does.
    /// </summary>
    public string? ProgrammeOfDefinedJob(Slots s) =>
        Named(s, vocabulary.JobDefined(s.Question)) is { } job
            ? kb.Programmes(null, null).FirstOrDefault(p => NamedJobs(p).Concat(p.Aliases).Any(j => Lists(j, job.Words)))?.Code
            : null;

    /// <summary>The job named after a word of becoming ("devenir conseillère en insertion") or asked the meaning of, or null.</summary>
    private JobNamed? JobAsked(Slots s) => Named(s, vocabulary.JobAsked(s.Question) ?? vocabulary.JobDefined(s.Question));

    private static JobNamed? Named(Slots s, (int Start, int Count)? found)
    {
        if (found is not { } at)
        {
            return null;
        }
        var folded = FrenchText.Words(s.Question);
        var words = folded.Skip(at.Start).Take(at.Count).Where(w => w.Length > 2 && w is not ("des" or "and" or "the" or "pour" or "for")).ToList();
        // Said as the person wrote it: the same words with their accents, when the question splits into as many.
        var own = OwnWords(s.Question);
        return words.Count == 0 ? null : new JobNamed(words, string.Join(' ', (own.Length == folded.Length ? own : folded).Skip(at.Start).Take(at.Count)));
    }

    /// <summary>
    /// Every word asked is a word of the job, give or take its gender, number or spelling ("médiatrice sociale" /
    /// "Médiateur social", "coordinatrice" / "Coordonnateur").
    /// </summary>
    private static bool Lists(string job, IReadOnlyList<string> asked)
    {
        var jobWords = FrenchText.Words(job).Select(Masculine).ToList();
        // "conseillère en insertion professionnelle" is the "Conseiller en insertion" listed: the qualifier may be left out.
        return asked.Select(Masculine).Where(w => w != "professionnel")
            .All(w => jobWords.Any(j => j == w || j.Length > 3 && Fuzz.Ratio(j, w) >= 80));
    }

    /// <summary>A folded French word in the masculine singular, as job titles are listed: "médiatrices" -> "mediateur".</summary>
    private static string Masculine(string word)
    {
        var w = FrenchText.Stem(word);
        foreach (var (feminine, masculine) in (ReadOnlySpan<(string, string)>)[("trice", "teur"), ("euse", "eur"), ("elle", "el"), ("iere", "ier"), ("ere", "er"), ("ienne", "ien"), ("ale", "al"), ("ive", "if"), ("ante", "ant"), ("ente", "ent")])
        {
            if (w.Length > feminine.Length + 2 && w.EndsWith(feminine, StringComparison.Ordinal))
            {
                return w[..^feminine.Length] + masculine;
            }
        }
        return w;
    }

    /// <summary>The question's words lower-cased with their accents, split where <see cref="FrenchText.Words"/> splits.</summary>
    private static string[] OwnWords(string question) =>
        question.ToLowerInvariant().Split(question.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries);
}
