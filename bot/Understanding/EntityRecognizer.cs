namespace Cnam.Bot.Understanding;

/// <summary>The domain entities of an utterance, each list in the order the user said them.</summary>
public sealed record DomainEntities(
    IReadOnlyList<Programme> Programmes,
    IReadOnlyList<Parcours> ParcoursList,
    IReadOnlyList<Centre> Centres,
    IReadOnlyList<Modality> Modalities,
    IReadOnlyList<Funding> Fundings,
    int? JobSeekerCategory,
    int? PlanYears,
    IReadOnlyList<string> UeCodes)
{
    public static readonly DomainEntities Empty = new([], [], [], [], [], null, null, []);

    /// <summary>The words that named a programme ("licence pro intervention sociale"): no subject of the question.</summary>
    public IReadOnlySet<string> ProgrammeWords { get; init; } = NoWords;

    private static readonly IReadOnlySet<string> NoWords = new HashSet<string>();

    public Programme? Programme => Programmes.Count > 0 ? Programmes[0] : null;
    public Parcours? Parcours => ParcoursList.Count > 0 ? ParcoursList[0] : null;
    public Modality? Modality => Modalities.Count > 0 ? Modalities[0] : null;

    /// <summary>The centres named, as the knowledge base names them, each once: two when a question compares them.</summary>
    public List<string> CentresNamed() => Centres.Select(c => c.CentreName()).Distinct(StringComparer.Ordinal).ToList();
    public Funding? Funding => Fundings.Count > 0 ? Fundings[0] : null;

    /// <summary>The most precise centre said: a Réunion site ("Le Port") rather than "La Réunion".</summary>
    public Centre? Centre
    {
        get
        {
            foreach (var c in Centres)
            {
                if (c.IsSite())
                {
                    return c;
                }
            }
            return Centres.Count > 0 ? Centres[0] : null;
        }
    }
}

/// <summary>
/// Programme (LP110, CASP/CPN42, CP29), parcours, centre, modality, funding, job-seeker category, plan length
/// ("étalé sur deux ans") and UE codes ("TRS107", "trs 107"), from the synonyms of the lexicon.
/// </summary>
public sealed class EntityRecognizer(Lexicon lexicon, NumberRecognizer numbers, IReadOnlySet<string>? catalogueCodes = null)
{
    private readonly HashSet<string> _uePrefixes = BuildPrefixes(lexicon, catalogueCodes);

    public EntityRecognizer(Lexicon lexicon) : this(lexicon, new NumberRecognizer(lexicon))
    {
    }

    public DomainEntities Recognize(NormalizedText text)
    {
        var tokens = text.TokenArray;
        var durations = new DurationRecognizer(lexicon, numbers).Recognize(tokens, null);
        return Recognize(tokens, durations, new bool[tokens.Length]);
    }

    /// <param name="claimed">Tokens already read as dates, diplomas or workplaces; receives the tokens read here.</param>
    internal DomainEntities Recognize(ReadOnlySpan<Token> tokens, IReadOnlyList<DurationMention> durations, bool[] claimed) =>
        Finish(tokens, PreScan(tokens, durations, claimed), claimed);

    /// <summary>First pass: UE codes, plan length and job-seeker category, which take their numbers before anyone else.</summary>
    internal PreScanned PreScan(ReadOnlySpan<Token> tokens, IReadOnlyList<DurationMention> durations, bool[] claimed) =>
        new(FindUeCodes(tokens, claimed), FindPlanYears(tokens, durations, claimed), FindJobSeekerCategory(tokens, claimed));

