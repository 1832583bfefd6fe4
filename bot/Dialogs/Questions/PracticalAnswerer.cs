using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Model;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>Registration documents, fees due at registration, withdrawal, exams and results, information meetings.</summary>
public sealed class PracticalAnswerer(KnowledgeBase kb, AnsweringVocabulary vocabulary, ContactAnswerer contacts) : ITopicAnswerer
{
    private readonly StatementRanker _ranker = new(vocabulary);

    public IReadOnlyCollection<string> Intents { get; } =
        [Understanding.Intents.RegistrationDocuments, Understanding.Intents.Withdrawal, Understanding.Intents.Exams, Understanding.Intents.InformationMeeting];

    public TopicResult? Answer(string intent, Slots s)
    {
        if (intent == Understanding.Intents.RegistrationDocuments && s.Mentions(vocabulary.PaymentWords))
        {
            return Payment(s);
        }
        if (intent == Understanding.Intents.Exams && s.UeCodes.Count == 0 && vocabulary.AsksAttendance(s))
        {
            return Attendance(s);
        }
        var centre = s.CentreSaid || s.Programme == "LP110" ? s.Centre : null;
        var sheets = intent switch
        {
            Understanding.Intents.Exams => kb.Exams(centre, s.Programme),
            Understanding.Intents.Withdrawal => kb.Registration(centre, s.Programme, "resiliation"),
            Understanding.Intents.InformationMeeting => kb.Registration(centre, s.Programme).Where(x => x.Topic is "information" or "admission").ToList(),
            _ => kb.Registration(centre, s.Programme),
        };
        if (intent == Understanding.Intents.Exams && s.UeCodes.Count > 0)
        {
            return UeExams(s, sheets);
        }
        if (intent == Understanding.Intents.Exams && centre is not null && vocabulary.AsksTheMark(s) && !sheets.Any(GivesAMark))
        {
            return MarkElsewhere(s, centre);
        }
        if (intent == Understanding.Intents.RegistrationDocuments && centre is not null && PapersWords.Any(s.Words.Contains)
            && !sheets.Any(x => x.Topic == "pieces"))
        {
            // "quels documents fournir pour s'inscrire à Paris ?": only La Réunion's documents list the papers.
            return new Missing(s.L($"Mes documents ne donnent pas la liste des pièces à fournir pour s'inscrire au Cnam {centre}.",
                $"My documents do not list the papers to provide to enrol at Cnam {centre}."), "registration-papers");
        }
        if (intent == Understanding.Intents.RegistrationDocuments && centre is null && !PapersWords.Any(s.Words.Contains)
            && sheets.Where(x => x.Topic is "preinscription" or "information").DistinctBy(x => (x.Centre, x.Programme)).OrderBy(x => x.Centre != "Paris").ToList() is { Count: > 1 } ways)
        {
            // "comment s'inscrire ?", "comment s'inscrire au CP29 ?" naming no centre: how one goes about it at each centre
            // (and for each programme when none is named), not La Réunion's papers.
            return new Found((s.Programme is null ? s.L("La démarche d'inscription selon la formation et le centre :", "How to register, by programme and centre:")
                    : s.L($"La démarche d'inscription {Format.OfProgramme(s.Programme)} selon le centre :", $"How to register for {Format.Programme(s.Programme, "en")}, by centre:")) + "\n\n"
                + string.Join("\n\n", ways.Select(x => Render(x, s))), ways.Select(x => Provenance.Of(x, x.Centre)));
        }
        if (sheets.Count == 0 && centre is not null && s.CentreSaid && intent is Understanding.Intents.Withdrawal or Understanding.Intents.Exams
            && Answer(intent, s with { Centre = null, CentreSaid = false }) is Found other)
        {
            // "peut-on se rétracter après l'inscription à Paris ?": only La Réunion's documents give the rule; said, with
            // the centre's contact, then theirs.
            var sources = new List<Provenance?>();
            var notHere = contacts.NotGivenAt(centre, s.L($"Mes documents ne donnent pas cette règle pour le Cnam {centre}.",
                $"My documents do not give this rule for Cnam {centre}."), s, sources);
            return new Found(notHere + "\n\n" + s.L("Ce qu'ils disent ailleurs :", "What they say elsewhere:") + "\n\n" + other.Section.Text,
                sources.Concat(other.Section.Sources));
        }
        if (sheets.Count == 0)
        {
            return new Missing(s.L("Je n'ai pas cette information pour cette formation ou ce centre dans mes documents.",
                "I do not have this information for this programme or centre in my documents."), intent);
        }
        // The sheet whose topic is the one asked about comes first when the words alone do not decide.
        var preferred = PreferredTopics.GetValueOrDefault(intent, []);
        var gradeAsked = intent == Understanding.Intents.Exams && vocabulary.AsksTheMark(s);
        if (gradeAsked && sheets.Where(GivesAMark).ToList() is { Count: > 0 } graded)
        {
            // A question about the mark needed ("the pass mark", "quelle moyenne faut-il pour avoir le diplôme ?") is about the
            // sheets that give one, whatever else shares its words.
            sheets = graded;
        }
        // Asked about the information meetings, the sheets that speak of them before a centre's general information.
        var meetingAsked = intent == Understanding.Intents.InformationMeeting;
        var statements = sheets.Select(x => new Statement($"{x.Title} {x.Text} {string.Join(" ", x.Items)}", Provenance.Of(x, x.Centre),
            (preferred.Contains(x.Topic ?? "") ? 2 : 0) + (meetingAsked && SpeaksOfMeetings(x) ? 1 : 0), x.Title)).ToList();
        // "la réunion d'info est obligatoire ?": the words naming the meeting are no words of La Réunion's sheets (its name,
        // its "info@cnam.re"); what is asked of the meeting is the rest.
        var asked = meetingAsked
            ? string.Join(' ', Knowledge.Text.FrenchText.Words(s.Question).Where(w => w is not ("info" or "infos" or "information" or "informations")
                && (w != "reunion" || s.CentreSaid)))
            : s.Question;
        var picked = _ranker.Rank(asked, statements, top: meetingAsked ? 3 : 1, fallback: 1);
        var chosen = picked.Select(p => sheets[statements.IndexOf(p)]).ToList();
        if (intent == Understanding.Intents.Exams && s.Programme is null && s.UeCodes.Count == 0 && s.Mentions(vocabulary.ExamNameWords))
        {
            // "comment se passent les examens à Paris ?", "y a-t-il un examen à la fin ?": each programme and centre is assessed
            // its own way (the licence's defence, the CASP's national jury at Paris; La Réunion's exam sessions for all its
            // programmes): the best sheet of each centre's sheets for all, else of each programme's, the best overall first.
            var forAll = sheets.Where(x => x.Programme is null).Select(x => x.Centre).ToHashSet(StringComparer.Ordinal);
            // Only when the exams themselves are asked: "le mémoire c'est obligatoire ?" is the licence's defence alone.
            chosen.AddRange(sheets.Select((x, i) => (Sheet: x, Statement: statements[i]))
                .GroupBy(x => (x.Sheet.Centre, Programme: forAll.Contains(x.Sheet.Centre ?? "") ? null : x.Sheet.Programme))
                .Where(g => !g.Any(x => chosen.Contains(x.Sheet)))
                .SelectMany(g => _ranker.Rank(asked, g.Select(x => x.Statement).ToList(), top: 1, fallback: 1))
                .Select(p => sheets[statements.IndexOf(p)]));
        }
        if (intent == Understanding.Intents.RegistrationDocuments && centre is null && s.Programme is not null)
        {
            chosen.AddRange(OtherCentresWithoutPapers(s.Programme, chosen));
        }
        var found = new Found(string.Join("\n\n", chosen.Select(x => Render(x, s))), chosen.Select(x => Provenance.Of(x, x.Centre)));
        if (meetingAsked && (s.Mentions(vocabulary.WhenWords) || s.Mentions(vocabulary.NextWords)))
        {
            // "quand est la prochaine réunion d'info ?": the meetings staff scheduled first, or that none is, then the documents.
            return found.WithLead(ScheduledMeetings(s), "\n");
        }
        if (intent == Understanding.Intents.Exams && s.Mentions(vocabulary.WhenWords) && s.UeCodes.Count == 0
            && !sheets.Any(x => Knowledge.Text.FrenchText.Words($"{x.Title} {x.Text} {string.Join(" ", x.Items)}").Any(w => w == "session" || w == "sessions")))
        {
            // "quand sont les examens de la licence ?": its documents date no exam session; what they date is the defence.
            return found.WithLead(s.L($"Mes documents ne donnent pas de dates d'examens pour {Format.Programme(s.Programme, "fr")} ; ce qu'ils disent de l'évaluation :",
                $"My documents give no exam dates for {Format.Programme(s.Programme, "en")}; what they say of the assessment:"), "\n");
        }
        return found;
    }

