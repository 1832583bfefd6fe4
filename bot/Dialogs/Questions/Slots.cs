using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Text;
using Cnam.Bot.Understanding;
using U = Cnam.Bot.Understanding;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>
/// What a question is about once the utterance's entities are completed by the conversation's context:
/// programme, centre, modality, funding... in the knowledge base's own words (LP110, "La Réunion", soir...).
/// </summary>
public sealed record Slots(
    Utterance Utterance,
    DateTimeOffset Now,
    string? Programme,
    bool ProgrammeSaid,
    string? Centre,
    bool CentreSaid,
    string? Modality,
    bool ModalitySaid,
    IReadOnlyList<string> Fundings,
    bool FundingSaid,
    int? PlanYears,
    string? Parcours,
    IReadOnlyList<string> UeCodes,
    IReadOnlySet<string> Words)
{
    public string Language => Utterance.Language == "en" ? "en" : "fr";
    public string Question => Utterance.Raw;
    public bool English => Language == "en";

    /// <summary>French or English wording, by the language of the question.</summary>
    public string L(string french, string english) => English ? english : french;

    /// <summary>A colon as each language writes it: " :" in French, ":" in English.</summary>
    public string Colon => English ? ":" : " :";

    /// <summary>True when the question contains one of the folded words of <paramref name="set"/>.</summary>
    public bool Mentions(IReadOnlySet<string> set) => Words.Any(set.Contains);

    /// <summary>A follow-up of a planning answer about this day ("quelle UE jeudi ?" then "et le suivant ?"): the next class is after it.</summary>
    public DateOnly? AfterDay { get; init; }

    /// <summary>The programme the conversation was about before this one ("le CASP ?" then "et le CP29 ?"): "les deux" are both.</summary>
    public string? PreviousProgramme { get; init; }

    /// <summary>Resolves the slots of <paramref name="utterance"/>, falling back on <paramref name="context"/>.</summary>
    public static Slots Resolve(Utterance utterance, QuestionContext context, DateTimeOffset now, KnowledgeBase kb)
    {
        var e = utterance.Entities;
        var (ueCodes, byTitle) = UesNamed(utterance, kb);
        if (byTitle && e.Domain.Modalities.Count == 1 && ModalityId(e.Modality) is { } taught && kb.Plannings(null, null, taught) is { Count: > 0 } grids)
        {
            // "l'anglais en cours du jour": the English UE that modality's timetable holds (ANG200), not the one whose
            // title says "Anglais" (ANG320, taken instead of it in the evening).
            ueCodes = UeAlternatives.InGrids(kb, ueCodes, grids).ToList();
        }

        var programme = ProgrammeCode(e.Programme);
        var programmeSaid = programme is not null;
        var parcours = ParcoursId(e.Parcours);
        if (programme is null && parcours is not null)
        {
            programme = "LP110";
            programmeSaid = true;
        }
        if (programme is null && ueCodes.Count > 0)
        {
            programme = ProgrammeOfUe(kb, ueCodes[0]);
        }
        var centre = e.Centre?.CentreName();
        var centreSaid = centre is not null;

        // A new programme resets what belonged to the old one; otherwise the context completes the question. What was
        // said before any programme was named ("les UE à La Réunion ?" then "le CASP") goes with the first one named.
        var sameSubject = programme is null || programme == context.Programme || context.Programme is null;
        // The centre is the person's, not the programme's: it stays for another programme ("le CASP à La Réunion ?" then
        // "et le CP29 ?"), unless it only came from the licence, which is taught in Paris alone.
        var centreOfThePerson = sameSubject || context.Programme != "LP110";
        programme ??= context.Programme;
        centre ??= centreOfThePerson ? context.Centre : null;
        if (programme == "LP110")
        {
            centre ??= "Paris";
        }
        parcours ??= sameSubject ? context.Parcours : null;

        // Two modalities named ("plus cher en cours du jour ou du soir ?") compare them: neither narrows the answer.
        var modalitySaid = e.Domain.Modalities.Count > 0;
        var modality = e.Domain.Modalities.Count == 1 ? ModalityId(e.Modality) : null;
        var fundings = FundingIds(e.Funding, e.JobSeekerCategory);

        var words = FrenchText.Words(utterance.Normalized.Length > 0 ? utterance.Normalized : utterance.Raw).ToHashSet(StringComparer.Ordinal);
        var followUp = !utterance.ConfidentIntents.Any();
        var slots = new Slots(utterance, now, programme, programmeSaid, centre, centreSaid, modality, modalitySaid, fundings, fundings.Count > 0,
            e.PlanYears ?? (sameSubject ? context.PlanYears : null), parcours, ueCodes.Count > 0 ? ueCodes : (followUp ? context.LastUeCodes : []), words)
        {
            AfterDay = followUp && e.Dates.Count == 0 ? context.LastDay : null,
            PreviousProgramme = context.Programme is { } was && was != programme ? was
                : context.PreviousProgramme != programme ? context.PreviousProgramme : null,
        };
        // Modality, funding and plan length belong to the programme they were said for: a new programme starts afresh.
        return sameSubject ? slots.WithFrameOf(context) : slots;
    }

    /// <summary>
    /// The UE a message names: by their codes when it writes known ones ("TRS102"), else by a word of their titles ("le
    /// cours d'anglais", <paramref name="ByTitle"/>), at most two. The question answerer and the schedules read them so.
    /// </summary>
    public static (List<string> Codes, bool ByTitle) UesNamed(Utterance u, KnowledgeBase kb)
    {
        var codes = u.Entities.UeCodes.Select(c => c.ToUpperInvariant()).Where(c => kb.GetUe(c) is not null).Distinct().ToList();
        return codes.Count > 0 ? (codes, false)
            : u.Entities.UeTitles.Where(t => t.Score >= 0.85).Select(t => t.Code).Distinct().Take(2).ToList() is { Count: > 0 } titled ? (titled, true)
            : ([], false);
    }

    /// <summary>The knowledge base's id of a parcours the recogniser found ("insertion-pro"), null for none.</summary>
    public static string? ParcoursId(U.Parcours? parcours) => parcours switch
    {
        U.Parcours.InsertionProfessionnelle => "insertion-pro",
        U.Parcours.InsertionCulture => "insertion-culture",
        _ => null,
    };

    /// <summary>The ids of every parcours the question names, in its order.</summary>
    public IReadOnlyList<string> ParcoursNamed => Utterance.Entities.Domain.ParcoursList.Select(p => ParcoursId(p)).OfType<string>().Distinct().ToList();

    /// <summary>
    /// The modality and funding of the last question, unless this one says its own: the same programme's question keeps
    /// them (see <see cref="Resolve"/>), and so does a follow-up that only names another programme ("combien coûte la
    /// licence en cours du soir ?" then "et pour le CASP ?"), which asks the same about it. The plan length stays the old
    /// programme's own.
    /// </summary>
    public Slots WithFrameOf(QuestionContext context) => this with
    {
        Modality = ModalitySaid ? Modality : Modality ?? context.Modality,
        Fundings = FundingSaid || context.Funding is null ? Fundings : FundingIds(FundingOf(context.Funding), context.JobSeekerCategory),
    };

    /// <summary>The context to keep after this question.</summary>
    public QuestionContext Remember(IReadOnlyList<string> intents) => new()
    {
        Programme = Programme,
        // "moins cher à La Réunion qu'à Paris ?": two centres named, neither is the conversation's centre.
        Centre = Utterance.Entities.Domain.Centres.Count > 1 && Utterance.Entities.Domain.CentresNamed().Count > 1 ? null : Centre,
        Modality = Modality,
        Funding = Fundings.Count > 0 ? Fundings[0] : null,
        JobSeekerCategory = Utterance.Entities.JobSeekerCategory,
        PlanYears = PlanYears,
        Parcours = Parcours,
        LastIntents = intents,
        LastUeCodes = UeCodes,
        PreviousProgramme = PreviousProgramme,
    };

    /// <summary>The knowledge base's name of a modality: jour, soir, distance or alternance.</summary>
    public static string? ModalityId(U.Modality? modality) => modality switch
    {
        U.Modality.Day => "jour",
        U.Modality.Evening => "soir",
        U.Modality.Distance => "distance",
        U.Modality.Alternance => "alternance",
        _ => null,
    };

    public static string? ProgrammeCode(U.Programme? programme) => programme switch
    {
        U.Programme.LicencePro => "LP110",
        U.Programme.Casp => "CPN42",
        U.Programme.Cp29 => "CP29",
        _ => null,
    };

    /// <summary>The knowledge base's funding ids to try, best first, for what the user said.</summary>
    private static List<string> FundingIds(Funding? funding, int? category) => funding switch
    {
        Funding.Employer or Funding.Opco => ["employeur"],
        Funding.ThirdParty => ["tiers-payeur", "employeur"],
        Funding.Cpf => ["cpf"],
        Funding.Dif => ["dif"],
        Funding.Individual => ["individuel"],
        Funding.FranceTravail or Funding.JobSeeker => category switch
        {
            >= 1 and <= 4 => ["demandeur-emploi-cat-1-4", "demandeur-emploi", "pole-emploi"],
            >= 5 and <= 8 => ["demandeur-emploi-cat-5-8", "demandeur-emploi", "pole-emploi"],
            _ => funding == Funding.FranceTravail ? ["pole-emploi", "demandeur-emploi"] : ["demandeur-emploi", "pole-emploi"],
        },
        _ => [],
    };

    private static Funding? FundingOf(string id) => id switch
    {
        "employeur" => Funding.Employer,
        "tiers-payeur" => Funding.ThirdParty,
        "cpf" => Funding.Cpf,
        "dif" => Funding.Dif,
        "individuel" => Funding.Individual,
        "pole-emploi" => Funding.FranceTravail,
        _ when id.StartsWith("demandeur-emploi", StringComparison.Ordinal) => Funding.JobSeeker,
        _ => null,
    };

    private static string? ProgrammeOfUe(KnowledgeBase kb, string code) => kb.UnitsOfUe(code).FirstOrDefault()?.Programme.Code;
}
