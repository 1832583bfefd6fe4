using BenchmarkDotNet.Attributes;
using Cnam.Bot.Benchmarks.Common;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Understanding;

namespace Cnam.Bot.Benchmarks.Benchmarks;

/// <summary>
/// The understanding layer alone on what people type in a questionnaire and in a schedule question (the dev set's
/// questions are timed by <see cref="QuestionAnsweringBenchmarks"/>): a long first sentence full of entities, a short
/// answer, a relative date, with the recogniser built as the bot builds it (UE titles of the knowledge base).
/// </summary>
[MemoryDiagnoser]
public class UnderstandingBenchmarks
{
    private static readonly DateTimeOffset Now = new(2022, 11, 16, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly RecognizerContext Context = new(AcademicYearStart: 2022);
    private UtteranceRecognizer _recognizer = null!;

    [Params(
        "J'ai un BTS ESF et 3 ans en mission locale, je peux faire la licence pro ?",
        "non en fait j'ai un DUT carrières sociales",
        "un an et demi",
        "c'est quand mon prochain cours ?")]
    public string Text { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var knowledge = KnowledgeBase.Load(BenchPaths.KnowledgeData());
        _recognizer = UtteranceRecognizer.CreateDefault(knowledge.Ues().Where(u => u.Title is not null).Select(u => (u.Code, u.Title!)));
    }

    [Benchmark(Description = "Recognize")]
    public int Recognize() => _recognizer.Recognize(Text, Now, Context).Intents.Count;
}
