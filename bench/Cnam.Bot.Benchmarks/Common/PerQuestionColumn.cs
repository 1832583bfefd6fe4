using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Cnam.Bot.Benchmarks.Benchmarks;

namespace Cnam.Bot.Benchmarks.Common;

/// <summary>The mean of a whole-dev-set operation divided by its number of questions (BenchmarkDotNet has no dynamic OperationsPerInvoke).</summary>
public sealed class PerQuestionColumn(int questions) : IColumn
{
    public string Id => nameof(PerQuestionColumn);
    public string ColumnName => "Per question";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Statistics;
    public int PriorityInCategory => 10;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Time;
    public string Legend => $"Mean divided by the {questions} questions of the dev set";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null || benchmarkCase.Descriptor.Type != typeof(QuestionAnsweringBenchmarks))
        {
            return "-";
        }
        return FormattableString.Invariant($"{statistics.Mean / questions / 1000.0:N1} μs");
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
