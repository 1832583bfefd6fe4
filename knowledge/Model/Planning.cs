namespace Cnam.Bot.Knowledge.Model;

/// <summary>One printed calendar (plannings/*.yaml): sessions per date, events and what the grid leaves unclear.</summary>
public sealed class Planning : Record
{
    public string Id { get; set; } = "";
    public string Programme { get; set; } = "";
    public string? Centre { get; set; }
    public List<string> Parcours { get; set; } = [];
    public string? Modality { get; set; }
    public string? AcademicYear { get; set; }
    public PlanningHours? Hours { get; set; }
    public List<Session> Sessions { get; set; } = [];
    public List<PlanningEvent> Events { get; set; } = [];
    public List<Ambiguity> Ambiguities { get; set; } = [];
}

public sealed class PlanningHours
{
    public string? Weekdays { get; set; }
    public string? Saturday { get; set; }
}

/// <summary>A day of classes of one UE.</summary>
public sealed class Session
{
    public DateOnly Date { get; set; }

    /// <summary>The grid's weekday letter (L M M J V S D); checked against <see cref="Date"/>.</summary>
    public string Weekday { get; set; } = "";
    public string Ue { get; set; } = "";
    public string? Note { get; set; }

    /// <summary>Other dates the grid allows for this cell when its month column cannot be told apart.</summary>
    public List<DateOnly> AlsoPossible { get; set; } = [];

    [YamlDotNet.Serialization.YamlIgnore]
    public int Line { get; set; }
}

/// <summary>A non-class day of a calendar: holiday, welcome day, workshop, defence, interruption, internship.</summary>
public sealed class PlanningEvent
{
    public DateOnly? Date { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? Weekday { get; set; }
    public string Kind { get; set; } = "";
    public string? Label { get; set; }
    public string? Ue { get; set; }
    public string? Note { get; set; }
    public List<DateOnly> AlsoPossible { get; set; } = [];

    [YamlDotNet.Serialization.YamlIgnore]
    public int Line { get; set; }
}

/// <summary>Something the source leaves unclear, recorded instead of guessed.</summary>
public sealed class Ambiguity
{
    public string Where { get; set; } = "";
    public string What { get; set; } = "";
}
