namespace Cnam.Bot.Understanding;

/// <summary>
/// Work experience from free text: months and field. "3 ans en mission locale" -> 36, insertion; "conseillère en
/// insertion depuis 5 ans" -> 60, insertion; "18 mois dans la vente" -> 18, other; "jamais travaillé" -> 0, none.
/// Jobs and workplaces (mission locale, CHRS, éducateur, vendeuse...) and fields of activity are lexicon tables.
/// </summary>
public sealed class ExperienceRecognizer(Lexicon lexicon, DurationRecognizer durations)
{
    private const int WeakCueWindow = 3;
    private const int WishWindow = 4;
    private const int PaysWindow = 3;

    public ExperienceRecognizer(Lexicon lexicon) : this(lexicon, new DurationRecognizer(lexicon))
    {
    }

    public ExperienceMention? Recognize(NormalizedText text, RecognizerContext? context = null)
    {
        var tokens = text.TokenArray;
        return Recognize(tokens, durations.Recognize(tokens, null), context ?? RecognizerContext.Empty, null, null);
    }

    /// <param name="blocked">Tokens already read as something else (dates).</param>
    /// <param name="claimed">Receives the tokens of the workplace, so "pôle emploi" is not also read as a funding.</param>
    internal ExperienceMention? Recognize(ReadOnlySpan<Token> tokens, IReadOnlyList<DurationMention> durationMentions,
        RecognizerContext context, bool[]? blocked, bool[]? claimed)
    {
        if (lexicon.NoExperience.FindAll(tokens, blocked) is [var none, ..])
        {
            return new ExperienceMention(0, ExperienceField.None, NumberRecognizer.Join(tokens, none.Start, none.Length));
        }
        var strongCues = lexicon.ExperienceCues.FindAll(tokens, blocked);
        var wishes = lexicon.ExperienceWishes.FindAll(tokens, blocked);
        var jobs = Unpaying(tokens, Unwished(tokens, wishes, lexicon.ExperienceFields.FindAll(tokens, blocked)));
        var domains = Unpaying(tokens, Unwished(tokens, wishes, lexicon.ExperienceDomains.FindAll(tokens, blocked)), workplaces: false);
        var expecting = context.Expecting == Expectation.Experience;
        var hasDuration = durationMentions.Count > 0;

        // A job or workplace counts next to a duration, a strong cue, or a weak one just before it ("je suis éducatrice").
        var usableJobs = new List<PhraseMatch<ExperienceField>>();
        foreach (var j in jobs)
        {
            if (hasDuration || strongCues.Count > 0 || expecting || lexicon.ExperienceWeakCues.AnyIn(tokens, j.Start - WeakCueWindow, j.Start))
            {
                usableJobs.Add(j);
            }
        }
        // A field of activity counts next to a strong cue or a duration ("5 ans dans l'insertion").
        var usableDomains = new List<PhraseMatch<ExperienceField>>();
        foreach (var d in domains)
        {
            if (strongCues.Count > 0 || expecting || (hasDuration && (lexicon.ExperienceWeakCues.AnyIn(tokens, d.Start - WeakCueWindow, d.Start)
                || lexicon.ExperiencePrepositions.AnyIn(tokens, d.Start - WeakCueWindow, d.Start))))
            {
                usableDomains.Add(d);
            }
        }
        var anchors = new List<(int Start, int End)>();
        anchors.AddRange(usableJobs.Select(j => (j.Start, j.End)));
        anchors.AddRange(usableDomains.Select(d => (d.Start, d.End)));
        anchors.AddRange(strongCues.Select(c => (c.Start, c.End)));
        if (anchors.Count == 0 && !(expecting && hasDuration))
        {
            return null;
        }

        DurationMention? duration = null;
        var bestDistance = int.MaxValue;
        foreach (var d in durationMentions)
        {
            if (d.Unit == DurationUnit.Day)
            {
                continue;
            }
            foreach (var (start, end) in anchors)
            {
                var distance = d.Start >= end ? d.Start - end : start >= d.Start + d.Length ? start - (d.Start + d.Length) : 0;
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    duration = d;
                }
            }
            if (anchors.Count == 0 && duration is null)
            {
                duration = d;
            }
        }
        if (usableJobs.Count == 0 && usableDomains.Count == 0 && duration is null)
        {
            // "j'ai de l'expérience" alone says nothing usable.
            return null;
        }

