using Cnam.Bot.Knowledge.Model;

namespace Cnam.Bot.Knowledge.Queries;

/// <summary>Filters of <see cref="KnowledgeBase.FindTariffs"/>; a null filter matches everything.</summary>
public sealed record TariffQuery(
    string? Programme = null,
    string? Centre = null,
    string? Modality = null,
    string? Funding = null,
    int? PlanYears = null,
    string? Kind = null,
    string? Parcours = null,
    string? ValidFor = null);

/// <summary>Filters of <see cref="KnowledgeBase.Sessions"/>; dates are inclusive.</summary>
public sealed record SessionQuery(
    string? Programme = null,
    string? Parcours = null,
    string? Modality = null,
    string? Ue = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Centre = null);

/// <summary>Filters of <see cref="KnowledgeBase.Events"/>.</summary>
public sealed record EventQuery(
    string? Programme = null,
    string? Parcours = null,
    string? Modality = null,
    string? Kind = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Centre = null);

/// <summary>A class day with its UE title and the calendar (and so the provenance) it comes from.</summary>
public sealed record SessionInfo(Session Session, Ue? Ue, Planning Planning)
{
    public DateOnly Date => Session.Date;
    public string UeCode => Session.Ue;
    public string? Source => Planning.Source;
    public string? SourceTitle => Planning.SourceTitle;
    public string? ValidFor => Planning.ValidFor;
}

/// <summary>A calendar event (holiday, welcome day, workshop...) with its calendar.</summary>
public sealed record EventInfo(PlanningEvent Event, Planning Planning)
{
    public string? Source => Planning.Source;
    public string? SourceTitle => Planning.SourceTitle;
    public string? ValidFor => Planning.ValidFor;
}

/// <summary>A UE as taught in a programme: catalogue entry plus the programme's own settings.</summary>
public sealed record UnitInfo(ProgrammeUnit Unit, Ue? Ue, Programme Programme)
{
    public string Code => Unit.Code;
    public string? Title => Ue?.Title;

    /// <summary>The programme's ECTS for this UE when its document gives one, else the catalogue's.</summary>
    public int? Ects => Unit.Ects ?? Ue?.Ects;
}

/// <summary>Filters of <see cref="KnowledgeBase.Search"/>.</summary>
public sealed record SearchFilter(
    string? Programme = null,
    string? Centre = null,
    string? Modality = null,
    IReadOnlyCollection<string>? Kinds = null);

/// <summary>A searchable statement, written for every record, with its provenance.</summary>
public sealed record SearchHit(
    string Id,
    string Kind,
    string Text,
    double Score,
    string? Source,
    string? SourceTitle,
    string? ValidFor,
    string? Programme,
    string? Centre,
    string? Modality,
    string? RecordId);

/// <summary>Counts shown by <c>kb stats</c>.</summary>
public sealed record KnowledgeStats(IReadOnlyList<(string Kind, int Count)> Counts, int SearchEntries);
