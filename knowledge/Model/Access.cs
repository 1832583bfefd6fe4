namespace Cnam.Bot.Knowledge.Model;

/// <summary>How one enters a programme at a centre (access.yaml).</summary>
public sealed class Access : Record
{
    public string? Programme { get; set; }
    public string? Centre { get; set; }
    public List<AccessRoute> Routes { get; set; } = [];
    public List<string> Admission { get; set; } = [];
    public List<string> Prerequisites { get; set; } = [];
}

public sealed class AccessRoute
{
    public string Route { get; set; } = "";
    public string? Condition { get; set; }
    public string? MinLevel { get; set; }
    public List<string> AcceptedTitles { get; set; } = [];
    public Experience? Experience { get; set; }
    public string? Text { get; set; }
    public string? Note { get; set; }
}

public sealed class Experience
{
    public int? Months { get; set; }
    public string? Field { get; set; }
}

/// <summary>A validation scheme: VAPP, VAE, VAP85, VES.</summary>
public sealed class ValidationRoute : Record
{
    public string Id { get; set; } = "";
    public string? Name { get; set; }
    public string? Definition { get; set; }
}
