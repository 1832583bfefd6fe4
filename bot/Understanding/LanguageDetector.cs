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
        // A centre's name is the same in both languages: "Where is Cnam La Réunion located?" is English, its "La" and
        // its "é" notwithstanding.
        HashSet<string>? names = null;
        bool[]? inName = null;
        foreach (var match in lexicon.Entities.FindAll(tokens))
        {
            if (match.Values.Any(v => v.Kind == EntityKind.Centre))
            {
                inName ??= new bool[tokens.Length];
                names ??= new HashSet<string>(StringComparer.Ordinal);
                for (var i = match.Start; i < match.Start + match.Length; i++)
                {
                    inName[i] = true;
                    names.Add(tokens[i].Text);
                }
            }
        }
        for (var i = 0; i < tokens.Length; i++)
        {
            if (inName?[i] == true)
            {
                continue;
            }
            var token = tokens[i];
            // "what's", "it's": the English "'s" after an English word is not the French "s'" ("s'inscrire").
            if (token.Text == "s" && i > 0 && lexicon.EnglishFunctionWords.Contains(tokens[i - 1].Text))
            {
                continue;
            }
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
        if (raw is not null && HasFrenchLetterOutside(raw, names))
        {
            french++;
        }
        return (english > french ? English : French, english != french);
    }

    private static bool HasFrenchLetterOutside(string raw, HashSet<string>? names)
    {
        if (raw.AsSpan().IndexOfAny(FrenchLetters) < 0)
        {
            return false;
        }
        if (names is null)
        {
            return true;
        }
        foreach (var word in raw.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.AsSpan().IndexOfAny(FrenchLetters) >= 0 && !names.Contains(FrenchNormalizer.Fold(word)))
            {
                return true;
            }
        }
        return false;
    }

    private const string FrenchLetters = "éèêàçùâîôûœ";
    private static readonly char[] WordSeparators = [' ', '\'', '’', '-', ',', '.', '?', '!', ';', ':', '(', ')', '"'];
}
