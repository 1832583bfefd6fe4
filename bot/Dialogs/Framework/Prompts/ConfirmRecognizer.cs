using Cnam.Bot.Knowledge.Text;

namespace Cnam.Bot.Dialogs.Framework.Prompts;

/// <summary>
/// Yes or no in French (and English): "oui", "ouais", "d'accord", "ok", "pas du tout", "non merci", "yes"...
/// The longest known phrase that starts the answer wins, so "pas d'accord" is no and "oui, volontiers" yes.
/// Repeated letters are squeezed first ("ouiii", "nooon"). Pure function.
/// </summary>
public static class ConfirmRecognizer
{
    private static readonly string[] Yes =
    [
        "oui", "ouai", "ouais", "ouaip", "ouep", "wi", "o", "ok", "okay", "oki", "d accord", "dac", "bien sur", "absolument",
        "tout a fait", "exactement", "exact", "volontiers", "certainement", "evidemment", "carrement", "je veux bien",
        "avec plaisir", "c est ca", "c est bon", "parfait", "yes", "yep", "yeah", "y", "sure", "of course", "correct",
        "affirmatif", "vas y",
    ];

    private static readonly string[] No =
    [
        "non", "nan", "nope", "no", "n", "pas du tout", "non merci", "jamais", "absolument pas", "pas vraiment",
        "surtout pas", "certainement pas", "pas d accord", "pas question", "aucunement", "negatif", "pas encore",
        "pas maintenant", "no thanks", "not really", "nah",
    ];

    private static readonly (string Phrase, bool Value)[] Phrases = Yes.Select(p => (Squeeze(p), true))
        .Concat(No.Select(p => (Squeeze(p), false)))
        .OrderByDescending(p => p.Item1.Length)
        .ToArray();

    /// <summary>True for yes, false for no, null when the answer is neither.</summary>
    public static bool? Recognize(string? text)
    {
        var folded = Squeeze(FrenchText.Fold(text));
        if (folded.Length == 0)
        {
            return null;
        }
        foreach (var (phrase, value) in Phrases)
        {
            if (folded == phrase || folded.StartsWith(phrase + " ", StringComparison.Ordinal))
            {
                return value;
            }
        }
        return null;
    }

    private static string Squeeze(string folded)
    {
        var chars = new List<char>(folded.Length);
        foreach (var c in folded)
        {
            if (chars.Count == 0 || chars[^1] != c || char.IsDigit(c))
            {
                chars.Add(c);
            }
        }
        return new string(chars.ToArray());
    }
}
