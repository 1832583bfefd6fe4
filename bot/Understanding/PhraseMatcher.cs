using Cnam.Bot.Knowledge.Text;

namespace Cnam.Bot.Understanding;

/// <summary>A match of a phrase of the lexicon on tokens [Start, Start + Length).</summary>
internal readonly record struct PhraseMatch<T>(int Start, int Length, IReadOnlyList<T> Values)
{
    public int End => Start + Length;
}

/// <summary>
/// Multi-word phrases compiled once: indexed by the stem of their first word, longest first, matched on stems so
/// plurals match singulars. Matching never allocates unless it finds something.
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<Entry>> _byFirst = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    /// <summary>Adds an already folded phrase (words separated by single spaces).</summary>
    public void Add(string foldedPhrase, T value)
    {
        var words = foldedPhrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return;
        }
        var stems = Array.ConvertAll(words, FrenchText.Stem);
        if (!_byFirst.TryGetValue(stems[0], out var list))
        {
            list = [];
            _byFirst[stems[0]] = list;
        }
        foreach (var existing in list)
        {
            if (existing.Stems.AsSpan().SequenceEqual(stems))
            {
                if (!existing.Values.Contains(value))
                {
                    existing.Values.Add(value);
                }
                return;
            }
        }
        list.Add(new Entry(stems, [value]));
        list.Sort(static (a, b) => b.Stems.Length.CompareTo(a.Stems.Length));
        Count++;
    }

    /// <summary>The longest phrase starting at <paramref name="start"/> whose tokens are all free.</summary>
    public bool TryMatchAt(ReadOnlySpan<Token> tokens, int start, bool[]? blocked, out PhraseMatch<T> match)
    {
        match = default;
        if (start >= tokens.Length || (blocked is not null && blocked[start])
            || !_byFirst.TryGetValue(tokens[start].Stem, out var list))
        {
            return false;
        }
        foreach (var entry in list)
        {
            var stems = entry.Stems;
            if (start + stems.Length > tokens.Length)
            {
                continue;
            }
            var ok = true;
            for (var k = 1; k < stems.Length && ok; k++)
            {
                ok = tokens[start + k].Stem == stems[k] && (blocked is null || !blocked[start + k]);
            }
            if (ok)
            {
                match = new PhraseMatch<T>(start, stems.Length, entry.Values);
                return true;
            }
        }
        return false;
    }

    /// <summary>Greedy left-to-right longest matches, without overlap.</summary>
    public List<PhraseMatch<T>> FindAll(ReadOnlySpan<Token> tokens, bool[]? blocked = null)
    {
        List<PhraseMatch<T>>? found = null;
        var i = 0;
        while (i < tokens.Length)
        {
            if (TryMatchAt(tokens, i, blocked, out var m))
            {
                (found ??= []).Add(m);
                i = m.End;
            }
            else
            {
                i++;
            }
        }
        return found ?? [];
    }

    /// <summary>True when a phrase ends exactly at <paramref name="end"/> (exclusive) within <paramref name="window"/> tokens before it.</summary>
    public bool EndsAt(ReadOnlySpan<Token> tokens, int end, int window)
    {
        for (var s = Math.Max(0, end - window); s < end; s++)
        {
            if (TryMatchAt(tokens, s, null, out var m) && m.End == end)
            {
                return true;
            }
            // A shorter phrase may end there while the longest does not.
            if (_byFirst.TryGetValue(tokens[s].Stem, out var list))
            {
                foreach (var entry in list)
                {
                    if (s + entry.Stems.Length == end && Matches(tokens, s, entry.Stems))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>True when any phrase occurs in tokens [from, to).</summary>
    public bool AnyIn(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (var s = Math.Max(0, from); s < Math.Min(to, tokens.Length); s++)
        {
            if (TryMatchAt(tokens, s, null, out var m) && m.End <= to)
            {
                return true;
            }
        }
        return false;
    }

    public IEnumerable<string> Stems()
    {
        foreach (var list in _byFirst.Values)
        {
            foreach (var entry in list)
            {
                foreach (var s in entry.Stems)
                {
                    yield return s;
                }
            }
        }
    }

    private static bool Matches(ReadOnlySpan<Token> tokens, int start, string[] stems)
    {
        if (start + stems.Length > tokens.Length)
        {
            return false;
        }
        for (var k = 0; k < stems.Length; k++)
        {
            if (tokens[start + k].Stem != stems[k])
            {
                return false;
            }
        }
        return true;
    }

    private sealed record Entry(string[] Stems, List<T> Values);
}
