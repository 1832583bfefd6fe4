using Cnam.Bot.Knowledge.Text;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>
/// A sentence of the knowledge base that may answer part of a question; <paramref name="Title"/>, when it has one, names
/// its subject (a sheet's title).
/// </summary>
public sealed record Statement(string Text, Provenance? Source, double Weight = 0, string? Title = null);

/// <summary>
/// Orders candidate statements by how many of the question's meaningful words they share, rarer words counting
/// more (a small TF-IDF over the candidates). A word of the question that only one statement has, in its title, counts
/// once more: it is what the statement is about ("le mémoire, c'est obligatoire ?" is about the defence's sheet, not the
/// sheet where attendance is "obligatoire"). English question words are glossed to the documents' French.
/// </summary>
public sealed class StatementRanker(AnsweringVocabulary vocabulary)
{
    private const int PrefixLength = 6;

    private static bool SharePrefix(string a, string b) =>
        a.Length >= PrefixLength && string.CompareOrdinal(a, 0, b, 0, PrefixLength) == 0;

    /// <summary>The meaningful stems of a question: folded, glossed, stemmed, stop words removed.</summary>
    public HashSet<string> QuestionStems(string question)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in FrenchText.Words(question))
        {
            var w = vocabulary.Glosses.GetValueOrDefault(word, word);
            if (w.Length < 2 || vocabulary.StopWords.Contains(w))
            {
                continue;
            }
            foreach (var part in w.Split(' '))
            {
                stems.Add(FrenchText.Stem(part));
            }
        }
        return stems;
    }

    /// <summary>
    /// The statements with a score above zero, best first (ties keep the document's order); when none shares a
    /// word with the question, the first <paramref name="fallback"/> statements in document order. With
    /// <paramref name="minimumShare"/>, a statement that scores less than that share of the best one is left out: it only
    /// echoes a word of the question ("head" is also the internship's "responsable du tutorat" beside the programme's
    /// "responsable nationale").
    /// </summary>
    public IReadOnlyList<Statement> Rank(string question, IReadOnlyList<Statement> candidates, int top, int fallback = 0, double minimumShare = 0)
    {
        var questionStems = QuestionStems(question);
        var stemsOf = candidates.Select(c => FrenchText.Words(c.Text).Select(FrenchText.Stem).ToHashSet(StringComparer.Ordinal)).ToList();
        var titleStemsOf = candidates.Select(c => c.Title is null ? null : FrenchText.Words(c.Title).Select(FrenchText.Stem).ToHashSet(StringComparer.Ordinal)).ToList();
        var scored = new List<(Statement Statement, double Score, int Index)>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var score = candidates[i].Weight;
            foreach (var stem in questionStems)
            {
                if (stemsOf[i].Contains(stem))
                {
                    var df = stemsOf.Count(s => s.Contains(stem));
                    score += 1 + Math.Log((double)candidates.Count / df);
                    if (df == 1 && titleStemsOf[i]?.Contains(stem) == true)
                    {
                        score += 1;
                    }
                }
                else if (stem.Length >= PrefixLength && stemsOf[i].Any(w => SharePrefix(w, stem)))
                {
                    // "présent" / "présences", "valide" / "validation": same family, weaker evidence.
                    score += 0.5;
                }
            }
            if (score > 0)
            {
                scored.Add((candidates[i], score, i));
            }
        }
        if (scored.Count == 0)
        {
            return candidates.Take(fallback).ToList();
        }
        var best = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Index).Take(top).ToList();
        return best.Where(s => s.Score >= minimumShare * best[0].Score).Select(s => s.Statement).ToList();
    }
}
