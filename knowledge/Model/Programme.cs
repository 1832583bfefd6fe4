namespace Cnam.Bot.Knowledge.Model;

/// <summary>A programme as taught at one centre (programmes.yaml), e.g. <c>LP110-paris</c>.</summary>
public sealed class Programme : Record
{
    public string Id { get; set; } = "";
    public string Code { get; set; } = "";
    public string? Centre { get; set; }
    public string? Title { get; set; }
    public List<string> Aliases { get; set; } = [];
    public string? Kind { get; set; }
    public string? EntryLevel { get; set; }
    public string? ExitLevel { get; set; }
    public string? Rncp { get; set; }
    public int? Ects { get; set; }
    public string? Description { get; set; }
    public List<string> Audience { get; set; } = [];
    public List<string> Jobs { get; set; } = [];
    public List<RomeCode> RomeCodes { get; set; } = [];
    public List<string> Sectors { get; set; } = [];
    public List<string> Structures { get; set; } = [];
    public List<string> Objectives { get; set; } = [];
    public List<Parcours> Parcours { get; set; } = [];
    public List<Modality> Modalities { get; set; } = [];
    public List<ProgrammeUnit> Units { get; set; } = [];
    public List<string> DiplomaConditions { get; set; } = [];
    public List<string> Notes { get; set; } = [];
}

public sealed class RomeCode
{
    public string Code { get; set; } = "";
    public string? Label { get; set; }
}

public sealed class Parcours
{
    public string Id { get; set; } = "";
    public string? Title { get; set; }
    public string? Description { get; set; }

    /// <summary>The programme's modalities this parcours can be followed in (ids of its <c>modalities</c>); empty = all of them.</summary>
    public List<string> Modalities { get; set; } = [];
    public string? Note { get; set; }
}

/// <summary>A way of following the programme: <c>jour</c>, <c>soir</c>, <c>distance</c>, <c>alternance</c>.</summary>
public sealed class Modality
{
    public string Id { get; set; } = "";
    public string? Label { get; set; }
    public string? Duration { get; set; }
    public string? Schedule { get; set; }
    public List<string> Details { get; set; } = [];
    public string? Note { get; set; }
}

/// <summary>A UE as it appears in one programme: parcours, semester, evaluation, programme-specific ECTS.</summary>
public sealed class ProgrammeUnit
{
    public string Code { get; set; } = "";
    public List<string> Parcours { get; set; } = [];
    public string? Semester { get; set; }
    public string? Evaluation { get; set; }
    public List<string> AlternativeTo { get; set; } = [];
    public string? Certificate { get; set; }
    public int? Ects { get; set; }
    public string? Note { get; set; }

    [YamlDotNet.Serialization.YamlIgnore]
    public int Line { get; set; }

    /// <summary>The value of <see cref="Semester"/> for a UE taught over the whole year.</summary>
    public const string YearLong = "annuel";

    /// <summary>The UE runs over the whole year (<see cref="Semester"/> "annuel").</summary>
    public bool IsYearLong() => Semester == YearLong;

    /// <summary>The documents place the UE in the year: in a semester, or over the whole year.</summary>
    public bool IsPlacedInTheYear() => SemesterNumber() is not null || IsYearLong();

    /// <summary>The semester's number ("S1" → "1"); null for a UE placed in none, or over the whole year.</summary>
    public string? SemesterNumber() => Semester is { Length: > 1 } s && (s[0] is 'S' or 's') && s[1..].All(char.IsAsciiDigit) ? s[1..] : null;
}
