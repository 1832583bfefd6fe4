using System.Globalization;

namespace Cnam.Bot.Understanding;

/// <summary>The quantities said with a unit: credits ("6 crédits", "60 ECTS"), hours ("60 h", "560 heures") and times of day ("18h15", "à 9h").</summary>
public sealed record Quantities(IReadOnlyList<int> Credits, IReadOnlyList<double> Hours, IReadOnlyList<TimeMention> Times);

/// <summary>
/// Credits, hour amounts and times of day. "18h15" and "à 18h" are times; "60 h" and "560 heures de stage" are amounts.
/// </summary>
public sealed class QuantityRecognizer(Lexicon lexicon, NumberRecognizer numbers)
{
    public QuantityRecognizer(Lexicon lexicon) : this(lexicon, new NumberRecognizer(lexicon))
    {
    }

    public Quantities Recognize(NormalizedText text) => Recognize(text.TokenArray, null);

    internal Quantities Recognize(ReadOnlySpan<Token> tokens, bool[]? claimed)
    {
        var credits = new List<int>();
        var hours = new List<double>();
        var times = new List<TimeMention>();
        var i = 0;
        while (i < tokens.Length)
        {
            if (claimed is not null && claimed[i])
            {
                i++;
                continue;
            }
            var text = tokens[i].Text;
            if (TryGlued(text, out var gluedHour, out var gluedMinute, out var minutesGiven))
            {
                // "18h15" is a time; "18h" is a time after "à", "vers", "de"...; "36h" is an amount of hours.
                var inRange = (i + 1 < tokens.Length && TryGlued(tokens[i + 1].Text, out var nextHour, out _, out _) && nextHour < 24)
                    || (times.Count > 0 && i > 0 && times[^1].Text == tokens[i - 1].Text);
                if (minutesGiven || (gluedHour < 24 && (inRange || (i > 0 && lexicon.TimePrepositions.Contains(tokens[i - 1].Text)))))
                {
                    times.Add(new TimeMention(new TimeOnly(gluedHour, gluedMinute), text));
                }
                else
                {
                    hours.Add(gluedHour);
                }
                Claim(claimed, i, 1);
                i++;
                continue;
            }
            if (numbers.TryParse(tokens, i, allowArticle: false, out var value, out var length) && i + length < tokens.Length)
            {
                var unit = tokens[i + length].Text;
                if (lexicon.CreditUnits.Contains(unit) && value == Math.Floor(value) && value < 1000)
                {
                    credits.Add((int)value);
                    Claim(claimed, i, length + 1);
                    i += length + 1;
                    continue;
                }
                if (lexicon.HourUnits.Contains(unit))
                {
                    var isTime = value is >= 0 and < 24 && value == Math.Floor(value) && i > 0
                        && lexicon.TimePrepositions.Contains(tokens[i - 1].Text);
                    if (isTime)
                    {
                        times.Add(new TimeMention(new TimeOnly((int)value, 0), NumberRecognizer.Join(tokens, i, length + 1)));
                    }
                    else
                    {
                        hours.Add(value);
                    }
                    Claim(claimed, i, length + 1);
                    i += length + 1;
                    continue;
                }
            }
            if (text.Length is 4 or 5 && text.Contains(':') && TimeOnly.TryParseExact(text, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var colonTime))
            {
                times.Add(new TimeMention(colonTime, text));
                Claim(claimed, i, 1);
            }
            i++;
        }
        return new Quantities(credits, hours, times);
    }

    /// <summary>"18h15", "9h30", "18h", "36h".</summary>
    private static bool TryGlued(string text, out int hour, out int minute, out bool minutesGiven)
    {
        hour = minute = 0;
        minutesGiven = false;
        var h = text.IndexOf('h');
        if (h is < 1 or > 3 || !int.TryParse(text.AsSpan(0, h), NumberStyles.None, CultureInfo.InvariantCulture, out hour))
        {
            return false;
        }
        var rest = text.AsSpan(h + 1);
        if (rest.Length > 0)
        {
            if (rest.Length != 2 || !int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out minute) || minute > 59 || hour > 23)
            {
                return false;
            }
            minutesGiven = true;
        }
        return true;
    }

    private static void Claim(bool[]? claimed, int start, int length)
    {
        if (claimed is not null)
        {
            Array.Fill(claimed, true, start, length);
        }
    }
}