    /// <summary>The information meetings scheduled from the user's today (for the programme and centre asked), or that none is.</summary>
    private string ScheduledMeetings(Slots s)
    {
        var centre = s.CentreSaid ? s.Centre : null;
        var upcoming = kb.UpcomingMeetings(DateOnly.FromDateTime(s.Now.DateTime), s.Programme, centre);
        return upcoming.Count == 0
            ? s.L("Aucune réunion d'information n'est programmée pour le moment ; ce que disent mes documents :",
                "No information meeting is scheduled at the moment; what my documents say:")
            : s.L("Les prochaines réunions d'information :", "The next information meetings:") + "\n"
                + Topics.Bullets(upcoming.Take(MeetingsListed).Select(m =>
                    $"{Format.Capitalize(Cnam.Bot.Meetings.MeetingTexts.When(m, s.Language))} — {Cnam.Bot.Meetings.MeetingTexts.Title(m, s.Language)} ({Cnam.Bot.Meetings.MeetingTexts.Where(m, s.Language)})").ToList())
                + "\n" + s.L("Pour vous inscrire, écrivez « m'inscrire à une réunion d'information ». Ce que disent mes documents :",
                    "To sign up, write \"sign up for an information meeting\". What my documents say:");
    }

    private const int MeetingsListed = 3;

