using System.Diagnostics.Metrics;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>
/// The <c>Cnam.Bot</c> meter's <c>cnam_bot.questions</c> counter: questions answered, by status and language, for
/// <c>dotnet-counters monitor -n Cnam.Bot --counters Cnam.Bot</c> or any OpenTelemetry exporter. A counter rather than a
/// log line per question: it costs nothing when nobody listens, and the questions not answered are kept for staff
/// anyway (<c>unanswered</c> command).
/// </summary>
public sealed class QuestionMetrics : IDisposable
{
    public const string MeterName = "Cnam.Bot";

    private readonly Meter _meter;
    private readonly Counter<long> _questions;

    /// <summary>This instance's meter (a listener tells it from another host's meter of the same name).</summary>
    internal Meter Meter => _meter;

    public QuestionMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _questions = _meter.CreateCounter<long>("cnam_bot.questions", unit: "{question}", description: "Questions answered, by status and language");
    }

    public void Answered(AnswerStatus status, string language) =>
        _questions.Add(1, new KeyValuePair<string, object?>("status", status.ToString()), new KeyValuePair<string, object?>("language", language));

    public void Dispose() => _meter.Dispose();
}
