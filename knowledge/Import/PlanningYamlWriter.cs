using System.Globalization;
using System.Text;
using Cnam.Bot.Knowledge.Model;

namespace Cnam.Bot.Knowledge.Import;

/// <summary>Writes a planning as a readable YAML file (one line per session, the day name in a comment).</summary>
public static class PlanningYamlWriter
{
    public static string Write(Planning p, string generatedBy)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(generatedBy).Append('\n');
        sb.Append("# Le fichier peut aussi être écrit ou corrigé à la main (voir knowledge/README.md).\n");
        sb.Append("planning:\n");
        Line(sb, 2, "id", p.Id);
        Line(sb, 2, "programme", p.Programme);
        Line(sb, 2, "centre", p.Centre);
        sb.Append("  parcours: [").Append(string.Join(", ", p.Parcours)).Append("]\n");
        Line(sb, 2, "modality", p.Modality);
        Line(sb, 2, "academicYear", p.AcademicYear);
        if (p.Hours is not null)
        {
            sb.Append("  hours:\n");
            Line(sb, 4, "weekdays", p.Hours.Weekdays);
            Line(sb, 4, "saturday", p.Hours.Saturday);
        }
        Line(sb, 2, "source", p.Source);
        Line(sb, 2, "validFor", p.ValidFor);
        Line(sb, 2, "note", p.Note);
        sb.Append("  sessions:").Append(p.Sessions.Count == 0 ? " []\n" : "\n");
        foreach (var s in p.Sessions)
        {
            sb.Append("    - { date: ").Append(Date(s.Date)).Append(", weekday: ").Append(s.Weekday).Append(", ue: ").Append(s.Ue);
            AppendExtras(sb, s.Note, s.AlsoPossible);
            sb.Append(" }  # ").Append(FrenchCalendar.DayName(s.Date)).Append('\n');
        }
        sb.Append("  events:").Append(p.Events.Count == 0 ? " []\n" : "\n");
        foreach (var e in p.Events)
        {
            sb.Append("    - { date: ").Append(e.Date is { } d ? Date(d) : "").Append(", weekday: ").Append(e.Weekday)
                .Append(", kind: ").Append(e.Kind).Append(", label: ").Append(Quote(e.Label));
            AppendExtras(sb, e.Note, e.AlsoPossible);
            sb.Append(" }");
            if (e.Date is { } day)
            {
                sb.Append("  # ").Append(FrenchCalendar.DayName(day));
            }
            sb.Append('\n');
        }
        sb.Append("  ambiguities:").Append(p.Ambiguities.Count == 0 ? " []\n" : "\n");
        foreach (var a in p.Ambiguities)
        {
            sb.Append("    - where: ").Append(Quote(a.Where)).Append('\n');
            sb.Append("      what: ").Append(Quote(a.What)).Append('\n');
        }
        return sb.ToString();
    }

    private static void AppendExtras(StringBuilder sb, string? note, List<DateOnly> alsoPossible)
    {
        if (note is not null)
        {
            sb.Append(", note: ").Append(Quote(note));
        }
        if (alsoPossible.Count > 0)
        {
            sb.Append(", alsoPossible: [").Append(string.Join(", ", alsoPossible.Select(Date))).Append(']');
        }
    }

    private static void Line(StringBuilder sb, int indent, string key, string? value)
    {
        if (value is not null)
        {
            sb.Append(' ', indent).Append(key).Append(": ").Append(Quote(value)).Append('\n');
        }
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Quote(string? s)
    {
        if (s is null)
        {
            return "null";
        }
        // Plain scalars for simple identifiers keep the file easy to read; anything else is double-quoted.
        if (s.Length > 0 && s.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.') && char.IsLetter(s[0]))
        {
            return s;
        }
        return "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
