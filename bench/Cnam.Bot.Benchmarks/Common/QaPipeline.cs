using Cnam.Bot.Dialogs.Questions;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Understanding;

namespace Cnam.Bot.Benchmarks.Common;

/// <summary>
/// The understanding + answer step of a Q&amp;A turn, wired as the bot wires it (QuestionsExtensions and
/// KnowledgeQuestionAnswerer): a recogniser that knows the knowledge base's UE titles, the answering layer on the
/// default vocabulary, a new conversation (empty context) for each question as run-eval does. No rendering, no I/O.
/// </summary>
public sealed class QaPipeline
{
    private readonly UtteranceRecognizer _recognizer;
    private readonly QuestionAnswering _answering;
    private readonly RecognizerContext _context;

    public QaPipeline(KnowledgeBase knowledge, DateTimeOffset now)
    {
        Now = now;
        _recognizer = UtteranceRecognizer.CreateDefault(knowledge.Ues().Where(u => u.Title is not null).Select(u => (u.Code, u.Title!)));
        _answering = new QuestionAnswering(knowledge, AnsweringVocabulary.Default);
        // Same reading of a date without a year as KnowledgeQuestionAnswerer: inside the current academic year.
        _context = RecognizerContext.ForAcademicYearOf(now);
    }

    public DateTimeOffset Now { get; }

    public Utterance Recognize(string question) => _recognizer.Recognize(question, Now, _context);

    public Answer Answer(Utterance utterance) => _answering.Answer(utterance, QuestionContext.Empty, Now);

    public Answer Ask(string question) => Answer(Recognize(question));

    /// <summary>The "now" the benchmarks answer at: <c>CNAM_BENCH_NOW</c> (ISO 8601) when set, else the clock, as run-eval without --timestamp.</summary>
    public static DateTimeOffset ResolveNow(string? iso = null)
    {
        iso ??= Environment.GetEnvironmentVariable(BenchPaths.NowVariable);
        if (string.IsNullOrEmpty(iso))
        {
            return DateTimeOffset.Now;
        }
        return DateTimeOffset.TryParse(iso, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var now)
            ? now
            : throw new BenchSetupException($"--now: not an ISO 8601 date and time: {iso}");
    }
}