    private static bool SpeaksOfMeetings(InfoSheet x) =>
        Knowledge.Text.FrenchText.Fold($"{x.Title} {x.Text} {string.Join(" ", x.Items)}") is var folded
        && (folded.Contains("reunion d information", StringComparison.Ordinal) || folded.Contains("reunions d information", StringComparison.Ordinal));

    // The papers to provide, as against how to enrol.
    private static readonly string[] PapersWords =
        ["pieces", "piece", "fournir", "justificatifs", "justificatif", "papiers", "documents", "document", "papers", "paperwork"];

    /// <summary>
    /// "Comment s'inscrire au CASP ?" with no centre: the papers found are one centre's; each other centre that teaches the
    /// programme but lists no papers gets how its documents say to enrol (its information or admission sheet), so that a
    /// Paris applicant is not left with La Réunion's papers alone.
    /// </summary>
    private IEnumerable<InfoSheet> OtherCentresWithoutPapers(string programme, List<InfoSheet> chosen)
    {
        var covered = chosen.Select(x => x.Centre).ToHashSet(StringComparer.Ordinal);
        foreach (var centre in kb.Programmes(programme).Select(p => p.Centre).OfType<string>().Distinct().Where(c => !covered.Contains(c)))
        {
            var theirs = kb.RegistrationInDocumentOf(centre, programme);
            if (theirs.Any(x => x.Topic == "pieces"))
            {
                continue;
            }
            if (theirs.FirstOrDefault(x => x.Topic is "information" or "admission") is { } how)
            {
                yield return how;
            }
        }
    }

    /// <summary>
    /// "la présence aux cours est-elle obligatoire ?", "can I miss classes?": what each centre's documents say of attending
    /// (the programme's modalities and exam sheets, La Réunion: two attendances per UE and semester to sit the exams, a
    /// day a week at the centre in work-study). A centre whose documents say nothing of it is said so, with whom to ask.
    /// </summary>
    private TopicResult Attendance(Slots s)
    {
        var centres = s.CentreSaid && s.Centre is not null ? [s.Centre]
            : kb.Programmes(s.Programme).Select(p => p.Centre).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        bool OfAttending(string text) => Knowledge.Text.FrenchText.HasAnyWord(text, vocabulary.AttendanceSaidWords);
        var sections = new List<string>();
        var sources = new List<Provenance?>();
        foreach (var centre in centres)
        {
            var programmes = kb.Programmes(s.Programme, centre);
            // Each sentence once, with the modalities it is said of.
            var said = programmes.SelectMany(p => p.Modalities.SelectMany(m => m.Details.Where(OfAttending).Select(d => (Text: d, Where: m.Label, Source: Provenance.Of(p, centre)))))
                .Concat(kb.Exams(centre, s.Programme).SelectMany(x => x.Items.Where(OfAttending).Select(i => (Text: i, Where: (string?)null, Source: Provenance.Of(x, centre)))))
                .GroupBy(x => x.Text)
                .ToList();
            if (said.Count == 0)
            {
                sections.Add(contacts.NotGivenAt(centre, s.L($"Mes documents ne disent pas si la présence aux cours est obligatoire au Cnam {centre}.",
                    $"My documents do not say whether attending the classes is compulsory at Cnam {centre}."), s, sources));
                continue;
            }
            var lines = said.Select(x => x.Key + (x.Select(y => y.Where).OfType<string>().Distinct().ToList() is { Count: > 0 } modes
                ? $" ({string.Join(", ", modes)})" : ""));
            sections.Add(s.L($"**Présence aux cours — Cnam {centre}**", $"**Attending classes — Cnam {centre}**") + "\n" + Topics.Bullets(lines.ToList()));
            sources.AddRange(said.SelectMany(x => x.Select(y => y.Source)).Distinct());
        }
        return new Found(string.Join("\n\n", sections), sources);
    }

