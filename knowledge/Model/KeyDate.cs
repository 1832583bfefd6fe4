namespace Cnam.Bot.Knowledge.Model;

/// <summary>A key date of a centre's academic calendar (calendars/*.yaml), a day or a period.</summary>
public sealed class KeyDate : Record
{
    public string Id { get; set; } = "";
    public string? Label { get; set; }
    public DateOnly? Date { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? Semester { get; set; }
    public string? Centre { get; set; }
    public string? Programme { get; set; }
}
