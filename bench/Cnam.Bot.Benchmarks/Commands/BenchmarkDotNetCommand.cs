using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Cnam.Bot.Benchmarks.Benchmarks;
using Cnam.Bot.Benchmarks.Common;

namespace Cnam.Bot.Benchmarks.Commands;

/// <summary>
/// Runs the BenchmarkDotNet classes. The inputs are resolved here, once, and passed to BenchmarkDotNet's child
/// processes through environment variables; every other argument goes to BenchmarkDotNet (--filter, --job, --list...).
/// </summary>
public static class BenchmarkDotNetCommand
{
    public static readonly Command Definition = new(
        "bdn",
        "bdn [--set dev.jsonl] [--now ISO] [BenchmarkDotNet arguments, e.g. --filter '*Knowledge*']",
        "BenchmarkDotNet: question answering (whole dev set), knowledge load, understanding, knowledge queries, LiteDB state store, whole turns in process",
        Run);

    private static int Run(string[] args)
    {
        var a = Arguments.Parse(args, "--set", "--now");
        var set = BenchPaths.DevSet(a.Get("--set"));
        Environment.SetEnvironmentVariable(BenchPaths.DevSetVariable, set);
        Environment.SetEnvironmentVariable(BenchPaths.DataVariable, BenchPaths.KnowledgeData());
        // One "now" for every child process, so they all answer the same way.
        Environment.SetEnvironmentVariable(BenchPaths.NowVariable, QaPipeline.ResolveNow(a.Get("--now")).ToString("O"));
        Console.WriteLine(MachineInfo.Line());

        // Medians and 95th percentiles beside the means: the machine is shared and a mean takes every hiccup in.
        var config = DefaultConfig.Instance.AddColumn(StatisticColumn.Median, StatisticColumn.P95, new PerQuestionColumn(DevSet.Load(set).Count));
        var rest = a.Rest.Count > 0 ? a.Rest.ToArray() : ["--filter", "*"];
        var summaries = BenchmarkSwitcher.FromTypes([
            typeof(QuestionAnsweringBenchmarks), typeof(KnowledgeLoadBenchmarks), typeof(UnderstandingBenchmarks),
            typeof(KnowledgeQueryBenchmarks), typeof(StateStoreBenchmarks), typeof(TurnBenchmarks),
        ]).Run(rest, config);
        Console.WriteLine(MachineInfo.Line());
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
