namespace Cnam.Bot.Knowledge.Model;

/// <summary>An atomic statement not represented by the structured files (facts.yaml).</summary>
public sealed class Fact : Record
{
    public string Id { get; set; } = "";
    public string? Topic { get; set; }
    public string? Programme { get; set; }
    public string? Centre { get; set; }
    public string? Modality { get; set; }
    public string? Text { get; set; }
    public string? En { get; set; }
    public List<string> Keywords { get; set; } = [];
}
