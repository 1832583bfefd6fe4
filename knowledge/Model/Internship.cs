namespace Cnam.Bot.Knowledge.Model;

/// <summary>An internship framework (internships.yaml).</summary>
public sealed class Internship : Record
{
    public string Id { get; set; } = "";
    public string? Programme { get; set; }
    public string? Centre { get; set; }
    public string? Duration { get; set; }
    public int? Hours { get; set; }
    public string? Who { get; set; }
    public List<string> Conditions { get; set; } = [];
    public List<string> Objectives { get; set; } = [];
    public List<string> Activities { get; set; } = [];
    public string? Evaluation { get; set; }
    public Convention? Convention { get; set; }
    public List<string> Contacts { get; set; } = [];
}

/// <summary>The internship agreement procedure.</summary>
public sealed class Convention
{
    public List<string> Steps { get; set; } = [];
    public int? DeadlineDays { get; set; }
    public List<string> Evening { get; set; } = [];
    public List<string> Day { get; set; } = [];
    public string? Note { get; set; }
}
