using Cnam.Bot.Dialogs;
using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Dialogs.Questions;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Model;
using Cnam.Bot.Knowledge.Text;

namespace Cnam.Bot.Meetings;

/// <summary>
/// How a meeting and what follows it are written: "mardi 6 octobre 2026, 18:00–19:30, Cnam Paris (…)", the contacts
/// to ask for a meeting, and the personal next steps of a follow-up. Every fact comes from the knowledge base. What the
/// person reads is in their language (<c>language</c> "fr", the default, or "en": the language of the message that
/// started the registration); what staff read (exports, invitations) stays French.
/// </summary>
public sealed class MeetingTexts(KnowledgeBase kb)
{
    public const string DefaultTitle = "Réunion d'information";

    /// <summary>French or English wording, by the language of the conversation ("en", else French): <see cref="BotTexts.L"/>.</summary>
    public static string L(string? language, string french, string english) => BotTexts.L(language, french, english);

    public static string Title(Meeting m, string language = "fr") =>
        string.IsNullOrWhiteSpace(m.Title) ? L(language, DefaultTitle, "Information meeting") : m.Title.Trim();

    /// <summary>"mardi 6 octobre 2026, 18:00–19:30" ("Tuesday 6 October 2026, 18:00–19:30").</summary>
    public static string When(Meeting m, string language = "fr") =>
        $"{(m.Date is { } d ? Format.Day(d, language) : L(language, "date à préciser", "date to be confirmed"))}, {m.Start}–{m.End}";

    /// <summary>"Cnam Paris — 292 rue Saint-Martin… (et en ligne)".</summary>
    public static string Where(Meeting m, string language = "fr")
    {
        var place = string.IsNullOrWhiteSpace(m.Place) ? L(language, "en ligne", "online") : m.Place.Trim();
        var online = !string.IsNullOrWhiteSpace(m.Place) && !string.IsNullOrWhiteSpace(m.OnlineLink) ? L(language, " (ou en ligne)", " (or online)") : "";
        return $"Cnam {m.Centre} — {place}{online}";
    }

    /// <summary>A one-line label for a choice button: "mar. 6 octobre 18:00 — Paris" ("Tue 6 Oct 18:00 — Paris").</summary>
    public static string ChoiceTitle(Meeting m, bool full, string language = "fr") =>
        $"{(m.Date is { } d ? Format.ShortDay(d, language) : "?")} {m.Start} — {m.Centre}{(full ? L(language, " (complet)", " (full)") : "")}";

    /// <summary>The meeting in a sentence: title, when, where, programmes.</summary>
    public static string Describe(Meeting m, string language = "fr")
    {
        var programmes = m.Programmes.Count == 0 ? "" : " — " + string.Join(", ", m.Programmes.Select(c => Format.ProgrammeShort(c, language)));
        var link = string.IsNullOrWhiteSpace(m.OnlineLink) ? "" : $"\n{OnlineLink(language)} {m.OnlineLink}";
        return $"**{Title(m, language)}**{programmes}\n{Format.Capitalize(When(m, language))}\n{Where(m, language)}{link}";
    }

    private static string OnlineLink(string language) => L(language, "Lien de connexion :", "Online link:");

    /// <summary>
    /// Who to write to for information meetings at a centre for a programme (from contacts.yaml). No centre said: each
    /// centre's (of those that teach the programme), so that no one is sent to the other side of the world.
    /// </summary>
    public IReadOnlyList<Contact> MeetingContacts(string? programme, string? centre)
    {
        if (centre is not null)
        {
            // No programme said: the centre's contacts for two of its programmes, not the first one's alone.
            return ContactsAt(programme, centre, programme is null ? 2 : 1);
        }
        return kb.Contacts().Select(c => c.Centre).OfType<string>().Distinct(StringComparer.Ordinal)
            .Where(c => programme is null || kb.Programmes(programme, c).Count > 0)
            .SelectMany(c => ContactsAt(programme, c, programme is null ? 2 : 1))
            .ToList();
    }

    private IReadOnlyList<Contact> ContactsAt(string? programme, string centre, int count)
    {
        foreach (var topic in new[] { "réunion", "inscription", "informations" })
        {
            var found = kb.Contacts(topic, programme, centre).Where(c => c.Email is not null || c.Phone is not null).ToList();
            if (found.Count > 0)
            {
                return found.Take(count).ToList();
            }
        }
        return [];
    }