    /// <summary>Second pass: the synonyms of programmes, parcours, centres, modalities and fundings.</summary>
    /// <param name="notTitleWords">When given, receives the tokens of a funding or a centre ("demandeur d'emploi", "La
    /// Réunion"): words that also appear in UE titles ("… du travail et de l'emploi") but name no UE here.</param>
    internal DomainEntities Finish(ReadOnlySpan<Token> tokens, PreScanned first, bool[] claimed, bool[]? notTitleWords = null)
    {
        foreach (var blocker in lexicon.EntityBlockers.FindAll(tokens, claimed))
        {
            Array.Fill(claimed, true, blocker.Start, blocker.Length);
        }
        var programmes = new List<Programme>();
        var parcours = new List<Parcours>();
        var centres = new List<Centre>();
        var modalities = new List<Modality>();
        var fundings = new List<Funding>();
        HashSet<string>? programmeWords = null;
        foreach (var match in lexicon.Entities.FindAll(tokens, claimed))
        {
            foreach (var value in match.Values)
            {
                switch (value.Value)
                {
                    case Programme p:
                        AddOnce(programmes, p);
                        programmeWords ??= new HashSet<string>(StringComparer.Ordinal);
                        AddProgrammeWords(tokens, match, programmeWords);
                        break;
                    case Parcours p: AddOnce(parcours, p); break;
                    case Centre c: AddOnce(centres, c); break;
                    case Modality m: AddOnce(modalities, m); break;
                    case Funding f: AddOnce(fundings, f); break;
                }
            }
            if (notTitleWords is not null && match.Values.Any(v => v.Value is Funding or Centre))
            {
                Array.Fill(notTitleWords, true, match.Start, match.Length);
            }
            Array.Fill(claimed, true, match.Start, match.Length);
        }
        if (first.JobSeekerCategory is not null)
        {
            AddOnce(fundings, Funding.JobSeeker);
        }
        if (parcours.Count > 0 && programmes.Count == 0)
        {
            // Only the licence has parcours.
            programmes.Add(Programme.LicencePro);
        }
        var entities = new DomainEntities(programmes, parcours, centres, modalities, fundings, first.JobSeekerCategory, first.PlanYears, first.UeCodes);
        return programmeWords is null ? entities : entities with { ProgrammeWords = programmeWords };
    }

    /// <summary>
    /// The words of a programme's name: the match's, and those of a longer name that starts inside it ("la licence" matched
    /// first in "la licence pro intervention sociale").
    /// </summary>
    private void AddProgrammeWords(ReadOnlySpan<Token> tokens, PhraseMatch<EntityValue> match, HashSet<string> words)
    {
        var end = match.End;
        for (var k = match.Start + 1; k < match.End; k++)
        {
            if (lexicon.Entities.TryMatchAt(tokens, k, null, out var longer) && longer.Values.Any(v => v.Value is Programme))
            {
                end = Math.Max(end, longer.End);
            }
        }
        foreach (var token in tokens[match.Start..end])
        {
            words.Add(token.Text);
        }
    }

    internal sealed record PreScanned(List<string> UeCodes, int? PlanYears, int? JobSeekerCategory);

