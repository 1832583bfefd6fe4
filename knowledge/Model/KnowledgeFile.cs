namespace Cnam.Bot.Knowledge.Model;

/// <summary>
/// The shape of any data file: every top-level section is optional, so facts can be split per programme or
/// topic as editors see fit. A key not listed here is a validation error.
/// </summary>
public sealed class KnowledgeFile
{
    public FileDefaults? Defaults { get; set; }
    public List<SourceDocument> Sources { get; set; } = [];
    public List<Programme> Programmes { get; set; } = [];
    public List<Ue> Ues { get; set; } = [];
    public List<Tariff> Tariffs { get; set; } = [];
    public List<CreditHours> CreditHours { get; set; } = [];
    public Planning? Planning { get; set; }
    public List<KeyDate> KeyDates { get; set; } = [];
    public List<Internship> Internships { get; set; } = [];
    public List<Access> Access { get; set; } = [];
    public List<ValidationRoute> ValidationRoutes { get; set; } = [];
    public List<Contact> Contacts { get; set; } = [];
    public List<InfoSheet> Registration { get; set; } = [];
    public List<InfoSheet> Exams { get; set; } = [];
    public List<Fact> Facts { get; set; } = [];
    public List<EligibilityProgramme> Eligibility { get; set; } = [];
    public List<Meeting> Meetings { get; set; } = [];
}
