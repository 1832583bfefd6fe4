namespace Cnam.Bot.Knowledge.Model;

/// <summary>A person or service to contact (contacts.yaml).</summary>
public sealed class Contact : Record
{
    public string Id { get; set; } = "";
    public string? Name { get; set; }
    public string? Role { get; set; }
    public string? Organisation { get; set; }
    public string? Centre { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Fax { get; set; }
    public string? Address { get; set; }
    public string? Hours { get; set; }
    public string? Website { get; set; }
    public List<string> Topics { get; set; } = [];
    public List<string> Programmes { get; set; } = [];
}
