namespace Cnam.Bot.Understanding;

/// <summary>
/// One word of a normalised utterance: <see cref="Text"/> after SMS expansion and spelling correction,
/// <see cref="Stem"/> its light stem (plurals removed), <see cref="Source"/> the folded word the user typed.
/// </summary>
public readonly record struct Token(string Text, string Stem, string Source, bool Corrected)
{
    public static Token Of(string text) => new(text, Knowledge.Text.FrenchText.Stem(text), text, false);

    public bool IsNumber => Text.Length > 0 && char.IsAsciiDigit(Text[0]) && IsNumeric(Text);

    private static bool IsNumeric(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c) && c is not (',' or '.'))
            {
                return false;
            }
        }
        return true;
    }

    public override string ToString() => Text;
}
