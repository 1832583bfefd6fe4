using Cnam.Bot.Knowledge;
using LiteDB;

namespace Cnam.Bot.Tests.Knowledge;

/// <summary>Paths of the shipped data (copied next to the test binaries) and of the fixtures.</summary>
internal static class KnowledgeTestData
{
    public static string Shipped => Path.Combine(AppContext.BaseDirectory, "knowledge", "Data");

    public static string Mini => Path.Combine(AppContext.BaseDirectory, "Knowledge", "TestData", "mini");

    public static string Seed000 => Path.Combine(AppContext.BaseDirectory, "Knowledge", "TestData", "seeds", "000_ff8f371e9c43fa3c.txt");

    /// <summary>A scratch copy of a data folder that a test may break.</summary>
    public static string CopyOf(string source)
    {
        var target = Path.Combine(Path.GetTempPath(), "cnam-kb-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }

    /// <summary>Replaces the first occurrence of <paramref name="old"/> and returns the 1-based line it was on.</summary>
    public static int Replace(string path, string old, string replacement)
    {
        var text = File.ReadAllText(path);
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"« {old} » not found in {path}");
        File.WriteAllText(path, string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length)));
        return text[..at].Count(c => c == '\n') + 1;
    }
}

/// <summary>The shipped knowledge base, built once through an in-memory LiteDB database.</summary>
public sealed class ShippedKnowledgeFixture
{
    public ShippedKnowledgeFixture()
    {
        using var db = new LiteDatabase(new MemoryStream());
        Knowledge = KnowledgeBase.Open(KnowledgeTestData.Shipped, db);
    }

    public KnowledgeBase Knowledge { get; }
}
