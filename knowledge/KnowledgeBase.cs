using Cnam.Bot.Knowledge.Loading;
using Cnam.Bot.Knowledge.Model;
using Cnam.Bot.Knowledge.Queries;
using Cnam.Bot.Knowledge.Search;
using Cnam.Bot.Knowledge.Text;
using LiteDB;

namespace Cnam.Bot.Knowledge;

/// <summary>
/// Read-only queries over the knowledge base, used by the dialogs. Built once from the data files (through the
/// LiteDB copy), then kept in memory: every query is a scan or lookup of a few hundred objects, well under a
/// millisecond, and safe from many threads because nothing changes after construction.
/// Every record returned carries <c>Source</c>, <c>SourceTitle</c> and <c>ValidFor</c>.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly KnowledgeData _data;
    private readonly Dictionary<string, SourceDocument> _sources;
    private readonly Dictionary<string, Ue> _ues;
    private readonly FactIndex _index;
    private readonly IReadOnlyList<Abbreviation> _abbreviations;
    // Each programme's aliases folded once: a programme lookup compared every alias folded again (a third of a fee
    // answer's time with the ×100 knowledge base of bench/ kb-scale).
    private readonly Dictionary<Programme, HashSet<string>> _foldedAliases;

    public KnowledgeBase(KnowledgeData data)
    {
        _data = data;
        _sources = data.Sources.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _ues = data.Ues.GroupBy(u => u.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        foreach (var record in AllRecords())
        {
            record.SourceTitle = SourceTitle(record.Source);
        }
        var entries = SearchEntryWriter.Write(data, SourceTitle, GetUe).ToList();
        _index = new FactIndex(entries);
        _abbreviations = AbbreviationFinder.Find(entries);
        _foldedAliases = new Dictionary<Programme, HashSet<string>>(ReferenceEqualityComparer.Instance);
        foreach (var programme in data.Programmes)
        {
            _foldedAliases.TryAdd(programme, programme.Aliases.Select(FrenchText.Fold).ToHashSet(StringComparer.Ordinal));
        }
    }

    /// <summary>True when <see cref="Open(string, string)"/> had to rebuild the database from the files.</summary>
    public bool Rebuilt { get; private init; }

    /// <summary>Hash of the data files the knowledge base was built from (null when built from YAML only).</summary>
    public string? SourceHash { get; private init; }

    /// <summary>Loads and validates the data files without a database; throws <see cref="KnowledgeValidationException"/>.</summary>
    public static KnowledgeBase Load(string dataDirectory) => new(KnowledgeLoader.LoadOrThrow(dataDirectory));

    /// <summary>Opens (or creates) the LiteDB file, rebuilding it when the data files changed.</summary>
    public static KnowledgeBase Open(string dataDirectory, string databasePath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        using var db = new LiteDatabase(new ConnectionString { Filename = databasePath, Connection = ConnectionType.Shared });
        return Open(dataDirectory, db);
    }

    /// <summary>Same as <see cref="Open(string, string)"/> on a caller-owned database (a MemoryStream in tests).</summary>
    public static KnowledgeBase Open(string dataDirectory, ILiteDatabase database)
    {
        var data = KnowledgeDatabase.OpenOrBuild(database, dataDirectory, out var rebuilt);
        return new KnowledgeBase(data) { Rebuilt = rebuilt, SourceHash = KnowledgeDatabase.StoredHash(database) };
    }

    // ---- Sources -------------------------------------------------------------------------------------------

    public IReadOnlyList<SourceDocument> Sources() => _data.Sources;

    public SourceDocument? GetSource(string id) => _sources.GetValueOrDefault(id);

    public string? SourceTitle(string? sourceId) => sourceId is not null && _sources.TryGetValue(sourceId, out var s) ? s.Title : null;

    // ---- Programmes and UE ---------------------------------------------------------------------------------

    public IReadOnlyList<Programme> Programmes(string? code = null, string? centre = null)
    {
        var folded = code is null ? null : FrenchText.Fold(code);
        return _data.Programmes.Where(p => ProgrammeMatches(p, code, folded) && CentreMatches(p.Centre, centre)).ToList();
    }

    /// <summary>A programme by code, id or alias ("LP110", "CASP", "CPN42-reunion") at a centre.</summary>
    public Programme? GetProgramme(string code, string? centre = null) => Programmes(code, centre).FirstOrDefault();

    public IReadOnlyList<Ue> Ues() => _data.Ues;

    /// <summary>The abbreviations the documents spell out ("CIP (conseiller en insertion professionnelle)"), each once.</summary>
    public IReadOnlyList<Abbreviation> Abbreviations() => _abbreviations;

    public Ue? GetUe(string code) => _ues.GetValueOrDefault(code.Trim());

    /// <summary>The UE of a programme, optionally of one parcours (tronc commun included when a parcours is named).</summary>
    public IReadOnlyList<UnitInfo> UnitsOf(string programme, string? centre = null, string? parcours = null) =>
        Programmes(programme, centre).Take(1)
            .SelectMany(p => p.Units.Where(u => parcours is null || u.Parcours.Count == 0
                    || u.Parcours.Contains(parcours, StringComparer.OrdinalIgnoreCase) || u.Parcours.Contains("tronc-commun"))
                .Select(u => new UnitInfo(u, GetUe(u.Code), p)))
            .ToList();

    /// <summary>Every programme's unit that is the UE <paramref name="code"/>, with its programme, in file order.</summary>
    public IReadOnlyList<UnitInfo> UnitsOfUe(string code) =>
        _data.Programmes.SelectMany(p => p.Units.Where(u => string.Equals(u.Code, code.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(u => new UnitInfo(u, GetUe(u.Code), p))).ToList();

    // ---- Tariffs -------------------------------------------------------------------------------------------

    public IReadOnlyList<Tariff> FindTariffs(TariffQuery query) =>
        _data.Tariffs.Where(t =>
                (query.Programme is null || Same(t.Programme, "all") || Same(t.Programme, query.Programme)) &&
                CentreMatches(t.Centre, query.Centre) &&
                (query.Modality is null || t.Modality is null || Same(t.Modality, "any") || Same(t.Modality, ModalityAlias(query.Modality))) &&
                FundingMatches(t.Funding, query.Funding) &&
                (query.PlanYears is null || t.PlanYears is null || t.PlanYears == query.PlanYears) &&
                (query.Kind is null || Same(t.Kind, query.Kind)) &&
                (query.Parcours is null || t.Parcours is null || Same(t.Parcours, query.Parcours)) &&
                (query.ValidFor is null || Same(t.ValidFor, query.ValidFor)))
            .ToList();

    public IReadOnlyList<CreditHours> CreditHours() => _data.CreditHours;

    // ---- Calendars -----------------------------------------------------------------------------------------

    /// <summary>The calendars, with their ambiguities (an empty one means the documents do not give it).</summary>
    public IReadOnlyList<Planning> Plannings(string? programme = null, string? parcours = null, string? modality = null, string? centre = null) =>
        _data.Plannings.Where(p => (programme is null || Same(p.Programme, programme)) &&
                (parcours is null || p.Parcours.Contains(parcours, StringComparer.OrdinalIgnoreCase)) &&
                (modality is null || Same(p.Modality, ModalityAlias(modality))) &&
                CentreMatches(p.Centre, centre))
            .ToList();

    public IReadOnlyList<SessionInfo> Sessions(SessionQuery query) =>
        Plannings(query.Programme, query.Parcours, query.Modality, query.Centre)
            .SelectMany(p => p.Sessions.Select(s => new SessionInfo(s, GetUe(s.Ue), p)))
            .Where(s => (query.Ue is null || Same(s.UeCode, query.Ue)) &&
                (query.From is null || s.Date >= query.From) && (query.To is null || s.Date <= query.To))
            .OrderBy(s => s.Date).ThenBy(s => s.UeCode, StringComparer.Ordinal)
            .ToList();

    public IReadOnlyList<EventInfo> Events(EventQuery query) =>
        Plannings(query.Programme, query.Parcours, query.Modality, query.Centre)
            .SelectMany(p => p.Events.Select(e => new EventInfo(e, p)))
            .Where(e => (query.Kind is null || Same(e.Event.Kind, query.Kind)) &&
                (query.From is null || (e.Event.Date ?? e.Event.To) >= query.From) &&
                (query.To is null || (e.Event.Date ?? e.Event.From) <= query.To))
            .OrderBy(e => e.Event.Date ?? e.Event.From)
            .ToList();

    public IReadOnlyList<KeyDate> KeyDates(string? centre = null, string? programme = null) =>
        _data.KeyDates.Where(k => CentreMatches(k.Centre, centre) && (programme is null || k.Programme is null || Same(k.Programme, programme)))
            .OrderBy(k => k.Date ?? k.From).ToList();

    // ---- People, internships, access, practical information --------------------------------------------------

    public IReadOnlyList<Contact> Contacts(string? topic = null, string? programme = null, string? centre = null) =>
        _data.Contacts.Where(c => CentreMatches(c.Centre, centre) &&
                (programme is null || c.Programmes.Count == 0 || c.Programmes.Any(p => Same(p, programme) || Same(p, "all"))) &&
                (topic is null || c.Topics.Any(t => Folded.Get(t).Contains(Folded.Get(topic), StringComparison.Ordinal))))
            .ToList();

    public Contact? GetContact(string id) => _data.Contacts.FirstOrDefault(c => Same(c.Id, id));

    public IReadOnlyList<Internship> Internships(string? programme = null, string? centre = null) =>
        _data.Internships.Where(i => (programme is null || Same(i.Programme, programme)) && CentreMatches(i.Centre, centre)).ToList();

    public IReadOnlyList<Access> Access(string? programme = null, string? centre = null) =>
        _data.Access.Where(a => (programme is null || Same(a.Programme, programme)) && CentreMatches(a.Centre, centre)).ToList();

    public IReadOnlyList<ValidationRoute> ValidationRoutes() => _data.ValidationRoutes;

    /// <summary>The eligibility rules (eligibility.yaml) of a programme, at a centre when given, in file order.</summary>
    public IReadOnlyList<EligibilityProgramme> Eligibility(string? programme = null, string? centre = null) =>
        _data.Eligibility.Where(e => (programme is null || Same(e.Programme, programme)) && CentreMatches(e.Centre, centre)).ToList();

    /// <summary>
    /// The registration sheets of a centre (every centre when null), for a programme (any when null): the sheets of every
    /// programme, those of the programme, and those of another programme in the document that presents both at that centre
    /// (the CASP's admission and open days at Paris are the CP29's too: one document presents them).
    /// </summary>
    public IReadOnlyList<InfoSheet> Registration(string? centre = null, string? programme = null, string? topic = null)
    {
        var sheets = Sheets(_data.Registration, centre, programme, topic);
        if (programme is null)
        {
            return sheets;
        }
        var shared = _data.Registration.Where(s => s.Programme is not null && !Same(s.Programme, programme) && !Same(s.Programme, "all")
                && s.Source is not null && CentreMatches(s.Centre, centre) && (topic is null || Same(s.Topic, topic))
                && SourcesPresenting(programme, s.Centre).Contains(s.Source))
            .ToList();
        return shared.Count == 0 ? sheets : _data.Registration.Where(s => sheets.Contains(s) || shared.Contains(s)).ToList();
    }

    /// <summary>
    /// The registration sheets of <paramref name="centre"/> that come from the document presenting
    /// <paramref name="programme"/> there (the CP29's at Paris are those of the CASP's document, which presents both), or
    /// every sheet of the centre when no programme is given.
    /// </summary>
    public IReadOnlyList<InfoSheet> RegistrationInDocumentOf(string centre, string? programme, string? topic = null)
    {
        if (programme is null)
        {
            return Registration(centre, null, topic);
        }
        var sources = SourcesPresenting(programme, centre);
        return Registration(centre, null, topic).Where(s => s.Source is not null && sources.Contains(s.Source)).ToList();
    }

    /// <summary>
    /// The source documents that present <paramref name="programme"/> at <paramref name="centre"/> (every centre when
    /// null): their sheets and fees for another programme they present with it hold for it too (the CASP's at Paris, for
    /// the CP29).
    /// </summary>
    public IReadOnlySet<string> SourcesPresenting(string programme, string? centre) =>
        Programmes(programme, centre).Select(p => p.Source).OfType<string>().ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<InfoSheet> Exams(string? centre = null, string? programme = null, string? topic = null) =>
        Sheets(_data.Exams, centre, programme, topic);

    public IReadOnlyList<Fact> Facts(string? topic = null, string? programme = null, string? centre = null) =>
        _data.Facts.Where(f => (topic is null || Same(f.Topic, topic)) &&
                (programme is null || f.Programme is null || Same(f.Programme, programme) || Same(f.Programme, "all")) &&
                CentreMatches(f.Centre, centre))
            .ToList();

    // ---- Information meetings ----------------------------------------------------------------------------------

    /// <summary>The scheduled information meetings (meetings.yaml) in date and time order.</summary>
    public IReadOnlyList<Meeting> Meetings() =>
        _data.Meetings.OrderBy(m => m.Date).ThenBy(m => m.StartTime).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();

    /// <summary>A meeting by id (case-insensitive), or null.</summary>
    public Meeting? GetMeeting(string id) => _data.Meetings.FirstOrDefault(m => Same(m.Id, id));

    /// <summary>
    /// The meetings from <paramref name="today"/> on, in date order, for a programme (a meeting without programmes
    /// presents them all) and a centre when given.
    /// </summary>
    public IReadOnlyList<Meeting> UpcomingMeetings(DateOnly today, string? programme = null, string? centre = null) =>
        Meetings().Where(m => m.Date >= today && CentreMatches(m.Centre, centre)
                && (programme is null || m.Programmes.Count == 0 || m.Programmes.Any(p => Same(p, programme))))
            .ToList();

    // ---- Search and staff tools ------------------------------------------------------------------------------

    /// <summary>
    /// French-aware search over every fact and every structured record (accents, case, elisions and plurals
    /// ignored), best first, each hit with its provenance.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string text, SearchFilter? filter = null, int top = 5) =>
        _index.Search(text, filter, top, Accepts);

    /// <summary>Every record whose id or code is <paramref name="idOrCode"/> (for <c>kb show</c>).</summary>
    public IReadOnlyList<Record> Find(string idOrCode) =>
        AllRecords().Where(r => r switch
        {
            Ue u => Same(u.Code, idOrCode),
            Programme p => Same(p.Id, idOrCode) || Same(p.Code, idOrCode),
            Tariff t => Same(t.Id, idOrCode),
            Planning p => Same(p.Id, idOrCode),
            KeyDate k => Same(k.Id, idOrCode),
            Internship i => Same(i.Id, idOrCode),
            Contact c => Same(c.Id, idOrCode),
            InfoSheet s => Same(s.Id, idOrCode),
            Fact f => Same(f.Id, idOrCode),
            ValidationRoute v => Same(v.Id, idOrCode),
            EligibilityProgramme e => Same(e.Id, idOrCode),
            Meeting m => Same(m.Id, idOrCode),
            EligibilityRule rule => Same(rule.Id, idOrCode),
            _ => false,
        }).ToList();

    public KnowledgeStats Stats() => new(
        [
            ("sources", _data.Sources.Count), ("programmes", _data.Programmes.Count), ("ues", _data.Ues.Count),
            ("tariffs", _data.Tariffs.Count), ("creditHours", _data.CreditHours.Count), ("plannings", _data.Plannings.Count),
            ("sessions", _data.Plannings.Sum(p => p.Sessions.Count)), ("events", _data.Plannings.Sum(p => p.Events.Count)),
            ("ambiguities", _data.Plannings.Sum(p => p.Ambiguities.Count)), ("keyDates", _data.KeyDates.Count),
            ("internships", _data.Internships.Count), ("access", _data.Access.Count), ("validationRoutes", _data.ValidationRoutes.Count),
            ("contacts", _data.Contacts.Count), ("registration", _data.Registration.Count), ("exams", _data.Exams.Count),
            ("facts", _data.Facts.Count), ("eligibility", _data.Eligibility.Count),
        ],
        _index.Count);

    private IEnumerable<Record> AllRecords() =>
        _data.Programmes.Cast<Record>().Concat(_data.Ues).Concat(_data.Tariffs).Concat(_data.CreditHours).Concat(_data.Plannings)
            .Concat(_data.KeyDates).Concat(_data.Internships).Concat(_data.Access).Concat(_data.ValidationRoutes)
            .Concat(_data.Contacts).Concat(_data.Registration).Concat(_data.Exams).Concat(_data.Facts)
            .Concat(_data.Eligibility).Concat(_data.Eligibility.SelectMany(EligibilityChecks.Rules)).Concat(_data.Meetings);

    private static IReadOnlyList<InfoSheet> Sheets(List<InfoSheet> sheets, string? centre, string? programme, string? topic) =>
        sheets.Where(s => CentreMatches(s.Centre, centre) &&
                (programme is null || s.Programme is null || Same(s.Programme, programme) || Same(s.Programme, "all")) &&
                (topic is null || Same(s.Topic, topic)))
            .ToList();

    private static bool Accepts(SearchEntry e, SearchFilter? f) =>
        f is null ||
        ((f.Programme is null || e.Programme is null || Same(e.Programme, "all") || Same(e.Programme, f.Programme)
                || e.Programme.StartsWith(f.Programme + "-", StringComparison.OrdinalIgnoreCase)) &&
            CentreMatches(e.Centre, f.Centre) &&
            (f.Modality is null || e.Modality is null || Same(e.Modality, "any") || Same(e.Modality, ModalityAlias(f.Modality))) &&
            (f.Kinds is null || f.Kinds.Contains(e.Kind)));

    private bool ProgrammeMatches(Programme p, string? code, string? folded)
    {
        if (code is null || folded is null)
        {
            return true;
        }
        return Same(p.Code, code) || Same(p.Id, code)
            || (_foldedAliases.TryGetValue(p, out var aliases) ? aliases.Contains(folded) : p.Aliases.Any(a => FrenchText.Fold(a) == folded));
    }

    // Centres and contact topics were folded again for every record of every query (a measurable share of a turn).
    private static readonly BoundedMemo<string> Folded = new(FrenchText.Fold);

    private static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>"La Réunion", "la reunion" and "Réunion" name the same centre; a record without a centre applies to all.</summary>
    private static bool CentreMatches(string? recordCentre, string? query)
    {
        if (query is null || recordCentre is null)
        {
            return true;
        }
        var r = Folded.Get(recordCentre);
        var q = Folded.Get(query);
        return r == q || r == "all" || r.EndsWith(" " + q, StringComparison.Ordinal) || q.EndsWith(" " + r, StringComparison.Ordinal);
    }

    private static bool FundingMatches(string? recordFunding, string? query) =>
        query is null || recordFunding is null || Same(recordFunding, "tout-public") || Same(recordFunding, query)
        || recordFunding.StartsWith(query + "-", StringComparison.OrdinalIgnoreCase);

    // Tariffs say "foad" where programmes say "distance".
    private static string ModalityAlias(string modality) => Same(modality, "distance") ? "foad" : modality;
}
