namespace Cnam.Bot.Understanding;

/// <summary>French or English, from the function words of each lexicon ("what", "the", "do" vs "le", "est", "je"); French when unsure.</summary>
public sealed class LanguageDetector(Lexicon lexicon)
{
    public const string French = "fr";
    public const string English = "en";

    public string Detect(NormalizedText text) => Detect(text.TokenArray, null);

    internal string Detect(ReadOnlySpan<Token> tokens, string? raw) => Decide(tokens, raw).Language;

    /// <summary>
    /// The language, and whether the words said it: "bye", "ok" or "LP110" have no word of either language (or as many
    /// of each), and the language is then French by default only.
    /// </summary>
    internal (string Language, bool Known) Decide(ReadOnlySpan<Token> tokens, string? raw)
    {
        var french = 0;
        var english = 0;
        foreach (var token in tokens)
        {
            // The words typed, before SMS expansion: "c" must not count as French "c est" twice.
            var fr = lexicon.FrenchFunctionWords.Contains(token.Text);
            var en = lexicon.EnglishFunctionWords.Contains(token.Text);
            if (fr && !en)
            {
                french++;
            }
            else if (en && !fr)
            {
                english++;
            }
        }
        if (raw is not null && raw.AsSpan().IndexOfAny("éèêàçùâîôûœ") >= 0)
        {
            french++;
        }
        return (english > french ? English : French, english != french);
    }
}