    /// <summary>Contacts as lines: "Nom — e-mail — téléphone (Cnam centre)".</summary>
    public static string ContactLines(IEnumerable<Contact> contacts) =>
        string.Join("\n", contacts.Select(c => "- " + string.Join(" — ",
            new[] { c.Name, c.Email, c.Phone }.Where(v => !string.IsNullOrWhiteSpace(v))) + $" (Cnam {c.Centre})"));

    /// <summary>What to say when no meeting is scheduled: how to ask for one.</summary>
    public string NoMeeting(string? programme, string? centre, string language = "fr")
    {
        var contacts = MeetingContacts(programme, centre);
        var text = L(language, "Aucune réunion d'information n'est programmée pour le moment", "No information meeting is scheduled at the moment") +
            (programme is null ? "" : L(language, " pour ", " for ") + Format.Programme(programme, language)) + ".";
        text = contacts.Count == 0
            ? text + L(language, " Vous pouvez en demander une au Cnam de votre centre.", " You can ask the Cnam of your centre for one.")
            : text + L(language, " Pour en demander une ou connaître les prochaines dates, écrivez à :\n", " To ask for one or to know the next dates, write to:\n") + ContactLines(contacts);
        return text + DocumentsOnMeetings(programme, centre, language);
    }

    /// <summary>
    /// What the documents say of their meetings and open days ("Portes ouvertes … en septembre et février"), with their
    /// source: the lines of the information sheets that speak of them, for the programme and centre (all when unknown).
    /// </summary>
    private string DocumentsOnMeetings(string? programme, string? centre, string language)
    {
        // The CP29's sheets at Paris are those of the CASP's document, which presents both.
        var centres = centre is not null ? [centre] : kb.Programmes(programme).Select(p => p.Centre).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var sheets = centres.SelectMany(c => kb.RegistrationInDocumentOf(c, programme, "information"))
            .Select(sheet => (Sheet: sheet, Lines: sheet.Items.Where(i => FrenchText.Words(i).Any(w => w is "reunion" or "reunions" or "portes")).ToList()))
            .Where(x => x.Lines.Count > 0).ToList();
        if (sheets.Count == 0)
        {
            return "";
        }
        var lines = sheets.SelectMany(x => x.Lines.Select(l => $"- {l} ({Format.ProgrammeShort(programme ?? x.Sheet.Programme, language)}, Cnam {x.Sheet.Centre})"));
        return "\n\n" + L(language, "Ce que disent mes documents des réunions d'information :", "What my documents say of information meetings:")
            + "\n" + string.Join("\n", lines) + "\n\n" + AnswerRenderer.SourceLines(sheets.Select(x => Provenance.Of(x.Sheet)), language);
    }

    /// <summary>
    /// The personal next steps after a meeting: check eligibility with the bot, then what the meeting's centre asks
    /// (<see cref="CentreSteps"/>), for the programme the person is interested in.
    /// </summary>
    public IReadOnlyList<string> NextSteps(Meeting meeting, string? programme, string language = "fr") =>
        [CheckEligibility(language), .. CentreSteps(meeting.Centre, programme ?? (meeting.Programmes.Count == 1 ? meeting.Programmes[0] : null), language)];

    /// <summary>The first step after a meeting, whatever the centre: the questionnaire, with the fees for one's situation.</summary>
    public static string CheckEligibility(string language) =>
        L(language, "Vérifiez votre éligibilité avec moi : écrivez « Suis-je éligible ? » (quelques questions, avec les frais pour votre situation).",
            "Check your eligibility with me: write \"Am I eligible?\" (a few questions, with the fees for your situation).");

