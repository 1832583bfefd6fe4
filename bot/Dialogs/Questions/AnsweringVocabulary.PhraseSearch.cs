using Cnam.Bot.Knowledge.Text;

namespace Cnam.Bot.Dialogs.Questions;

// How a question is searched for the vocabulary's phrases: as whole words of its folded text, outside blockers, and the
// words that follow a phrase (a job named).
public sealed partial class AnsweringVocabulary
{
    /// <summary>The words after one of <paramref name="phrases"/>, articles dropped, up to a job's end word: at most <paramref name="longest"/>.</summary>
    private (int Start, int Count)? After(string question, IReadOnlyList<string> phrases, int longest = 5)
    {
        var words = FrenchText.Words(question);
        foreach (var phrase in phrases)
        {
            var parts = phrase.Split(' ');
            for (var i = 0; i + parts.Length <= words.Length; i++)
            {
                if (!parts.AsSpan().SequenceEqual(words.AsSpan(i, parts.Length)))
                {
                    continue;
                }
                var start = i + parts.Length;
                while (start < words.Length && IsArticle(words[start]))
                {
                    start++;
                }
                var end = start;
                while (end < words.Length && !JobEndWords.Contains(words[end]))
                {
                    end++;
                }
                while (end > start && IsArticle(words[end - 1]))
                {
                    end--;
                }
                if (end > start && end - start <= longest)
                {
                    return (start, end - start);
                }
            }
        }
        return null;
    }

    private static bool IsArticle(string word) => word is "un" or "une" or "le" or "la" or "l" or "les" or "des" or "d" or "a" or "an" or "the";

    /// <summary>One of <paramref name="phrases"/> is in the question as whole words, outside any of <paramref name="blockers"/>.</summary>
    private static bool Says(string question, IReadOnlyList<string> phrases, IReadOnlyList<string>? blockers = null) =>
        FirstSaid(question, phrases, blockers) is not null;

    /// <summary>The first of <paramref name="phrases"/> the question says as whole words, outside <paramref name="blockers"/>.</summary>
    private static string? FirstSaid(string question, IReadOnlyList<string> phrases, IReadOnlyList<string>? blockers = null)
    {
        var folded = " " + string.Join(' ', FrenchText.Words(question)) + " ";
        foreach (var blocker in blockers ?? [])
        {
            folded = folded.Replace(" " + blocker + " ", " | ", StringComparison.Ordinal);
        }
        foreach (var phrase in phrases)
        {
            if (HasWords(folded, phrase))
            {
                return phrase;
            }
        }
        return null;
    }

    /// <summary>The phrase is in <paramref name="padded"/> (words between single spaces, a space at each end) as whole words.</summary>
    private static bool HasWords(string padded, string phrase)
    {
        for (var i = padded.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = padded.IndexOf(phrase, i + 1, StringComparison.Ordinal))
        {
            if (i > 0 && padded[i - 1] == ' ' && i + phrase.Length < padded.Length && padded[i + phrase.Length] == ' ')
            {
                return true;
            }
        }
        return false;
    }
}
