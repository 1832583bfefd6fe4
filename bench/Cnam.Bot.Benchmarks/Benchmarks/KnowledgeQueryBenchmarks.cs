using BenchmarkDotNet.Attributes;
using Cnam.Bot.Benchmarks.Common;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Queries;

namespace Cnam.Bot.Benchmarks.Benchmarks;

/// <summary>
/// The knowledge base queries the answers and dialogs make, on the real knowledge/Data: a fee lookup (eligibility
/// result, fee questions), the next classes of a planning (schedule answers), a programme's units, a UE by code, and
/// the full-text search the answering falls back on.
/// </summary>
[MemoryDiagnoser]
public class KnowledgeQueryBenchmarks
{
    private static readonly DateOnly Day = new(2022, 11, 16);
    private KnowledgeBase _knowledge = null!;

    [GlobalSetup]
    public void Setup() => _knowledge = KnowledgeBase.Load(BenchPaths.KnowledgeData());

    [Benchmark(Description = "FindTariffs (LP110, soir, individuel)")]
    public int Tariffs() => _knowledge.FindTariffs(new TariffQuery(Programme: "LP110", Modality: "soir", Funding: "individuel")).Count;

    [Benchmark(Description = "Sessions of a week (LP110 soir insertion-pro)")]
    public int WeekSessions() => _knowledge.Sessions(new SessionQuery(Programme: "LP110", Parcours: "insertion-pro", Modality: "soir", From: Day, To: Day.AddDays(6))).Count;

    [Benchmark(Description = "UnitsOf (CPN42, Paris)")]
    public int Units() => _knowledge.UnitsOf("CPN42", "Paris").Count;

    [Benchmark(Description = "GetUe (TRS103)")]
    public string? Ue() => _knowledge.GetUe("TRS103")?.Title;

    [Benchmark(Description = "Search (« frais de dossier »)")]
    public int Search() => _knowledge.Search("frais de dossier").Count;
}
