using Cnam.Bot.Understanding;

namespace Cnam.Bot.Tests.Understanding;

/// <summary>One recogniser for every understanding test: the embedded lexicon and a small UE catalogue.</summary>
internal static class UnderstandingFixture
{
    /// <summary>Sunday 20 November 2022, 10:00 in Paris: the user's "now" of every test.</summary>
    public static readonly DateTimeOffset Now = new(2022, 11, 20, 10, 0, 0, TimeSpan.FromHours(1));

    /// <summary>A few UE of the catalogue, as the knowledge base would pass them.</summary>
    public static readonly IReadOnlyList<(string Code, string Title)> Catalogue =
    [
        ("TRS103", "Publics en difficulté et intervention sociale"),
        ("TRS102", "Les dispositifs d'insertion et leurs acteurs"),
        ("AST107", "Socio-dynamique des organisations et stratégies d'acteurs"),
        ("CCE105", "Pratiques orales et écrites de la communication professionnelle"),
        ("CCE113", "Méthodologie de construction du mémoire"),
        ("UASO08", "Conduite de projet en situation professionnelle"),
        ("AST113", "Analyse du marché du travail et des mondes économiques"),
        ("TRS107", "Conduite de projets collectifs en insertion professionnelle"),
        ("CCE109", "Conduite de projets collectifs en insertion par la culture"),
        ("AST002", "Champs de la sociologie"),
        ("PSY001", "Eléments de psychopathologie dans l'intervention sociale"),
        ("ANG200", "Anglais - Parcours d'apprentissage personnalisé"),
        ("UA211G", "Rédaction et soutenance d'un rapport d'expérience en situation d'accompagnement"),
        ("TET006", "Initiation aux questions du travail et de l'emploi"),
    ];

    public static readonly UtteranceRecognizer Recognizer = UtteranceRecognizer.CreateDefault(Catalogue);

    public static Utterance Recognize(string text, RecognizerContext? context = null) => Recognizer.Recognize(text, Now, context);

    public static NormalizedText Normalize(string text) => Recognizer.Normalizer.Normalize(text);
}
