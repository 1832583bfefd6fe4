namespace Cnam.Bot.Knowledge.Model;

/// <summary>Every record of the knowledge base, merged from all data files. Filled once, then read-only.</summary>
public sealed class KnowledgeData
{
    public List<SourceDocument> Sources { get; } = [];
    public List<Programme> Programmes { get; } = [];
    public List<Ue> Ues { get; } = [];
    public List<Tariff> Tariffs { get; } = [];
    public List<CreditHours> CreditHours { get; } = [];
    public List<Planning> Plannings { get; } = [];
    public List<KeyDate> KeyDates { get; } = [];
    public List<Internship> Internships { get; } = [];
    public List<Access> Access { get; } = [];
    public List<ValidationRoute> ValidationRoutes { get; } = [];
    public List<Contact> Contacts { get; } = [];
    public List<InfoSheet> Registration { get; } = [];
    public List<InfoSheet> Exams { get; } = [];
    public List<Fact> Facts { get; } = [];
    public List<EligibilityProgramme> Eligibility { get; } = [];
    public List<Meeting> Meetings { get; } = [];
}
