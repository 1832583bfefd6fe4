namespace Cnam.Bot.Dialogs.Framework;

/// <summary>
/// Keeps the line breaks of a message's markdown when it is rendered. Web Chat's markdown (CommonMark, no "breaks"
/// option) joins two lines with a single newline into one paragraph, and a line after a bullet list continues its last
/// item ("lazy continuation"): a heading's two sentences, or "Admission : …" after the routes, would run together.
/// Each single newline becomes a hard break ("  \n") between two lines of text and a paragraph break after a list;
/// list items and a list opened under a line keep theirs, and blank lines stay as they are.
/// </summary>
public static class MarkdownLines
{
    public static string Kept(string text)
    {
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            return text;
        }
        var lines = text.Split('\n');
        var result = new System.Text.StringBuilder(text.Length + 16);
        result.Append(lines[0]);
        for (var i = 1; i < lines.Length; i++)
        {
            var (before, line) = (lines[i - 1], lines[i]);
            result.Append(before.Length == 0 || line.Length == 0 || IsListItem(line) ? "\n"
                : IsListItem(before) ? "\n\n"
                : before.EndsWith("  ", StringComparison.Ordinal) ? "\n"
                : "  \n");
            result.Append(line);
        }
        return result.ToString();
    }

    /// <summary>
    /// A numbered list ("1. …", "2. …") of items that may span lines: an item's next lines are indented under its text,
    /// so that a list inside an item ("Écrivez à :" then its contacts) stays inside it instead of ending the numbering.
    /// </summary>
    public static string Numbered(IEnumerable<string> items) => string.Join("\n", items.Select((item, i) => Item($"{i + 1}. ", item)));

    /// <summary>A bullet list ("- …") of items that may span lines, indented as in <see cref="Numbered"/>.</summary>
    public static string Bulleted(IEnumerable<string> items) => string.Join("\n", items.Select(item => Item("- ", item)));

    private static string Item(string marker, string item) =>
        marker + item.Replace("\n", "\n" + new string(' ', marker.Length), StringComparison.Ordinal);

    /// <summary>"- item", "* item", "+ item", "1. item", "2) item", indented or not.</summary>
    private static bool IsListItem(string line)
    {
        var t = line.TrimStart();
        if (t.Length >= 2 && t[0] is '-' or '*' or '+' && t[1] == ' ')
        {
            return true;
        }
        var digits = 0;
        while (digits < t.Length && char.IsAsciiDigit(t[digits]))
        {
            digits++;
        }
        return digits > 0 && digits + 1 < t.Length && t[digits] is '.' or ')' && t[digits + 1] == ' ';
    }
}
