namespace Cnam.Bot.Understanding;

/// <summary>
/// Diplomas mapped to a numeric level (0 none, 3 CAP/BEP, 4 bac, 5 bac+2, 6 bac+3, 7 bac+5): names from the lexicon
/// ("BTS SP3S", "DEASS", "titre CIP", "moniteur éducateur"...), "bac + N", "niveau III". A diploma that is also the name
/// of one of our programmes ("licence", "master", "titre CASP") counts only when said as owned ("j'ai une licence"),
/// or when the dialog has just asked for a diploma.
/// </summary>
public sealed class DiplomaRecognizer(Lexicon lexicon, NumberRecognizer numbers)
{
    private const int CueWindow = 5;

    public DiplomaRecognizer(Lexicon lexicon) : this(lexicon, new NumberRecognizer(lexicon))
    {
    }

    public IReadOnlyList<DiplomaMention> Recognize(NormalizedText text, RecognizerContext? context = null) =>
        Recognize(text.TokenArray, context ?? RecognizerContext.Empty, null);

    /// <summary>The diploma that best describes the person: the highest held, else the highest mentioned.</summary>
    public static DiplomaMention? Best(IReadOnlyList<DiplomaMention> mentions)
    {
        DiplomaMention? best = null;
        foreach (var m in mentions)
        {
            if (best is null || Rank(m) > Rank(best))
            {
                best = m;
            }
        }
        return best;

        static int Rank(DiplomaMention m) => (m.Negated ? 0 : 100) + (m.Held ? 50 : 0) + (m.Level ?? -1) + 1;
    }

    internal List<DiplomaMention> Recognize(ReadOnlySpan<Token> tokens, RecognizerContext context, bool[]? claimed)
    {
        var found = new List<DiplomaMention>();
        var expecting = context.Expecting == Expectation.Diploma;
        var i = 0;
        while (i < tokens.Length)
        {
            // Before the claims: the credits are a quantity too, which the question answerer reads as one.
            if (TryCreditsHeld(tokens, i, Last(found), out var creditsLevel, out var creditsLabel, out var creditsEnd))
            {
                found.Add(Mention(tokens, i, creditsEnd, creditsLevel, creditsLabel, cip: false, firstCycle: false, heldByCue: true, mayStandAlone: true));
                Claim(claimed, i, creditsEnd);
                i = creditsEnd;
                continue;
            }
            if (claimed is not null && claimed[i])
            {
                i++;
                continue;
            }
            if (TryBacPlus(tokens, i, out var bacLevel, out var bacLabel, out var bacEnd))
            {
                var heldByCue = expecting || IsHeld(tokens, i, Last(found)) || ListedAfter(tokens, Last(found), i, joinerNeeded: false);
                found.Add(Mention(tokens, i, bacEnd, bacLevel, bacLabel, cip: false, firstCycle: false, heldByCue, mayStandAlone: true));
                Claim(claimed, i, bacEnd);
                i = bacEnd;
                continue;
            }
            if (lexicon.Diplomas.TryMatchAt(tokens, i, claimed, out var match) && !EndsWithALength(tokens, match.End))
            {
                var definition = match.Values[0];
                var held = expecting || definition.Own || IsHeld(tokens, i, Last(found), definition.RequiresPossession)
                    || ListedAfter(tokens, Last(found), i, definition.RequiresPossession)
                    || definition.RequiresPossession && HeldBeforeAnother(tokens, i, match.End, claimed);
                if (definition.RequiresPossession && !held)
                {
                    i++;
                    continue;
                }
                var end = match.End;
                var label = definition.Label;
                var level = definition.Level;
                if (TrySpecialty(tokens, end, out var specialty, out var specialtyEnd))
                {
                    label = $"{label} {specialty}";
                    end = specialtyEnd;
                }
                if (level is null && TryLevelAfter(tokens, end, out var statedLevel, out var levelEnd))
                {
                    level = statedLevel;
                    end = levelEnd;
                }
                found.Add(Mention(tokens, i, end, level, label, definition.Cip, definition.CnamFirstCycle, held,
                    mayStandAlone: !definition.RequiresPossession, negatable: !definition.Own));
                Claim(claimed, i, end);
                i = end;
                continue;
            }
            i++;
        }
        if (found.Exists(d => d is { Level: 0, Held: true, Negated: false }))
        {
            // "je suis CIP depuis 5 ans sans diplôme": the job is named, the diploma is not held.
            for (var k = 0; k < found.Count; k++)
            {
                if (found[k] is { Held: true, Level: > 0 } job && lexicon.JobTitleCues.EndsAt(tokens, job.Start, 3))
                {
                    found[k] = job with { Held = false };
                }
            }
        }
        return found;
    }

