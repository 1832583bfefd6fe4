using BenchmarkDotNet.Attributes;
using Cnam.Bot.Benchmarks.Common;
using Cnam.Bot.Knowledge;

namespace Cnam.Bot.Benchmarks.Benchmarks;

/// <summary>
/// The understanding + answer step (issue 4) over the whole dev set: one operation answers every question once, each
/// in a new conversation. The "Per question" column divides the mean by the number of questions; the per-call
/// median and 99th percentile come from the <c>percentiles</c> command.
/// </summary>
[MemoryDiagnoser]
public class QuestionAnsweringBenchmarks
{
    private QaPipeline _pipeline = null!;
    private string[] _questions = [];

    [GlobalSetup]
    public void Setup()
    {
        _questions = DevSet.Load(BenchPaths.DevSet()).Select(q => q.Question).ToArray();
        _pipeline = new QaPipeline(KnowledgeBase.Load(BenchPaths.KnowledgeData()), QaPipeline.ResolveNow());
    }

    [Benchmark(Baseline = true, Description = "Recognize + Answer, dev set")]
    public int RecognizeAndAnswer()
    {
        var sections = 0;
        foreach (var question in _questions)
        {
            sections += _pipeline.Ask(question).Sections.Count;
        }
        return sections;
    }

    [Benchmark(Description = "Recognize only, dev set")]
    public int RecognizeOnly()
    {
        var intents = 0;
        foreach (var question in _questions)
        {
            intents += _pipeline.Recognize(question).Intents.Count;
        }
        return intents;
    }
}
