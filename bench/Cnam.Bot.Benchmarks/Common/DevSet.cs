using System.Text.Json;

namespace Cnam.Bot.Benchmarks.Common;

/// <summary>One question of the evaluation set (only what the benchmarks need: the expectations are run-eval's business).</summary>
public sealed record DevQuestion(string Id, string Question, string? Topic);

/// <summary>Reads a JSONL question set in run-eval's format (one object a line with "id" and "question").</summary>
public static class DevSet
{
    public static IReadOnlyList<DevQuestion> Load(string path)
    {
        var questions = new List<DevQuestion>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var question = root.GetProperty("question").GetString();
                if (string.IsNullOrWhiteSpace(question))
                {
                    throw new BenchSetupException($"{path}:{lineNumber}: empty question");
                }
                var id = root.TryGetProperty("id", out var i) ? i.GetString() : null;
                var topic = root.TryGetProperty("topic", out var t) ? t.GetString() : null;
                questions.Add(new DevQuestion(id ?? $"line{lineNumber}", question, topic));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new BenchSetupException($"{path}:{lineNumber}: not a question item ({e.Message})");
            }
        }
        return questions.Count > 0 ? questions : throw new BenchSetupException($"{path}: no question");
    }
}
