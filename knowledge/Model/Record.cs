using YamlDotNet.Serialization;

namespace Cnam.Bot.Knowledge.Model;

/// <summary>
/// What every knowledge record carries: its provenance (source document and what it is valid for), an optional
/// note, and where it was read (file and line) so problems and <c>kb show</c> can point at it.
/// Records are filled by the loader and must be treated as read-only afterwards.
/// </summary>
public abstract class Record
{
    /// <summary>Source document file name, e.g. <c>000_ff8f371e9c43fa3c.txt</c>.</summary>
    public string? Source { get; set; }

    /// <summary>Academic year or document date the record is valid for ("2022-2023", "non daté").</summary>
    public string? ValidFor { get; set; }

    /// <summary>Free note, used to record ambiguities of the source.</summary>
    public string? Note { get; set; }

    /// <summary>Title of the source document (from sources.yaml), filled when the knowledge base is built.</summary>
    [YamlIgnore]
    [LiteDB.BsonIgnore]
    public string? SourceTitle { get; set; }

    /// <summary>Data file the record was read from, relative to the data folder.</summary>
    [YamlIgnore]
    public string File { get; set; } = "";

    /// <summary>1-based line of the record in <see cref="File"/>.</summary>
    [YamlIgnore]
    public int Line { get; set; }
}

/// <summary>Values a file declares once under <c>defaults:</c> for the records that lack them.</summary>
public sealed class FileDefaults
{
    public string? Source { get; set; }
    public string? ValidFor { get; set; }
    public string? Centre { get; set; }
}
