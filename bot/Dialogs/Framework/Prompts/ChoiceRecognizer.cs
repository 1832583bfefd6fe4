using Cnam.Bot.Knowledge.Text;
using FuzzySharp;

namespace Cnam.Bot.Dialogs.Framework.Prompts;

/// <summary>
/// Finds which choice an answer means, in this order: its number ("2", "le deuxième"), its title, value
/// or a synonym said exactly, a title or synonym contained in a longer answer, then a close spelling
/// (FuzzySharp ratio). An answer that matches two choices equally well is not recognised.
/// </summary>
public static class ChoiceRecognizer
{
    /// <summary>Least FuzzySharp ratio (0-100) for a misspelt answer to count as a choice.</summary>
    public const int FuzzyThreshold = 80;

    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices)
    {
        var folded = FrenchText.Fold(text);
        if (folded.Length == 0 || choices.Count == 0)
        {
            return null;
        }
        var names = choices.Select(Names).ToArray();

        var exact = Single(names, (i, n) => n.Contains(folded) ? 1.0 : 0);
        if (exact is not null)
        {
            return exact;
        }

        if (FrenchNumbers.ParseChoiceNumber(text) is { } number && number >= 1 && number <= choices.Count)
        {
            return new FoundChoice(choices[number - 1].Value, number - 1, 1.0);
        }

        var padded = " " + folded + " ";
        var contained = Single(names, (i, n) => n.Where(name => padded.Contains(" " + name + " ", StringComparison.Ordinal))
            .Select(name => (double)name.Length / folded.Length).DefaultIfEmpty(0).Max());
        if (contained is not null)
        {
            return contained;
        }

        var fuzzy = Single(names, (i, n) => n.Select(name => Fuzz.Ratio(folded, name)).Max() / 100.0);
        return fuzzy is { Score: >= FuzzyThreshold / 100.0 } ? fuzzy : null;

        FoundChoice? Single(string[][] all, Func<int, string[], double> score)
        {
            var scored = all.Select((n, i) => (Index: i, Score: score(i, n))).Where(s => s.Score > 0).OrderByDescending(s => s.Score).ToList();
            if (scored.Count == 0 || (scored.Count > 1 && scored[1].Score >= scored[0].Score))
            {
                return null;
            }
            return new FoundChoice(choices[scored[0].Index].Value, scored[0].Index, scored[0].Score);
        }
    }

    private static string[] Names(Choice choice) =>
        new[] { choice.Value, choice.DisplayTitle }.Concat(choice.Synonyms)
            .Select(FrenchText.Fold)
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
}
