using System.Globalization;
using System.Text.RegularExpressions;
using Cnam.Bot.Knowledge.Model;
using Cnam.Bot.Knowledge.Text;

namespace Cnam.Bot.Knowledge.Import;

/// <summary>What the importer needs to know that the document does not say in a machine-readable way.</summary>
/// <param name="Programme">Programme code the calendars belong to, e.g. <c>LP110</c>.</param>
/// <param name="Centre">Centre name, e.g. <c>Paris</c>.</param>
/// <param name="ParcoursByHeading">Folded words of a "## Parcours ..." heading mapped to a parcours id.</param>
public sealed record PlanningImportOptions(string Programme, string Centre, IReadOnlyDictionary<string, string> ParcoursByHeading)
{
    /// <summary>The settings for the LP110 presentation (seed 000).</summary>
    public static PlanningImportOptions Lp110Paris { get; } = new("LP110", "Paris", new Dictionary<string, string>
    {
        ["insertion sociale et professionnelle"] = "insertion-pro",
        ["insertion par la culture"] = "insertion-culture",
    });
}

/// <summary>
/// Decodes the calendar grids of a text extraction (seed 000). Each row holds, per month column, a weekday
/// letter, a day number and optionally a code; empty cells were sometimes dropped by the extraction, so each
/// cell is placed in a month by checking its weekday letter against the real calendar. When several months
/// fit, the earliest is kept and the others are recorded (<see cref="Session.AlsoPossible"/> and an ambiguity).
/// </summary>
public static partial class PlanningGridDecoder
{
    [GeneratedRegex(@"^(?<code>[A-Z]{2,5}[0-9]{2,3})(?<stars>\**)$", RegexOptions.NonBacktracking)]
    private static partial Regex UeCode();

    [GeneratedRegex(@"^(?<word>[A-Z]{3,})(?<stars>\**)$", RegexOptions.NonBacktracking)]
    private static partial Regex EventCode();

    [GeneratedRegex(@"COURS DU (?<mod>SOIR|JOUR)\s+(?<y1>[0-9]{4})-(?<y2>[0-9]{4})", RegexOptions.NonBacktracking)]
    private static partial Regex GridHeading();

    [GeneratedRegex(@"Horaire\s*:\s*(?<week>[^(]+?)\s*(\(samedi\s*:\s*(?<sat>[^)]+)\))?\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex HoursLine();

    [GeneratedRegex(@"^(?<name>[^\t-]+)-(?<yy>[0-9]{2})$", RegexOptions.NonBacktracking)]
    private static partial Regex MonthHeader();

    [GeneratedRegex(@"^(\\\*)+\s*(?<text>.+)$", RegexOptions.NonBacktracking)]
    private static partial Regex Footnote();

    private const int MaxLetterMismatches = 3;

    private sealed record Cell(string Letter, int Day, List<string> Codes, int Line, string Raw);

    /// <summary>Decodes every grid of <paramref name="lines"/> (the document's lines) into plannings.</summary>
    public static IReadOnlyList<Planning> Decode(IReadOnlyList<string> lines, string sourceName, PlanningImportOptions options)
    {
        var footnotes = ReadFootnotes(lines);
        var plannings = new List<Planning>();
        string? parcours = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## Parcours", StringComparison.Ordinal))
            {
                var folded = FrenchText.Fold(line);
                parcours = options.ParcoursByHeading.FirstOrDefault(p => folded.Contains(p.Key, StringComparison.Ordinal)).Value;
                continue;
            }
            var heading = GridHeading().Match(line);
            if (!line.StartsWith("##", StringComparison.Ordinal) || !heading.Success)
            {
                continue;
            }
            plannings.Add(DecodeGrid(lines, ref i, heading, parcours, footnotes, sourceName, options));
        }
        return plannings;
    }

    private static Dictionary<string, string> ReadFootnotes(IReadOnlyList<string> lines)
    {
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var m = Footnote().Match(line.Trim());
            if (m.Success)
            {
                var stars = new string('*', line.Trim().TakeWhile(c => c is '\\' or '*').Count(c => c == '*'));
                notes[stars] = m.Groups["text"].Value.Trim();
            }
        }
        return notes;
    }

