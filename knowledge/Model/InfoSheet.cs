namespace Cnam.Bot.Knowledge.Model;

/// <summary>A practical topic (registration.yaml, exams.yaml): documents to provide, withdrawal, exam rules...</summary>
public sealed class InfoSheet : Record
{
    public string Id { get; set; } = "";
    public string? Topic { get; set; }
    public string? Programme { get; set; }
    public string? Centre { get; set; }
    public string? Title { get; set; }
    public List<string> Items { get; set; } = [];
    public string? Text { get; set; }
}