    /// <param name="heldByCue">Held as the caller found it: the diploma was asked for, a possession cue before it, or it is
    /// listed after one held (a programme's name is found only so).</param>
    /// <param name="mayStandAlone">Not a programme's name: a message that says only this diploma ("bac +2", "un BTS ESF")
    /// answers who the person is, so it is held.</param>
    /// <param name="negatable">False for a phrase whose negation is its own ("pas fini le lycée").</param>
    private DiplomaMention Mention(ReadOnlySpan<Token> tokens, int start, int end, int? level, string label, bool cip, bool firstCycle,
        bool heldByCue, bool mayStandAlone, bool negatable = true)
    {
        // "pas le bac", "sans diplôme"; a longer cue ends right before the diploma or its article ("I don't have the bac").
        var negated = negatable && lexicon.NegationCues.AnyIn(tokens, start - 3, start)
            || lexicon.NegationCues.EndsAt(tokens, start, 4) || (start >= 1 && lexicon.NegationCues.EndsAt(tokens, start - 1, 4));
        var held = heldByCue || HeldInItsName(tokens, start, end) || BesideADuration(tokens, start, end)
            || HeldBeforeAnother(tokens, start, end, null) || mayStandAlone && Alone(tokens, start, end);
        return new DiplomaMention(level, label, cip, firstCycle, held, negated,
            NumberRecognizer.Join(tokens, start, end - start), start, end - start);
    }

    /// <summary>
    /// "ancienne commerciale 15 ans, bac STG", "BTS SP3S et 3 ans en mission locale": a diploma listed right beside a
    /// number of years or months is one item of a profile the person gives, so it is held.
    /// </summary>
    private bool BesideADuration(ReadOnlySpan<Token> tokens, int start, int end)
    {
        var before = start >= 1 && tokens[start - 1].Text is "et" or "avec" ? start - 1 : start;
        var after = end < tokens.Length && tokens[end].Text is "et" or "avec" ? end + 1 : end;
        return before >= 2 && tokens[before - 2].IsNumber && IsUnit(tokens[before - 1], DurationUnit.Year, DurationUnit.Month)
            || after + 1 < tokens.Length && tokens[after].IsNumber && IsUnit(tokens[after + 1], DurationUnit.Year, DurationUnit.Month);
    }

