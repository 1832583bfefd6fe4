namespace Cnam.Bot.Knowledge.Search;

/// <summary>One searchable statement: the generated text of a record, or a fact of facts.yaml.</summary>
internal sealed record SearchEntry(
    string Id,
    string Kind,
    string Text,
    string? Extra,
    string? Source,
    string? SourceTitle,
    string? ValidFor,
    string? Programme,
    string? Centre,
    string? Modality,
    string? RecordId);
