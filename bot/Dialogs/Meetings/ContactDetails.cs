using System.Net.Mail;
using System.Text.RegularExpressions;
using Cnam.Bot.Knowledge.Text;

namespace Cnam.Bot.Dialogs.Meetings;

/// <summary>Reads the name, e-mail address and phone number a person types. Pure functions.</summary>
public static partial class ContactDetails
{
    /// <summary>
    /// A person's name, trimmed: 2 to 100 characters, letters (any script, with their accents), spaces and the
    /// marks names use (hyphen, apostrophes, dot); null otherwise. The name comes back in the confirmation card, the
    /// CSV export and every later message, so markup a card or a spreadsheet would act on ("&lt;script&gt;",
    /// "[texte](lien)", "${...}", "=formule") is refused rather than stored.
    /// </summary>
    public static string? Name(string? text)
    {
        var value = text?.Trim();
        return value is { Length: >= 2 and <= 100 } && value.Any(char.IsLetter)
            && value.All(c => char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark || c is ' ' or '-' or '\'' or '’' or '.')
            ? value
            : null;
    }

    private static readonly string[] SkipWords =
    [
        "passer", "passe", "non", "aucun", "pas de telephone", "je passe", "skip", "non merci", "rien",
        "no", "none", "no thanks", "no thank you", "no phone", "skip it", "pass",
    ];

    /// <summary>A plausible e-mail address (one @, a dotted domain, no spaces), trimmed; null otherwise.</summary>
    public static string? Email(string? text)
    {
        var value = text?.Trim().Trim('<', '>', '.', ',', ';');
        if (string.IsNullOrEmpty(value) || value.Length > 254 || !EmailShape().IsMatch(value))
        {
            return null;
        }
        return MailAddress.TryCreate(value, out var address) && address.Address == value ? value : null;
    }

    /// <summary>True when the person declines to give an optional answer ("passer", "non", "skip", "no").</summary>
    public static bool IsSkip(string? text) => SkipWords.Contains(FrenchText.Fold(text));

    /// <summary>
    /// A phone number written as people write them (French "06 12 34 56 78", "0262 42 28 37", international
    /// "+33 6 12 34 56 78"), normalised to digits with a leading '+' when given; null otherwise.
    /// </summary>
    public static string? Phone(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value) || !PhoneShape().IsMatch(value))
        {
            return null;
        }
        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        var international = value.StartsWith('+');
        return (international && digits.Length is >= 8 and <= 15) || (!international && digits.Length == 10 && digits[0] == '0')
            ? (international ? "+" : "") + digits
            : null;
    }

    [GeneratedRegex(@"^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex EmailShape();

    [GeneratedRegex(@"^\+?[\d][\d .\-()]{6,20}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PhoneShape();
}
