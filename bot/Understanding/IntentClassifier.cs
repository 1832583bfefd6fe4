namespace Cnam.Bot.Understanding;

/// <summary>Ranked intents (multi-label: a combined question gets both halves) and how out of scope the words are.</summary>
public sealed record IntentResult(IReadOnlyList<IntentScore> Intents, double OutOfScope)
{
    public static readonly IntentResult Empty = new([], 0);
}

/// <summary>
/// Topic classification from the weighted phrases of the lexicon: each intent's score is the noisy-or of its matched
/// phrase weights (two weak cues make a stronger one), plus evidence from entities (an UE code makes "ue-detail"
/// likelier, a diploma the person holds makes the award conditions less likely). Out-of-scope words (salary, housing,
/// master...) lower every score, so anything the vocabulary does not cover ends with low confidence.
/// </summary>
public sealed class IntentClassifier(Lexicon lexicon)
{
    /// <summary>Below this score an intent is a guess, not an answer.</summary>
    public const double ConfidenceThreshold = 0.45;

    private const double MinimumReported = 0.1;
    private const double OutOfScopeDamping = 0.75;
    private const double SecondaryDamping = 0.5;

    public IntentResult Classify(NormalizedText text) => Classify(text.TokenArray, IntentEvidence.None, null);

    internal IntentResult Classify(ReadOnlySpan<Token> tokens, IntentEvidence evidence, bool[]? ignored)
    {
        var remaining = new Dictionary<string, double>(StringComparer.Ordinal);
        var phraseCount = 0;
        var blocked = ignored is null ? new bool[tokens.Length] : (bool[])ignored.Clone();
        foreach (var blocker in lexicon.IntentBlockers.FindAll(tokens, blocked))
        {
            Array.Fill(blocked, true, blocker.Start, blocker.Length);
        }
        foreach (var match in lexicon.IntentPhrases.FindAll(tokens, blocked))
        {
            foreach (var (intent, weight) in match.Values)
            {
                remaining[intent] = (remaining.TryGetValue(intent, out var r) ? r : 1.0) * (1 - weight);
                // Politeness ("hello, the CASP?") leaves a bare programme name the subject of the question.
                if (intent != Intents.OutOfScope && !lexicon.SecondaryIntents.Contains(intent))
                {
                    phraseCount++;
                }
            }
        }
        foreach (var (intent, boosts) in lexicon.IntentEntityBoosts)
        {
            foreach (var (name, weight) in boosts)
            {
                if (!evidence.Has(name, phraseCount))
                {
                    continue;
                }
                if (weight > 0)
                {
                    remaining[intent] = (remaining.TryGetValue(intent, out var r) ? r : 1.0) * (1 - weight);
                }
                else if (remaining.TryGetValue(intent, out var r))
                {
                    // Evidence against: the words' score shrinks by that share, never below nothing.
                    remaining[intent] = Math.Min(1.0, r * (1 - weight));
                }
            }
        }
        var outOfScope = remaining.TryGetValue(Intents.OutOfScope, out var oos) ? 1 - oos : 0;
        remaining.Remove(Intents.OutOfScope);
        var damping = 1 - OutOfScopeDamping * outOfScope;
        var scores = new List<IntentScore>(remaining.Count);
        var topical = false;
        foreach (var (intent, r) in remaining)
        {
            var score = (1 - r) * damping;
            topical |= score >= ConfidenceThreshold && !lexicon.SecondaryIntents.Contains(intent);
            scores.Add(new IntentScore(intent, score));
        }
        for (var k = 0; k < scores.Count; k++)
        {
            if (topical && lexicon.SecondaryIntents.Contains(scores[k].Name))
            {
                scores[k] = scores[k] with { Score = scores[k].Score * SecondaryDamping };
            }
            scores[k] = scores[k] with { Score = Math.Round(scores[k].Score, 3) };
        }
        scores.RemoveAll(s => s.Score < MinimumReported);
        scores.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Name, b.Name));
        return new IntentResult(scores, Math.Round(outOfScope, 3));
    }
}

/// <summary>What the entity recognisers found, as evidence for intents (names used in intent_entity_boosts).</summary>
internal readonly record struct IntentEvidence(
    bool Ue, bool Date, bool Time, bool Funding, bool DiplomaHeld, bool Experience, bool Credits, bool Parcours, bool Programme)
{
    public static readonly IntentEvidence None = default;

    public bool Has(string name, int phraseCount) => name switch
    {
        "ue" => Ue,
        "date" => Date,
        "ue_with_date" => Ue && Date,
        "time" => Time,
        "funding" => Funding,
        "diploma_held" => DiplomaHeld,
        "experience" => Experience,
        "credits" => Credits,
        "parcours_only" => Parcours && phraseCount == 0,
        // A UE named with its programme ("the English classes in the licence") is the subject, not the programme.
        "programme_only" => Programme && !Ue && phraseCount == 0,
        // "j'ai un BTS, la licence ?": a profile and a programme's bare name ask whether the person may enter it.
        "profile_with_programme_only" => Programme && !Ue && phraseCount == 0 && (DiplomaHeld || Experience),
        _ => false,
    };
}