    /// <summary>
    /// What a centre's documents ask after a meeting, for a programme (or any): the documents to prepare, the admission,
    /// the pre-registration and the registration dates, and whom to write to.
    /// </summary>
    public IReadOnlyList<string> CentreSteps(string? centre, string? programme, string language = "fr")
    {
        var steps = new List<string>();
        var (colon, separator) = (L(language, " :", ":"), L(language, " ; ", "; "));
        var (pieces, sheets) = StepSheets(centre, programme);
        if (pieces is not null)
        {
            var items = pieces.Items.Take(4).ToList();
            var more = pieces.Items.Count > items.Count
                ? L(language, " ; … (écrivez « pièces à fournir » pour la liste complète)", "; … (write \"documents to provide\" for the full list)")
                : "";
            steps.Add($"{L(language, "Préparez votre dossier", "Prepare your application")} — {pieces.Title}{colon} {string.Join(separator, items)}{more}.");
        }
        foreach (var sheet in sheets)
        {
            // With no programme asked, a sheet of one programme says whose it is ("Admission en cours du jour" is the CASP's).
            var whose = programme is null && sheet.Programme is { } own ? $" ({Format.ProgrammeShort(own, language)})" : "";
            steps.Add($"{sheet.Title}{whose}{colon} {string.Join(separator, sheet.Items.Take(3))}{(sheet.Items.Count == 0 ? sheet.Text : "")}");
        }
        var contacts = MeetingContacts(programme, centre);
        if (contacts.Count > 0)
        {
            steps.Add(L(language, "Une question sur votre inscription ? Écrivez à :\n", "A question about your registration? Write to:\n") + ContactLines(contacts));
        }
        return steps;
    }

    /// <summary>The sheets <see cref="CentreSteps"/> reads: the papers to provide, then two of admission, pre-registration and dates.</summary>
    private (InfoSheet? Pieces, List<InfoSheet> Sheets) StepSheets(string? centre, string? programme) =>
        (kb.Registration(centre, programme, "pieces").FirstOrDefault(),
            kb.Registration(centre, programme, "admission").Concat(kb.Registration(centre, programme, "preinscription"))
                .Concat(kb.Registration(centre, programme, "dates")).Take(2).ToList());

    /// <summary>
    /// The sources of <see cref="CentreSteps"/> for each centre, once each: "_Source : <document> (valable 2016-2017)_"
    /// lines, so that every step's fact says where it comes from and the year it is valid for.
    /// </summary>
    public string StepSources(IEnumerable<string?> centres, string? programme, string language = "fr")
    {
        var records = centres.SelectMany(centre =>
        {
            var (pieces, sheets) = StepSheets(centre, programme);
            return (pieces is null ? [] : new Record[] { pieces }).Concat(sheets).Concat(MeetingContacts(programme, centre));
        });
        var lines = AnswerRenderer.SourceLines(records.Select(r => Provenance.Of(r)), language);
        return lines.Length == 0 ? "" : "\n\n" + lines;
    }

    /// <summary>The follow-up sent after the meeting to someone who came, in the language they registered in.</summary>
    public string FollowUp(Meeting meeting, MeetingRegistration r)
    {
        var language = r.Language ?? "fr";
        return L(language, $"Bonjour {r.Name}, merci d'être venu(e) à la {Title(meeting).ToLowerInvariant()} du {When(meeting)}.\nVos prochaines étapes :\n",
                $"Hello {r.Name}, thank you for coming to the {Title(meeting, language).ToLowerInvariant()} on {When(meeting, language)}.\nYour next steps:\n") +
            MarkdownLines.Numbered(NextSteps(meeting, r.Programme, language))
            + StepSources([meeting.Centre], r.Programme ?? (meeting.Programmes.Count == 1 ? meeting.Programmes[0] : null), language);
    }

    /// <summary>The reminder sent the day before, in the language the person registered in.</summary>
    public string Reminder(Meeting meeting, MeetingRegistration r)
    {
        var language = r.Language ?? "fr";
        return L(language, $"Bonjour {r.Name}, petit rappel : vous êtes inscrit(e) à la {Title(meeting).ToLowerInvariant()} de demain, {When(meeting)}.\nLieu : ",
                $"Hello {r.Name}, a reminder: you are registered for tomorrow's {Title(meeting, language).ToLowerInvariant()}, {When(meeting, language)}.\nPlace: ") +
            Where(meeting, language) + (string.IsNullOrWhiteSpace(meeting.OnlineLink) ? "" : $"\n{OnlineLink(language)} {meeting.OnlineLink}") +
            (MeetingContacts(r.Programme, meeting.Centre) is { Count: > 0 } contacts
                ? L(language, "\nUn empêchement ? Prévenez :\n", "\nCannot come after all? Let them know:\n") + ContactLines(contacts)
                : "");
    }
}
