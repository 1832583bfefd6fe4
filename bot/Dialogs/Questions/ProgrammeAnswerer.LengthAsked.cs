using System.Globalization;
using System.Text.RegularExpressions;
using Cnam.Bot.Understanding;
using KProgramme = Cnam.Bot.Knowledge.Model.Programme;
using KModality = Cnam.Bot.Knowledge.Model.Modality;

namespace Cnam.Bot.Dialogs.Questions;

public sealed partial class ProgrammeAnswerer
{
    // A length a mode of shorter length still fits in ("le CASP en 1 an ?": 9 months, October to July, is that year).
    private const int LengthSlackMonths = 3;

    /// <summary>
    /// A length asked of a programme ("peut-on faire la licence en 2 ans ?", "le CASP en 6 mois ?", "Can I do the licence in
    /// two years?"): "Oui" first with the modes whose length allows it, when the question may be answered yes or no; "Non"
    /// first with the nearest length when no mode allows it and every mode's length is given (the CASP at La Réunion gives
    /// none: no "Non" then). Null when no length is asked.
    /// </summary>
    private string? LengthVerdict(IReadOnlyList<(KProgramme Programme, KModality Mode)> modes, Slots s)
    {
        if (s.Utterance.Entities.Experience is not null || Asked(s) is not { } asked)
        {
            return null;
        }
        var spans = modes.Select(x => (x.Programme, x.Mode, Span: Span(x.Mode.Duration))).ToList();
        var fitting = spans.Where(x => x.Span is { } span && span.Min <= asked.Months && asked.Months <= span.Max + LengthSlackMonths).ToList();
        var one = modes.Select(x => x.Programme.Code).Distinct().Count() == 1;
        string Mode((KProgramme Programme, KModality Mode, (int Min, int Max)? Span) x) =>
            $"{(one ? "" : Format.ProgrammeShort(x.Programme.Code, s.Language) + ", ")}{x.Mode.Label} ({x.Programme.Centre}) — {x.Mode.Duration}";
        if (fitting.Count > 0)
        {
            if (s.Mentions(vocabulary.OpenQuestionWords))
            {
                return null;
            }
            var what = one ? Format.Programme(modes[0].Programme.Code, s.Language) : s.L("ces formations", "these programmes");
            return s.L($"**Oui** : d'après mes documents, {what} peut se faire en {asked.Text} : {string.Join(" ; ", fitting.Select(Mode))}.",
                $"**Yes**: according to my documents, {what} can be done in {asked.Text}: {string.Join("; ", fitting.Select(Mode))}.");
        }
        if (spans.Count == 0 || spans.Any(x => x.Span is null))
        {
            return null;
        }
        var shorter = spans.All(x => asked.Months < x.Span!.Value.Min);
        var nearest = shorter ? spans.MinBy(x => x.Span!.Value.Min) : spans.MaxBy(x => x.Span!.Value.Max);
        var none = one ? s.L($"{Format.Programme(modes[0].Programme.Code, "fr")} ne se fait pas", $"{Format.Programme(modes[0].Programme.Code, "en")} does not take")
            : s.L("aucune de ces formations ne se fait", "none of these programmes takes");
        return s.L($"**Non** : d'après mes documents, {none} en {asked.Text} ; au plus {(shorter ? "court" : "long")} : {Mode(nearest)}.",
            $"**No**: according to my documents, {none} {asked.Text}; the {(shorter ? "shortest" : "longest")}: {Mode(nearest)}.");
    }

    /// <summary>The length asked, in months, with its words: a duration said ("en 6 mois"), else a number of years ("en 2 ans").</summary>
    private static (int Months, string Text)? Asked(Slots s)
    {
        var e = s.Utterance.Entities;
        if (e.Durations is [{ Unit: DurationUnit.Month or DurationUnit.Year } said])
        {
            return (said.WholeMonths, said.Text);
        }
        if (e.Durations.Count == 0 && e.PlanYears is int years and > 0)
        {
            return (years * 12, years == 1 ? s.L("1 an", "one year") : s.L($"{years} ans", $"{years} years"));
        }
        return null;
    }

    /// <summary>
    /// The shortest and longest a mode's length allows, in months: "formation sur 1 an" [12, 12], "1 ou 2 ans" [12, 24],
    /// "2 à 3 ans" [24, 36], "9 mois … ou sur plusieurs années" [9, unbounded]. Null when it gives none.
    /// </summary>
    private static (int Min, int Max)? Span(string? duration)
    {
        if (string.IsNullOrWhiteSpace(duration))
        {
            return null;
        }
        int? min = null, max = null;
        foreach (Match m in ModeLengths().Matches(duration))
        {
            var unit = m.Groups[3].Value.StartsWith('m') ? 1 : 12;
            var low = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * unit;
            var high = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) * unit : low;
            min = Math.Min(min ?? low, low);
            max = Math.Max(max ?? high, high);
        }
        if (SeveralYears().IsMatch(duration))
        {
            min = Math.Min(min ?? 24, 24);
            max = int.MaxValue / 2;
        }
        return min is null ? null : (min.Value, max!.Value);
    }

    // "1 an", "1 ou 2 ans", "2 à 3 ans", "9 mois", "2 years".
    [GeneratedRegex(@"(\d+)(?:\s*(?:ou|à|a|-|to|or)\s*(\d+))?\s*(ans?|mois|years?|months?)\b", RegexOptions.NonBacktracking)]
    private static partial Regex ModeLengths();

    [GeneratedRegex(@"plusieurs ann[ée]es|several years", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex SeveralYears();
}
