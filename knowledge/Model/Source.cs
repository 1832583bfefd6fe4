namespace Cnam.Bot.Knowledge.Model;

/// <summary>One source document (sources.yaml).</summary>
public sealed class SourceDocument
{
    public string Id { get; set; } = "";
    public string? Title { get; set; }
    public string? Centre { get; set; }
    public string? DocumentDate { get; set; }
    public string? ValidFor { get; set; }
    public string? Description { get; set; }
    public string? Note { get; set; }

    [YamlDotNet.Serialization.YamlIgnore]
    public string File { get; set; } = "";

    [YamlDotNet.Serialization.YamlIgnore]
    public int Line { get; set; }
}
