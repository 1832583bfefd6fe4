namespace Cnam.Bot.Understanding;

/// <summary>A number said in digits ("18", "1,5") or words ("vingt-quatre"); Start/Length index the tokens.</summary>
public sealed record NumberMention(double Value, string Text, int Start, int Length);

/// <summary>A duration ("18 mois", "un an et demi"); <see cref="Months"/> is the length in months (a week is 12/52).</summary>
public sealed record DurationMention(double Value, DurationUnit Unit, double Months, string Text, int Start, int Length)
{
    /// <summary>Whole months, rounded ("un an et demi" -> 18).</summary>
    public int WholeMonths => (int)Math.Round(Months, MidpointRounding.AwayFromZero);
}

/// <summary>A date or period resolved against the user's "now": Start..End inclusive.</summary>
public sealed record DateMention(DateOnly Start, DateOnly End, DateKind Kind, string Text);

/// <summary>A time of day ("18h15", "à 9h").</summary>
public sealed record TimeMention(TimeOnly Time, string Text);

/// <summary>
/// A diploma. <see cref="Level"/>: 0 none, 2 brevet, 3 CAP/BEP, 4 bac, 5 bac+2, 6 bac+3/4, 7 bac+5, 8 doctorate; null
/// when the words give no level ("un titre pro"). <see cref="Held"/>: said as owned ("j'ai", "titulaire"...);
/// <see cref="Negated"/>: said as not owned ("je n'ai pas le bac").
/// </summary>
public sealed record DiplomaMention(
    int? Level, string Label, bool IsCip, bool IsCnamFirstCycle, bool Held, bool Negated, string Text, int Start, int Length);

/// <summary>
/// A work experience: months when a duration was given (null otherwise), and its field when the words tell it
/// (null when unknown). "jamais travaillé" gives 0 months, field None.
/// </summary>
public sealed record ExperienceMention(int? Months, ExperienceField? Field, string Text);

/// <summary>An UE of the catalogue whose title the user seems to quote, with a score in 0..1.</summary>
public sealed record UeTitleMatch(string Code, string Title, double Score);

/// <summary>An intent and its score in 0..1.</summary>
public sealed record IntentScore(string Name, double Score);