    private static Planning DecodeGrid(IReadOnlyList<string> lines, ref int i, Match heading, string? parcours,
        Dictionary<string, string> footnotes, string sourceName, PlanningImportOptions options)
    {
        var modality = heading.Groups["mod"].Value == "SOIR" ? "soir" : "jour";
        var year = $"{heading.Groups["y1"].Value}-{heading.Groups["y2"].Value}";
        var planning = new Planning
        {
            Programme = options.Programme,
            Centre = options.Centre,
            Modality = modality,
            AcademicYear = year,
            Source = sourceName,
            ValidFor = year,
            Parcours = parcours is null ? ["tronc-commun"] : ["tronc-commun", parcours],
        };
        planning.Id = FrenchText.Fold($"{options.Programme} {options.Centre} {modality} {parcours} {year}").Replace(' ', '-');
        if (parcours is null)
        {
            planning.Ambiguities.Add(new Ambiguity { Where = $"{sourceName}:{i + 1}", What = "Parcours non identifié pour cette grille." });
        }

        var headingLine = i;
        // Hours follow the heading on the same line (culture grid) or on a line of their own.
        List<(int Month, int Year)>? months = null;
        for (var k = i; k < lines.Count && months is null; k++, i = k)
        {
            var hours = HoursLine().Match(lines[k]);
            if (planning.Hours is null && hours.Success)
            {
                planning.Hours = new PlanningHours { Weekdays = hours.Groups["week"].Value.Trim(), Saturday = NullIfEmpty(hours.Groups["sat"].Value) };
            }
            months = k > headingLine ? ReadMonths(lines[k]) : null;
        }
        if (months is null)
        {
            planning.Ambiguities.Add(new Ambiguity { Where = $"{sourceName}:{headingLine + 1}", What = "En-tête des mois introuvable : grille non décodée." });
            return planning;
        }

        var rows = new List<(int Line, List<Cell> Cells)>();
        for (; i < lines.Count && lines[i].Trim().Length > 0; i++)
        {
            rows.Add((i + 1, ReadCells(lines[i], i + 1)));
        }
        var legend = new Dictionary<string, string>(StringComparer.Ordinal);
        var colourOnly = new List<string>();
        for (; i < lines.Count && !lines[i].StartsWith('#'); i++)
        {
            var parts = lines[i].Split('\t');
            if (parts.Length < 2)
            {
                continue;
            }
            if (parts[0].Trim().Length == 0)
            {
                colourOnly.Add(parts[1].Trim());
            }
            else
            {
                legend[parts[0].Trim()] = parts[1].Trim();
            }
        }
        i--;

        var dropped = new List<DateOnly>();
        foreach (var (lineNo, cells) in rows)
        {
            PlaceRow(planning, months, lineNo, cells, legend, footnotes, dropped, sourceName);
        }
        planning.Sessions.Sort((a, b) => a.Date.CompareTo(b.Date));
        planning.Events.Sort((a, b) => Nullable.Compare(a.Date, b.Date));

        if (dropped.Count > 0)
        {
            planning.Ambiguities.Add(new Ambiguity
            {
                Where = $"{sourceName}:{rows[0].Line}-{rows[^1].Line}",
                What = $"{dropped.Count} cellule(s) absente(s) de l'extraction (supposées vides, sauf ambiguïté signalée) : " +
                    string.Join(", ", dropped.Order().Select(d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture))) + ".",
            });
        }
        if (colourOnly.Count > 0)
        {
            planning.Ambiguities.Add(new Ambiguity
            {
                Where = $"{sourceName}:{rows[^1].Line + 1} (légende)",
                What = "La légende « " + string.Join(" », « ", colourOnly) +
                    " » repose sur des couleurs perdues à l'extraction : ces périodes ne sont pas connues.",
            });
        }
        if (planning.Sessions.Count == 0)
        {
            planning.Ambiguities.Add(new Ambiguity
            {
                Where = $"{sourceName}:{headingLine + 1}",
                What = "La grille de ce planning ne contient aucune séance : le planning de ce parcours ne figure pas dans les documents.",
            });
        }
        return planning;
    }

    private static string? NullIfEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static List<(int Month, int Year)>? ReadMonths(string line)
    {
        var tokens = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (tokens.Length == 0)
        {
            return null;
        }
        var months = new List<(int, int)>();
        foreach (var token in tokens)
        {
            var m = MonthHeader().Match(token);
            var month = m.Success ? FrenchCalendar.MonthOf(m.Groups["name"].Value) : 0;
            if (month == 0)
            {
                return null;
            }
            months.Add((month, 2000 + int.Parse(m.Groups["yy"].Value, CultureInfo.InvariantCulture)));
        }
        return months;
    }

    private static List<Cell> ReadCells(string line, int lineNo)
    {
        var tokens = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var cells = new List<Cell>();
        for (var k = 0; k < tokens.Length; k++)
        {
            if (tokens[k] is "L" or "M" or "J" or "V" or "S" or "D" && k + 1 < tokens.Length
                && int.TryParse(tokens[k + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var day))
            {
                cells.Add(new Cell(tokens[k], day, [], lineNo, $"{tokens[k]} {day}"));
                k++;
            }
            else if (cells.Count > 0)
            {
                cells[^1].Codes.Add(tokens[k]);
            }
            else
            {
                cells.Add(new Cell("?", 0, [tokens[k]], lineNo, tokens[k]));
            }
        }
        return cells;
    }

    private static void PlaceRow(Planning planning, List<(int Month, int Year)> months, int lineNo, List<Cell> cells,
        Dictionary<string, string> legend, Dictionary<string, string> footnotes, List<DateOnly> dropped, string sourceName)
    {
        // Exact placements first; a row the calendar contradicts is placed with the fewest letter mismatches.
        var solutions = new List<int[]>();
        var cost = 0;
        for (; cost <= MaxLetterMismatches && solutions.Count == 0; cost++)
        {
            var found = new List<(int[] Placement, int Mismatches)>();
            Assign(cells, months, 0, 0, new int[cells.Count], 0, cost, found);
            solutions = found.Where(f => f.Mismatches == cost).Select(f => f.Placement).ToList();
        }
        if (solutions.Count == 0)
        {
            planning.Ambiguities.Add(new Ambiguity
            {
                Where = $"{sourceName}:{lineNo}",
                What = "Ligne non décodée : aucune correspondance entre ses jours de la semaine et le calendrier ("
                    + string.Join(" | ", cells.Select(c => string.Join(' ', [c.Raw, .. c.Codes]))) + ").",
            });
            return;
        }
        var chosen = solutions[0];
        var used = new HashSet<int>(chosen);
        var wrongLetters = cells.Select((c, k) => (Cell: c, Date: DateOf(months[chosen[k]], c.Day)))
            .Where(x => !FrenchCalendar.Matches(x.Date, x.Cell.Letter)).ToList();
        if (wrongLetters.Count > 0)
        {
            planning.Ambiguities.Add(new Ambiguity
            {
                Where = $"{sourceName}:{lineNo}",
                What = "La lettre du jour imprimée contredit le calendrier pour " + string.Join(", ", wrongLetters.Select(x =>
                    $"« {string.Join(' ', [x.Cell.Raw, .. x.Cell.Codes])} » ({FrenchCalendar.DayName(x.Date)} {Long(x.Date)})")) +
                    (solutions.Count == 1 ? " ; cellules placées selon leur colonne." : " ; placement incertain."),
            });
        }
        var day = cells.Count > 0 ? cells[0].Day : 0;
        for (var m = 0; m < months.Count; m++)
        {
            if (!used.Contains(m) && day >= 1 && day <= DateTime.DaysInMonth(months[m].Year, months[m].Month))
            {
                dropped.Add(new DateOnly(months[m].Year, months[m].Month, day));
            }
        }
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            var date = DateOf(months[chosen[c]], cell.Day);
            var alternatives = solutions.Select(s => s[c]).Distinct().Where(m => m != chosen[c])
                .Select(m => DateOf(months[m], cell.Day)).Order().ToList();
            if (alternatives.Count > 0 && cell.Codes.Count > 0)
            {
                planning.Ambiguities.Add(new Ambiguity
                {
                    Where = $"{sourceName}:{lineNo}",
                    What = $"La cellule « {cell.Raw} {string.Join(' ', cell.Codes)} » peut se placer le " +
                        string.Join(" ou le ", new[] { date }.Concat(alternatives).Select(Long)) +
                        " (une cellule voisine a été perdue à l'extraction) ; retenu : " + Long(date) + ".",
                });
            }
            foreach (var code in cell.Codes)
            {
                AddCode(planning, code, date, cell, alternatives, legend, footnotes, sourceName);
            }
        }
    }

    private static DateOnly DateOf((int Month, int Year) month, int day) => new(month.Year, month.Month, day);

    private static string Long(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    // Enumerates every increasing placement of the cells into month columns whose day exists, allowing at most
    // `budget` cells whose printed weekday letter disagrees with the calendar (the printed grid has a few typos).
    private static void Assign(List<Cell> cells, List<(int Month, int Year)> months, int c, int from, int[] current,
        int mismatches, int budget, List<(int[] Placement, int Mismatches)> solutions)
    {
        if (c == cells.Count)
        {
            solutions.Add(((int[])current.Clone(), mismatches));
            return;
        }
        for (var m = from; m <= months.Count - (cells.Count - c); m++)
        {
            var cell = cells[c];
            if (cell.Day < 1 || cell.Day > DateTime.DaysInMonth(months[m].Year, months[m].Month))
            {
                continue;
            }
            var cost = FrenchCalendar.Matches(DateOf(months[m], cell.Day), cell.Letter) ? 0 : 1;
            if (mismatches + cost <= budget)
            {
                current[c] = m;
                Assign(cells, months, c + 1, m + 1, current, mismatches + cost, budget, solutions);
            }
        }
    }

    private static void AddCode(Planning planning, string code, DateOnly date, Cell cell, List<DateOnly> alternatives,
        Dictionary<string, string> legend, Dictionary<string, string> footnotes, string sourceName)
    {
        var ue = UeCode().Match(code);
        if (ue.Success)
        {
            planning.Sessions.Add(new Session
            {
                Date = date,
                Weekday = FrenchCalendar.Letter(date),
                Ue = ue.Groups["code"].Value,
                Note = JoinNotes(footnotes.GetValueOrDefault(ue.Groups["stars"].Value), LetterNote(date, cell)),
                AlsoPossible = alternatives,
            });
            return;
        }
        var folded = FrenchText.Fold(code);
        if (folded == "ferie")
        {
            planning.Events.Add(new PlanningEvent
            {
                Date = date,
                Weekday = FrenchCalendar.Letter(date),
                Kind = "ferie",
                Label = code,
                Note = LetterNote(date, cell),
                AlsoPossible = alternatives,
            });
            return;
        }
        var ev = EventCode().Match(code);
        if (ev.Success && legend.TryGetValue(code, out var label))
        {
            planning.Events.Add(new PlanningEvent
            {
                Date = date,
                Weekday = FrenchCalendar.Letter(date),
                Kind = ev.Groups["word"].Value.ToLowerInvariant(),
                Label = label,
                Note = JoinNotes(footnotes.GetValueOrDefault(ev.Groups["stars"].Value), LetterNote(date, cell)),
                AlsoPossible = alternatives,
            });
            return;
        }
        planning.Ambiguities.Add(new Ambiguity { Where = $"{sourceName}:{cell.Line}", What = $"Code « {code} » du {Long(date)} non reconnu." });
    }

    private static string? LetterNote(DateOnly date, Cell cell) =>
        FrenchCalendar.Matches(date, cell.Letter) ? null : $"la grille imprime « {cell.Raw} » pour ce {FrenchCalendar.DayName(date)}";

    private static string? JoinNotes(string? a, string? b) => a is null ? b : b is null ? a : $"{a} ; {b}";
}
