namespace Cnam.Bot.Knowledge.Model;

/// <summary>One fee line of a document (tariffs.yaml).</summary>
public sealed class Tariff : Record
{
    public string Id { get; set; } = "";
    public string? Programme { get; set; }
    public string? Parcours { get; set; }
    public string? Centre { get; set; }
    public string? Modality { get; set; }
    public int? PlanYears { get; set; }
    public string? Funding { get; set; }
    public string? Kind { get; set; }
    public decimal? Amount { get; set; }
    public string? Unit { get; set; }
    public string? Label { get; set; }
    public List<string> Notes { get; set; } = [];

    /// <summary>The price of the whole programme ("total"), as opposed to a price per credit, hour, UE or year.</summary>
    public bool IsWholeProgrammePrice() => Unit == "total";
}

/// <summary>How many hours a number of credits stands for (used by per-hour tariffs).</summary>
public sealed class CreditHours : Record
{
    public int Credits { get; set; }
    public int Hours { get; set; }
}