    /// <summary>
    /// "comment payer la formation ?", "je peux payer par chèque ?", "How do I pay?": what each centre's registration
    /// sheets say of paying (La Réunion: the fees due on the day of registration, the payment made out to the AGCnam or
    /// the employer's certificate). A centre whose documents say nothing of it is said so, with whom to ask; never its
    /// fees instead, which are not what was asked.
    /// </summary>
    private TopicResult Payment(Slots s)
    {
        var centres = s.CentreSaid && s.Centre is not null ? [s.Centre]
            : kb.Programmes(s.Programme).Select(p => p.Centre).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var said = centres.ToDictionary(c => c, c => kb.RegistrationInDocumentOf(c, s.Programme)
            .SelectMany(x => x.Items.Where(i => vocabulary.PaymentWords.Overlaps(Knowledge.Text.FrenchText.Fold(i).Split(' '))).Select(i => (Sheet: x, Item: i)))
            .ToList());
        string NotSaid(string centre) => s.L($"Mes documents ne disent pas comment régler la formation au Cnam {centre}.", $"My documents do not say how to pay at Cnam {centre}.");
        if (said.Values.All(x => x.Count == 0))
        {
            return new Missing(string.Join(" ", centres.Select(NotSaid)), "payment");
        }
        var sections = new List<string>();
        var instalments = s.Mentions(vocabulary.InstalmentWords);
        if (instalments)
        {
            // "peut-on payer en plusieurs fois ?": the documents do not speak of it; what they say of paying follows.
            sections.Add(s.L("Mes documents ne parlent pas d'un paiement en plusieurs fois ; ce qu'ils disent du règlement :",
                "My documents say nothing of paying in instalments; what they say of paying:"));
        }
        var sources = new List<Provenance?>();
        foreach (var (centre, items) in said.Where(x => x.Value.Count > 0))
        {
            sections.Add(s.L($"**Régler la formation — Cnam {centre}**", $"**Paying — Cnam {centre}**") + "\n" + Topics.Bullets(items.Select(x => x.Item).ToList()));
            sources.AddRange(items.Select(x => Provenance.Of(x.Sheet, x.Sheet.Centre)).Distinct());
            if (instalments && contacts.General(s with { Centre = centre, CentreSaid = true }).FirstOrDefault() is { } ask)
            {
                // What the documents do not say, whom to ask.
                sections.Add(s.L("Pour savoir si un paiement en plusieurs fois est possible, contactez :", "To ask whether paying in instalments is possible, contact:")
                    + "\n\n" + ContactAnswerer.Render(ask, s));
                sources.Add(Provenance.Of(ask, ask.Centre));
            }
        }
        foreach (var centre in said.Where(x => x.Value.Count == 0).Select(x => x.Key))
        {
            sections.Add(contacts.NotGivenAt(centre, NotSaid(centre), s, sources));
        }
        return new Found(string.Join("\n\n", sections), sources);
    }

    /// <summary>
    /// "c'est quand l'examen de TRS102 ?": the documents give no exam date for an UE; what they give is how it is assessed
    /// (its programmes' tables) and, where a centre's sheet describes the exam sessions, that sheet. Never the defence.
    /// </summary>
    private TopicResult UeExams(Slots s, IReadOnlyList<InfoSheet> sheets)
    {
        var lines = new List<string>();
        var sources = new List<Provenance?>();
        foreach (var code in s.UeCodes.Take(3))
        {
            var assessed = kb.UnitsOfUe(code).Where(x => x.Unit.Evaluation is not null).ToList();
            var how = string.Join(" ; ", assessed.Select(x => $"{x.Unit.Evaluation} ({x.Programme.Code}, {x.Programme.Centre})").Distinct());
            lines.Add(s.L($"**{code}** {kb.GetUe(code)?.Title} : mes documents ne donnent pas la date de son examen.", $"**{code}** {kb.GetUe(code)?.Title}: my documents do not give its exam date.")
                + (how.Length == 0 ? "" : s.L($" Évaluation : {how}.", $" Assessment: {how}.")));
            sources.AddRange(assessed.Select(x => Provenance.Of(x.Programme, x.Programme.Centre)));
            if (ExamSessionsAtReunion(code, s) is { } sessions)
            {
                lines.Add(sessions.Text);
                sources.AddRange(sessions.Sources);
            }
        }
        var general = sheets.Where(x => x.Topic == "examens").ToList();
        var text = string.Join("\n", lines) + (general.Count == 0 ? "" : "\n\n" + string.Join("\n\n", general.Select(x => Render(x, s))));
        sources.AddRange(general.Select(x => Provenance.Of(x, x.Centre)));
        return general.Count == 0 && sources.Count == 0 ? new Missing(text, "exam-date") : new Found(text, sources);
    }

