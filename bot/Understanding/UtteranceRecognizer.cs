namespace Cnam.Bot.Understanding;

/// <summary>
/// The whole understanding pipeline. Order matters, because each recogniser claims the words it reads so the next
/// does not read them again: dates ("ce soir" is not the evening modality), quantities, diplomas ("titre CIP" is not
/// the CASP title), UE codes and plan length, work experience ("3 ans à Pôle emploi" is not a funding), then the
/// synonyms of programmes, centres, modalities and fundings, and last the intents.
/// </summary>
public sealed class UtteranceRecognizer : IUtteranceRecognizer
{
    private readonly UeCatalogMatcher _catalogue;

    public UtteranceRecognizer(Lexicon lexicon, IEnumerable<(string Code, string Title)> ueCatalogue)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(ueCatalogue);
        _catalogue = new UeCatalogMatcher(lexicon, ueCatalogue);
        Normalizer = new FrenchNormalizer(lexicon, _catalogue.Words);
        Numbers = new NumberRecognizer(lexicon);
        Durations = new DurationRecognizer(lexicon, Numbers);
        Dates = new DateRecognizer(lexicon, Numbers);
        Quantities = new QuantityRecognizer(lexicon, Numbers);
        Diplomas = new DiplomaRecognizer(lexicon, Numbers);
        Experience = new ExperienceRecognizer(lexicon, Durations);
        Entities = new EntityRecognizer(lexicon, Numbers, _catalogue.Codes);
        IntentClassifier = new IntentClassifier(lexicon);
        LanguageDetector = new LanguageDetector(lexicon);
    }

    /// <summary>A recogniser on the embedded lexicon.</summary>
    public static UtteranceRecognizer CreateDefault(IEnumerable<(string Code, string Title)>? ueCatalogue = null) =>
        new(Lexicon.Default, ueCatalogue ?? []);

    public FrenchNormalizer Normalizer { get; }
    public NumberRecognizer Numbers { get; }
    public DurationRecognizer Durations { get; }
    public DateRecognizer Dates { get; }
    public QuantityRecognizer Quantities { get; }
    public DiplomaRecognizer Diplomas { get; }
    public ExperienceRecognizer Experience { get; }
    public EntityRecognizer Entities { get; }
    public IntentClassifier IntentClassifier { get; }
    public LanguageDetector LanguageDetector { get; }
    public UeCatalogMatcher UeCatalogue => _catalogue;

    public Utterance Recognize(string? text, DateTimeOffset now, RecognizerContext? context = null)
    {
        context ??= RecognizerContext.Empty;
        var raw = text ?? string.Empty;
        var normalized = Normalizer.Normalize(raw);
        var tokens = normalized.TokenArray;
        if (tokens.Length == 0)
        {
            return new Utterance(raw, string.Empty, tokens, LanguageDetector.French, [], 0, UtteranceEntities.Empty) { LanguageKnown = false };
        }
        var today = DateOnly.FromDateTime(now.DateTime);
        var claimed = new bool[tokens.Length];

        // "je travaille en mission locale depuis 2019": for the experience, a time worked until today; it stays a date
        // for the rest ("quels cours depuis janvier 2023 ?").
        var since = Durations.RecognizeSince(tokens, today);
        var dates = Dates.Recognize(tokens, today, context, claimed);
        var quantities = Quantities.Recognize(tokens, claimed);
        var durations = Durations.Recognize(tokens, claimed);
        var datesOnly = (bool[])claimed.Clone();
        var diplomas = Diplomas.Recognize(tokens, context, claimed);
        var heldDiplomas = new bool[tokens.Length];
        foreach (var d in diplomas)
        {
            if (d.Held)
            {
                Array.Fill(heldDiplomas, true, d.Start, d.Length);
            }
        }
        var first = Entities.PreScan(tokens, durations, claimed);
        var freeDurations = durations.FindAll(d => !claimed[d.Start]);
        freeDurations.AddRange(since);
        var experience = Experience.Recognize(tokens, freeDurations, context, datesOnly, claimed);
        // A diploma held, a funding or a centre said is not a UE's title ("demandeur d'emploi" is not "… de l'emploi").
        var notTitleWords = (bool[])heldDiplomas.Clone();
        var domain = Entities.Finish(tokens, first, claimed, notTitleWords);
        var numbers = Numbers.Recognize(tokens, null);
        var ueTitles = _catalogue.Match(tokens, notTitleWords);

        var evidence = new IntentEvidence(
            Ue: domain.UeCodes.Count > 0 || ueTitles.Count > 0,
            Date: dates.Count > 0,
            Time: quantities.Times.Count > 0,
            Funding: domain.Fundings.Count > 0,
            DiplomaHeld: diplomas.Exists(d => d.Held),
            Experience: experience is not null,
            Credits: quantities.Credits.Count > 0,
            Parcours: domain.ParcoursList.Count > 0,
            Programme: domain.Programmes.Count > 0);
        var intents = IntentClassifier.Classify(tokens, evidence, heldDiplomas);
        var (language, known) = LanguageDetector.Decide(tokens, raw);
        var entities = new UtteranceEntities(domain, dates, numbers, durations, diplomas, experience, quantities, ueTitles);
        return new Utterance(raw, normalized.Normalized, tokens, language, intents.Intents, intents.OutOfScope, entities) { LanguageKnown = known };
    }
}
