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
        var spans = modes.Select(x => (x.Programme, x.Mode, Lengths: Lengths(x.Mode.Duration))).ToList();
        var fitting = spans.Where(x => x.Lengths.Any(l => l.From <= asked.Months && asked.Months <= l.To + LengthSlackMonths)).ToList();
        var one = modes.Select(x => x.Programme.Code).Distinct().Count() == 1;
        string Mode((KProgramme Programme, KModality Mode, List<(int From, int To)> Lengths) x) =>
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
        if (spans.Count == 0 || spans.Any(x => x.Lengths.Count == 0))
        {
            return null;
        }
        // "Non" only shorter than the shortest or longer than the longest: between two lengths a mode gives ("1 ou 2 ans",
        // 18 months asked), the documents do not say.
        var shorter = spans.All(x => asked.Months < x.Lengths.Min(l => l.From));
        var longer = spans.All(x => asked.Months > x.Lengths.Max(l => l.To) + LengthSlackMonths);
        if (!shorter && !longer)
        {
            return null;
        }
        var nearest = shorter ? spans.MinBy(x => x.Lengths.Min(l => l.From)) : spans.MaxBy(x => x.Lengths.Max(l => l.To));
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
    /// The lengths a mode's duration allows, in months: "formation sur 1 an" [12, 12], "1 ou 2 ans" [12, 12] and [24, 24]
    /// (one or the other), "2 à 3 ans" [24, 36], "9 mois … ou sur plusieurs années" [9, 9] and [24, unbounded]. Empty when
    /// it gives none.
    /// </summary>
    private static List<(int From, int To)> Lengths(string? duration)
    {
        var lengths = new List<(int From, int To)>();
        if (string.IsNullOrWhiteSpace(duration))
        {
            return lengths;
        }
        foreach (Match m in ModeLengths().Matches(duration))
        {
            var unit = m.Groups["unit"].Value.StartsWith('m') ? 1 : 12;
            var low = int.Parse(m.Groups["low"].Value, CultureInfo.InvariantCulture) * unit;
            if (!m.Groups["high"].Success)
            {
                lengths.Add((low, low));
                continue;
            }
            var high = int.Parse(m.Groups["high"].Value, CultureInfo.InvariantCulture) * unit;
            if (m.Groups["join"].Value is "ou" or "or")
            {
                lengths.Add((low, low));
                lengths.Add((high, high));
            }
            else
            {
                lengths.Add((low, high));
            }
        }
        if (SeveralYears().IsMatch(duration))
        {
            lengths.Add((24, int.MaxValue / 2));
        }
        return lengths;
    }

    // "1 an", "1 ou 2 ans", "2 à 3 ans", "9 mois", "2 years".
    [GeneratedRegex(@"(?<low>\d+)(?:\s*(?<join>ou|à|a|-|to|or)\s*(?<high>\d+))?\s*(?<unit>ans?|mois|years?|months?)\b", RegexOptions.NonBacktracking)]
    private static partial Regex ModeLengths();

    [GeneratedRegex(@"plusieurs ann[ée]es|several years", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex SeveralYears();
}