    /// <summary>
    /// La Réunion's calendar gives the exam weeks of each semester (and the second session, of no semester): those of the
    /// semester its documents place the UE in, all of the year's for a year-long UE. Null when no programme of La Réunion
    /// places it or the calendar gives no exam date.
    /// </summary>
    private (string Text, List<Provenance?> Sources)? ExamSessionsAtReunion(string code, Slots s)
    {
        var placed = kb.UnitsOfUe(code).Where(x => x.Programme.Centre == "La Réunion" && x.Unit.IsPlacedInTheYear()).ToList();
        if (placed.Count == 0)
        {
            return null;
        }
        var semesters = placed.Select(x => x.Unit.SemesterNumber()).ToHashSet();
        var yearLong = semesters.Contains(null);
        var exams = kb.KeyDates("La Réunion")
            .Where(k => k.Label is { } label && Knowledge.Text.FrenchText.HasAnyWord(label, vocabulary.ExamNameWords)
                && (yearLong || k.Semester is null || semesters.Contains(k.Semester)))
            .ToList();
        if (exams.Count == 0)
        {
            return null;
        }
        var year = exams[0].ValidFor;
        var semester = string.Join(", ", semesters.Order());
        var text = (yearLong
                ? s.L($"Au Cnam La Réunion (UE sur toute l'année), les sessions d'examens de {year} : ", $"At Cnam La Réunion (a year-long UE), the exam sessions of {year}: ")
                : s.L($"Au Cnam La Réunion (semestre {semester}), les sessions d'examens de son semestre en {year} : ", $"At Cnam La Réunion (semester {semester}), its semester's exam sessions in {year}: "))
            + string.Join(" ; ", exams.Select(k => k.Label)) + ".";
        return (text, placed.Select(x => Provenance.Of(x.Programme, "La Réunion")).Concat(exams.Select(k => Provenance.Of(k, "La Réunion"))).ToList());
    }

    /// <summary>
    /// "la note minimale pour valider une UE à Paris ?": no sheet of that centre gives a mark. Said, with what another
    /// centre's documents give, as theirs; never another sheet of the centre asked (the defence) as if it answered.
    /// </summary>
    private TopicResult MarkElsewhere(Slots s, string centre)
    {
        var notGiven = s.L($"Les documents du Cnam {centre} ne donnent pas de note minimale pour valider une UE.",
            $"Cnam {centre}'s documents give no minimum mark to pass a unit.");
        var elsewhere = kb.Exams(null, s.Programme).Where(x => x.Centre != centre).FirstOrDefault(GivesAMark);
        return elsewhere is null
            ? new Missing(notGiven, "mark")
            : new Found(notGiven + " " + s.L($"Pour information, ceux du Cnam {elsewhere.Centre} disent :", $"For information, Cnam {elsewhere.Centre}'s say:")
                + "\n\n" + Render(elsewhere, s), [Provenance.Of(elsewhere, elsewhere.Centre)]);
    }

    private static bool GivesAMark(InfoSheet sheet) =>
        sheet.Items.Append(sheet.Text ?? "").Any(t => t.Contains("/20", StringComparison.Ordinal));

    private static readonly Dictionary<string, string[]> PreferredTopics = new()
    {
        [Understanding.Intents.RegistrationDocuments] = ["pieces"],
        [Understanding.Intents.Withdrawal] = ["resiliation"],
        [Understanding.Intents.InformationMeeting] = ["information"],
        [Understanding.Intents.Exams] = ["examens", "evaluation", "soutenance"],
    };

    private static string Render(InfoSheet sheet, Slots s)
    {
        var text = $"**{sheet.Title}** (Cnam {sheet.Centre})";
        if (!string.IsNullOrWhiteSpace(sheet.Text))
        {
            text += "\n" + sheet.Text.Trim();
        }
        if (sheet.Items.Count > 0)
        {
            text += "\n" + Topics.Bullets(sheet.Items);
        }
        return text;
    }
}