    private List<string> FindUeCodes(ReadOnlySpan<Token> tokens, bool[] claimed)
    {
        var codes = new List<string>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (claimed[i])
            {
                continue;
            }
            var text = tokens[i].Text;
            var cued = i > 0 && lexicon.UeCodeCues.Contains(tokens[i - 1].Text);
            if (SplitCode(text, out var prefix) && (_uePrefixes.Contains(prefix) || cued) || cued && LooksLikeACode(text))
            {
                // "TRS107"; "l'UE XYZ123", a code the catalogue does not have, which the answer says it does not know.
                AddOnce(codes, text.ToUpperInvariant());
                claimed[i] = true;
            }
            else if (_uePrefixes.Contains(text) && i + 1 < tokens.Length && !claimed[i + 1] && IsCodeNumber(tokens[i + 1].Text))
            {
                // "trs 107", "UA 211G"
                AddOnce(codes, (text + tokens[i + 1].Text).ToUpperInvariant());
                claimed[i] = claimed[i + 1] = true;
                i++;
            }
        }
        return codes;
    }

    /// <summary>"trs107" -> "trs"; "ua211g" -> "ua"; "ua2322" -> "ua"; letters 2-5, digits 2-4, an optional final letter.</summary>
    private static bool SplitCode(string text, out string prefix)
    {
        prefix = string.Empty;
        var letters = 0;
        while (letters < text.Length && char.IsAsciiLetterLower(text[letters]))
        {
            letters++;
        }
        if (letters is < 2 or > 5 || !IsCodeNumber(text[letters..]))
        {
            return false;
        }
        prefix = text[..letters];
        return true;
    }

    /// <summary>
    /// "l'UE USOA3F": after a word naming a UE, letters and digits mixed (4 to 8 of them, a digit and two letters at least) are a code
    /// the person read somewhere, in a shape the catalogue's codes do not have; the answer says it does not know it.
    /// </summary>
    private static bool LooksLikeACode(string text) =>
        text.Length is >= 4 and <= 8 && text.All(char.IsAsciiLetterOrDigit)
        && text.Count(char.IsAsciiDigit) is var digits && digits >= 1 && text.Length - digits >= 2;

    private static bool IsCodeNumber(string text)
    {
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }
        return digits is >= 2 and <= 4 && (text.Length == digits || (text.Length == digits + 1 && char.IsAsciiLetterLower(text[^1])));
    }

    /// <summary>"sur 2 ans", "étalé sur deux ans", "en un an": the plan length in years (1 to 3).</summary>
    private int? FindPlanYears(ReadOnlySpan<Token> tokens, IReadOnlyList<DurationMention> durations, bool[] claimed)
    {
        foreach (var d in durations)
        {
            if (claimed[d.Start] || d.Unit != DurationUnit.Year || d.Months is not (12 or 24 or 36)
                || !(lexicon.PlanCues.EndsAt(tokens, d.Start, 3) || LengthOfTheLicence(tokens, d)))
            {
                continue;
            }
            Array.Fill(claimed, true, d.Start, d.Length);
            return (int)(d.Months / 12);
        }
        return null;
    }

    /// <summary>"licence 2 ans": one or two years right after the licence's name, not followed by words of experience.</summary>
    private bool LengthOfTheLicence(ReadOnlySpan<Token> tokens, DurationMention d) =>
        d.Months is 12 or 24 && lexicon.ProgrammePlanCues.EndsAt(tokens, d.Start, 2)
        && !(d.Start + d.Length < tokens.Length && lexicon.ExperienceFollowers.Contains(tokens[d.Start + d.Length].Text));

    /// <summary>"catégorie 1", "cat. 5 à 8", "catégorie B".</summary>
    private int? FindJobSeekerCategory(ReadOnlySpan<Token> tokens, bool[] claimed)
    {
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (claimed[i] || !lexicon.JobSeekerCategoryCues.Contains(tokens[i].Text))
            {
                continue;
            }
            var next = tokens[i + 1].Text;
            if (numbers.TryParse(tokens, i + 1, allowArticle: false, out var value, out var length) && value is >= 1 and <= 8
                && value == Math.Floor(value))
            {
                Array.Fill(claimed, true, i, 1 + length);
                return (int)value;
            }
            if (lexicon.JobSeekerCategoryLetters.TryGetValue(next, out var fromLetter))
            {
                claimed[i] = claimed[i + 1] = true;
                return fromLetter;
            }
        }
        return null;
    }

    private static HashSet<string> BuildPrefixes(Lexicon lexicon, IReadOnlySet<string>? catalogueCodes)
    {
        var prefixes = new HashSet<string>(lexicon.UePrefixes, StringComparer.Ordinal);
        foreach (var code in catalogueCodes ?? new HashSet<string>())
        {
            if (SplitCode(code.ToLowerInvariant(), out var prefix))
            {
                prefixes.Add(prefix);
            }
        }
        return prefixes;
    }

    private static void AddOnce<T>(List<T> list, T value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }
}
