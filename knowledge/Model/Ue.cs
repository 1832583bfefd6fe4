namespace Cnam.Bot.Knowledge.Model;

/// <summary>A teaching unit (UE) or activity unit (UA) of the catalogue (ues.yaml).</summary>
public sealed class Ue : Record
{
    public string Code { get; set; } = "";
    public string? Title { get; set; }
    public List<OtherTitle> OtherTitles { get; set; } = [];
    public int? Ects { get; set; }
    public string? Kind { get; set; }
    public string? Description { get; set; }
}

/// <summary>Another wording of a UE title found in a given document.</summary>
public sealed class OtherTitle
{
    public string Title { get; set; } = "";
    public string? Source { get; set; }
}