        var field = PickField(usableJobs) ?? PickField(usableDomains);
        if (claimed is not null)
        {
            foreach (var j in usableJobs)
            {
                Array.Fill(claimed, true, j.Start, j.Length);
            }
        }
        var spanStart = anchors.Count > 0 ? anchors.Min(a => a.Start) : duration!.Start;
        var spanEnd = anchors.Count > 0 ? anchors.Max(a => a.End) : duration!.Start + duration.Length;
        if (duration is not null)
        {
            spanStart = Math.Min(spanStart, duration.Start);
            spanEnd = Math.Max(spanEnd, duration.Start + duration.Length);
        }
        return new ExperienceMention(duration?.WholeMonths, field, NumberRecognizer.Join(tokens, spanStart, spanEnd - spanStart));
    }

    /// <summary>
    /// "pôle emploi paie", "pôle emploi me finance": a workplace followed by a paying verb is who pays, not where one worked;
    /// "c'est mon employeur qui finance": a field's word after a verb's subject is that verb, not the finance sector.
    /// </summary>
    /// <param name="workplaces">The matches are workplaces, which a paying verb just after makes the payer.</param>
    private List<PhraseMatch<ExperienceField>> Unpaying(ReadOnlySpan<Token> tokens, List<PhraseMatch<ExperienceField>> matches, bool workplaces = true)
    {
        var kept = new List<PhraseMatch<ExperienceField>>(matches.Count);
        foreach (var m in matches)
        {
            var paying = m.Start > 0 && lexicon.ExperiencePaySubjects.Contains(tokens[m.Start - 1].Text) && lexicon.ExperiencePays.AnyIn(tokens, m.Start, m.End);
            if (!paying && !(workplaces && lexicon.ExperiencePays.AnyIn(tokens, m.End, m.End + PaysWindow)))
            {
                kept.Add(m);
            }
        }
        return kept;
    }

    /// <summary>
    /// A job or field said just after a wish ("je veux devenir conseillère en insertion", "me reconvertir dans le social"),
    /// with nothing between them that speaks of the past or present ("je voudrais le CASP, je suis éducatrice").
    /// </summary>
    private List<PhraseMatch<ExperienceField>> Unwished(ReadOnlySpan<Token> tokens, List<PhraseMatch<bool>> wishes, List<PhraseMatch<ExperienceField>> matches)
    {
        if (wishes.Count == 0)
        {
            return matches;
        }
        var kept = new List<PhraseMatch<ExperienceField>>(matches.Count);
        foreach (var m in matches)
        {
            var wished = false;
            foreach (var w in wishes)
            {
                wished |= w.End <= m.Start && m.Start - w.End <= WishWindow && !lexicon.ExperienceWeakCues.AnyIn(tokens, w.End, m.Start);
            }
            if (!wished)
            {
                kept.Add(m);
            }
        }
        return kept;
    }

    /// <summary>
    /// The field of the experience when several were said: insertion before social and professional support, before
    /// reception and orientation, "other" only when nothing more specific was said. A job held in an insertion
    /// structure ("agent d'accueil dans une mission locale", "éducatrice chez Pôle emploi") is experience in the field
    /// of insertion, the field the licence's VAPP and the titre's internship rules speak of.
    /// </summary>
    private static ExperienceField? PickField(List<PhraseMatch<ExperienceField>> matches)
    {
        ExperienceField? best = null;
        foreach (var m in matches)
        {
            var value = m.Values[0];
            if (best is null || Rank(value) < Rank(best.Value))
            {
                best = value;
            }
        }
        return best;
    }

    private static int Rank(ExperienceField field) => field switch
    {
        ExperienceField.Insertion => 0,
        ExperienceField.AccompagnementSocialProfessionnel => 1,
        ExperienceField.AccueilInformationOrientation => 2,
        ExperienceField.Other => 3,
        _ => 4,
    };
}