    /// <summary>The diploma is all the message says, but for fillers ("un", "mon", "juste").</summary>
    private bool Alone(ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (var k = 0; k < tokens.Length; k++)
        {
            if ((k < start || k >= end) && !lexicon.PossessionFillers.Contains(tokens[k].Text))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "après le CASP, je peux faire la licence ?", "once I have the CP29, can I do the CASP?": a programme's name right
    /// after a sequence cue, with another programme named later, is the one the person will hold when asking about the other.
    /// </summary>
    private bool HeldBeforeAnother(ReadOnlySpan<Token> tokens, int start, int end, bool[]? claimed)
    {
        if (!lexicon.SequenceCues.EndsAt(tokens, start, 5))
        {
            return false;
        }
        for (var k = end; k < tokens.Length; k++)
        {
            if (lexicon.Diplomas.TryMatchAt(tokens, k, claimed, out var later) && later.Values[0].RequiresPossession)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Éducatrice spécialisée diplômée d'état": the name itself, past its first word, says the person holds it.</summary>
    private bool HeldInItsName(ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            if (lexicon.PossessionCues.TryMatchAt(tokens, k, null, out var cue) && cue.End <= end)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"j'ai le bac et un BTS": a diploma listed right after a held one is held too.</summary>
    /// <param name="joinerNeeded">
    /// The word also names one of our programmes: "j'ai un DUT carrières sociales, licence en cours du jour" (the comma is
    /// gone) asks about the licence; only "et", "ou"... list it as held ("un DUT et une licence").
    /// </param>
    private bool ListedAfter(ReadOnlySpan<Token> tokens, DiplomaMention? previous, int start, bool joinerNeeded)
    {
        if (previous is not { Held: true } || previous.Level == 0)
        {
            // "sans diplôme, la licence": nothing is listed after "no diploma".
            return false;
        }
        var sawJoiner = false;
        for (var k = previous.Start + previous.Length; k < start; k++)
        {
            var word = tokens[k].Text;
            if (lexicon.NumberJoiners.Contains(word) || word is "ou" or "or" or "puis" or "plus")
            {
                sawJoiner = true;
            }
            else if (!lexicon.PossessionFillers.Contains(word))
            {
                return false;
            }
        }
        return sawJoiner || !joinerNeeded && start == previous.Start + previous.Length;
    }

    /// <summary>A possession cue ("j'ai", "titulaire d'", "I hold") before the diploma, with only fillers between.</summary>
    /// <param name="strict">A name that is also a programme's (CASP, CP29, licence): "avec le" counts at the start of the
    /// sentence only.</param>
    /// <param name="previous">The diploma mentioned just before: a cue inside it ("sans diplôme, la licence") is not one.</param>
    private bool IsHeld(ReadOnlySpan<Token> tokens, int start, DiplomaMention? previous, bool strict = false)
    {
        var k = start;
        for (var steps = 0; steps <= CueWindow && k >= 0; steps++)
        {
            if (lexicon.PossessionCues.EndsAt(tokens, k, 4))
            {
                if (previous is not null && k > previous.Start && k <= previous.Start + previous.Length)
                {
                    return false;
                }
                // "commencer avec le CP29" names the programme to start with, not one held.
                if (lexicon.PossessionBlockers.EndsAt(tokens, k, 5))
                {
                    return false;
                }
                return !(strict && lexicon.DefinitePossessionCues.EndsAt(tokens, k, 2)
                    && !(lexicon.DefinitePossessionCues.TryMatchAt(tokens, 0, null, out var opening) && opening.End == k));
            }
            // "j'ai 45 ans, un BEP", "j'ai 30 ans et un bac pro": the age said between the cue and the diploma.
            if (AgeBefore(tokens, k))
            {
                k -= 2;
                continue;
            }
            if (k >= 1 && tokens[k - 1].Text == "et" && AgeBefore(tokens, k - 1))
            {
                k -= 3;
                continue;
            }
            if (k == 0 || !(lexicon.PossessionFillers.Contains(tokens[k - 1].Text) || lexicon.NegationCues.EndsAt(tokens, k, 1)))
            {
                return false;
            }
            k--;
        }
        return false;
    }

    /// <summary>An age ("j'ai 45 ans") ends right before <paramref name="k"/>, just after a possession cue.</summary>
    private bool AgeBefore(ReadOnlySpan<Token> tokens, int k) =>
        k >= 2 && IsUnit(tokens[k - 1], DurationUnit.Year) && tokens[k - 2].IsNumber && lexicon.PossessionCues.EndsAt(tokens, k - 2, 4);

    /// <summary>A duration unit of the lexicon ("ans", "mois", "years"…) of one of <paramref name="units"/>.</summary>
    private bool IsUnit(Token token, params DurationUnit[] units) =>
        lexicon.DurationUnits.TryGetValue(token.Text, out var unit) && units.Contains(unit);

    /// <summary>"bac + 2", "bac+3", "bac 3", "niveau bac + 2".</summary>
    private bool TryBacPlus(ReadOnlySpan<Token> tokens, int i, out int level, out string label, out int end)
    {
        level = 0;
        label = string.Empty;
        end = i;
        var b = i;
        if (tokens[b].Text == "niveau" && b + 1 < tokens.Length && lexicon.BacWords.Contains(tokens[b + 1].Text))
        {
            b++;
        }
        if (!lexicon.BacWords.Contains(tokens[b].Text))
        {
            return false;
        }
        var n = b + 1;
        if (n < tokens.Length && tokens[n].Text == "+")
        {
            n++;
        }
        if (n >= tokens.Length || !numbers.TryParse(tokens, n, allowArticle: false, out var plus, out var length)
            || plus != Math.Floor(plus) || !lexicon.BacPlusLevels.TryGetValue((int)plus, out level)
            || ExperienceAfter(tokens, n + length))
        {
            return false;
        }
        label = $"bac+{(int)plus}";
        end = n + length;
        return true;
    }

    /// <summary>
    /// "j'ai validé 120 crédits en fac", "I've completed 120 ECTS": university credits held, 60 a year, so 120 are a
    /// bac+2. Only after a possession cue: "la licence fait 60 crédits" holds nothing.
    /// </summary>
    private bool TryCreditsHeld(ReadOnlySpan<Token> tokens, int i, DiplomaMention? previous, out int level, out string label, out int end)
    {
        level = 0;
        label = string.Empty;
        end = i;
        // A unit of credits a few words on, or no number is read here (this runs at every word).
        var unitAhead = false;
        for (var k = i + 1; k < tokens.Length && k <= i + 3 && !unitAhead; k++)
        {
            unitAhead = lexicon.CreditUnits.Contains(tokens[k].Text);
        }
        if (!unitAhead || !numbers.TryParse(tokens, i, allowArticle: false, out var credits, out var length) || credits != Math.Floor(credits)
            || i + length >= tokens.Length || !lexicon.CreditUnits.Contains(tokens[i + length].Text)
            || (int)credits / 60 is not (> 0 and var years) || !lexicon.BacPlusLevels.TryGetValue(years, out level)
            || !IsHeld(tokens, i, previous, strict: true))
        {
            return false;
        }
        label = $"{(int)credits} ECTS (bac+{years})";
        end = i + length + 1;
        while (end < tokens.Length && lexicon.CreditUnits.Contains(tokens[end].Text))
        {
            end++; // "120 ECTS credits"
        }
        if (TrySpecialty(tokens, end, out var specialty, out var specialtyEnd))
        {
            label = $"{label} {specialty}"; // "en psychologie": the field, not a UE's title
            end = specialtyEnd;
        }
        return true;
    }

    /// <summary>"la licence 2 ans cours du soir": a diploma's name ending with a number ("licence 2") followed by a unit of
    /// time is a programme and its length, not a diploma.</summary>
    private bool EndsWithALength(ReadOnlySpan<Token> tokens, int end) =>
        end < tokens.Length && tokens[end - 1].IsNumber && IsUnit(tokens[end], DurationUnit.Year, DurationUnit.Month);

    /// <summary>"bac + 4 ans d'expérience": the number counts years of work, not years of study after the bac.</summary>
    private bool ExperienceAfter(ReadOnlySpan<Token> tokens, int k) =>
        k + 1 < tokens.Length && IsUnit(tokens[k], DurationUnit.Year, DurationUnit.Month) && lexicon.ExperienceFollowers.Contains(tokens[k + 1].Text);

    private bool TrySpecialty(ReadOnlySpan<Token> tokens, int i, out string specialty, out int end)
    {
        specialty = string.Empty;
        end = i;
        for (var k = i; k <= i + 1 && k < tokens.Length; k++)
        {
            if (lexicon.DiplomaSpecialties.TryMatchAt(tokens, k, null, out var match))
            {
                specialty = match.Values[0];
                end = match.End;
                return true;
            }
            if (tokens[k].Text is not ("en" or "de" or "d" or "in"))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"titre professionnel de niveau III", "titre pro bac + 2".</summary>
    private bool TryLevelAfter(ReadOnlySpan<Token> tokens, int i, out int level, out int end)
    {
        level = 0;
        end = i;
        for (var k = i; k < Math.Min(tokens.Length, i + 3); k++)
        {
            if (lexicon.LevelWords.TryMatchAt(tokens, k, null, out var match))
            {
                level = match.Values[0];
                end = match.End;
                return true;
            }
            if (TryBacPlus(tokens, k, out level, out _, out end))
            {
                return true;
            }
        }
        return false;
    }

    private static DiplomaMention? Last(List<DiplomaMention> found) => found.Count > 0 ? found[^1] : null;

    private static void Claim(bool[]? claimed, int start, int end)
    {
        if (claimed is not null)
        {
            Array.Fill(claimed, true, start, end - start);
        }
    }
}
