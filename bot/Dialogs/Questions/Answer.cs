using Cnam.Bot.Knowledge.Model;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>Where a statement of an answer comes from: the document and what it is valid for.</summary>
public sealed record Provenance(string Source, string? SourceTitle, string? ValidFor, string? Centre)
{
    public static Provenance? Of(Record? record, string? centre = null) =>
        record?.Source is null ? null : new Provenance(record.Source, record.SourceTitle, record.ValidFor, centre);
}

/// <summary>A button shown under an answer: what it says, and what it sends back when tapped.</summary>
public sealed record Suggestion(string Title, string Value);

/// <summary>Whether the knowledge base held what was asked.</summary>
public enum AnswerStatus
{
    /// <summary>The question was answered from the knowledge base.</summary>
    Answered,

    /// <summary>The bot asks which programme, centre or modality is meant before answering.</summary>
    Clarification,

    /// <summary>The knowledge base does not hold the answer: the user got the right contact instead.</summary>
    NotFound,
}

/// <summary>One answered part of a question (a combined question has several).</summary>
public sealed record AnswerSection(string Text, IReadOnlyList<Provenance> Sources);

/// <summary>The answer to one question: text sections with their provenance, buttons, and the context to keep.</summary>
public sealed record Answer(
    AnswerStatus Status,
    IReadOnlyList<AnswerSection> Sections,
    IReadOnlyList<Suggestion> Suggestions,
    QuestionContext Context,
    string? MissReason = null)
{
    public IEnumerable<Provenance> Sources => Sections.SelectMany(s => s.Sources);
}
