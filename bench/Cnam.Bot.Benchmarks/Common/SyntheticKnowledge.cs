using System.Text;
using System.Text.RegularExpressions;
using Cnam.Bot.Knowledge;

namespace Cnam.Bot.Benchmarks.Common;

/// <summary>
/// A knowledge base <c>factor</c> times the real one, for measuring how a turn's cost grows with the data: the real
/// knowledge/Data copied to a folder, then, for each copy k = 1..factor-1, every programme, UE, tariff and planning
/// (with its sessions) written again with its codes and ids suffixed (<c>TRS103</c> becomes <c>TRS103S7</c>,
/// <c>LP110</c> <c>LP110S7</c>), its aliases and titles marked as copy k, and its cross-references renamed the same way,
/// so the real loader's validation (kb check) accepts it. The other files (access, contacts, eligibility rules, facts)
/// stay as they are: they are about the real programmes. The real records are untouched, so the dev set's questions
/// still have their answers, now among ten or a hundred times more candidates.
/// </summary>
public static class SyntheticKnowledge
{
    private static readonly Regex TopLevelId = new(@"^(  - id: |    id: |  id: )(\S+)", RegexOptions.Multiline);
    private static readonly Regex QuotedListItem = new(@"^(\s+- "")([^""]*)("")\s*$", RegexOptions.Multiline);
    private static readonly Regex NextTopLevelKey = new(@"\n[A-Za-z]");
    private static readonly Regex Title = new(@"^(\s+title: "")([^""]*)("")", RegexOptions.Multiline);

    /// <summary>Writes the ×<paramref name="factor"/> knowledge base into <paramref name="target"/> (created empty).</summary>
    public static void Write(string realData, string target, int factor)
    {
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }
        CopyFolder(realData, target);
        if (factor <= 1)
        {
            return;
        }
        var real = KnowledgeBase.Load(realData);
        var codes = real.Ues().Select(u => u.Code).Concat(real.Programmes().Select(p => p.Code))
            .Where(c => !string.IsNullOrWhiteSpace(c)).Distinct().OrderByDescending(c => c.Length).ToList();
        var codePattern = new Regex(@"\b(" + string.Join('|', codes.Select(Regex.Escape)) + @")\b");

        Append(Path.Combine(target, "ues.yaml"), "ues:", factor, codePattern);
        Append(Path.Combine(target, "programmes.yaml"), "programmes:", factor, codePattern);
        Append(Path.Combine(target, "tariffs.yaml"), "tariffs:", factor, codePattern);
        var plannings = Path.Combine(target, "plannings");
        foreach (var file in Directory.GetFiles(plannings, "*.yaml"))
        {
            var text = File.ReadAllText(file);
            for (var k = 1; k < factor; k++)
            {
                File.WriteAllText(Path.Combine(plannings, $"{Path.GetFileNameWithoutExtension(file)}-s{k}.yaml"), Copy(text, k, codePattern));
            }
        }
    }

    /// <summary>Appends factor-1 renamed copies of the list items of the top-level list <paramref name="listKey"/>.</summary>
    private static void Append(string file, string listKey, int factor, Regex codePattern)
    {
        var text = File.ReadAllText(file);
        var start = text.IndexOf("\n" + listKey, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new BenchSetupException($"{file}: no top-level « {listKey} » list");
        }
        // The list runs to the next top-level key (a line starting with a letter), or to the end of the file.
        var itemsStart = start + listKey.Length + 1;
        var next = NextTopLevelKey.Match(text, itemsStart);
        var itemsEnd = next.Success ? next.Index + 1 : text.Length;
        var items = text[itemsStart..itemsEnd].TrimStart('\n').TrimEnd() + "\n";
        var builder = new StringBuilder(text.Length * factor);
        builder.Append(text, 0, itemsEnd);
        if (builder[^1] != '\n')
        {
            builder.Append('\n');
        }
        for (var k = 1; k < factor; k++)
        {
            builder.Append($"\n  # ---- copie synthétique {k} (bench/ kb-scale) ----\n");
            builder.Append(Copy(items, k, codePattern));
        }
        builder.Append(text, itemsEnd, text.Length - itemsEnd);
        File.WriteAllText(file, builder.ToString());
    }

    private static string Copy(string yaml, int k, Regex codePattern)
    {
        var suffix = $"S{k}";
        var renamed = codePattern.Replace(yaml, m => m.Value + suffix);
        renamed = TopLevelId.Replace(renamed, m => m.Groups[1].Value + m.Groups[2].Value.Trim('"') + "-s" + k);
        // Aliases and other quoted list items: unique per copy, so that a programme alias still names one programme.
        renamed = QuotedListItem.Replace(renamed, m => $"{m.Groups[1].Value}{m.Groups[2].Value} s{k}{m.Groups[3].Value}");
        return Title.Replace(renamed, m => $"{m.Groups[1].Value}{m.Groups[2].Value} (copie {k}){m.Groups[3].Value}");
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        foreach (var folder in Directory.GetDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
