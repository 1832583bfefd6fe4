using Cnam.Bot.Dialogs.Questions;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Model;

namespace Cnam.Bot.Meetings;

/// <summary>
/// How a meeting and what follows it are written: "mardi 6 octobre 2026, 18:00–19:30, Cnam Paris (…)", the contacts
/// to ask for a meeting, and the personal next steps of a follow-up. Every fact comes from the knowledge base.
/// </summary>
public sealed class MeetingTexts(KnowledgeBase kb)
{
    public const string DefaultTitle = "Réunion d'information";

    public static string Title(Meeting m) => string.IsNullOrWhiteSpace(m.Title) ? DefaultTitle : m.Title.Trim();

    /// <summary>"mardi 6 octobre 2026, 18:00–19:30".</summary>
    public static string When(Meeting m) =>
        $"{(m.Date is { } d ? Format.Day(d, "fr") : "date à préciser")}, {m.Start}–{m.End}";

    /// <summary>"Cnam Paris — 292 rue Saint-Martin… (et en ligne)".</summary>
    public static string Where(Meeting m)
    {
        var place = string.IsNullOrWhiteSpace(m.Place) ? "en ligne" : m.Place.Trim();
        var online = !string.IsNullOrWhiteSpace(m.Place) && !string.IsNullOrWhiteSpace(m.OnlineLink) ? " (ou en ligne)" : "";
        return $"Cnam {m.Centre} — {place}{online}";
    }

    /// <summary>A one-line label for a choice button: "mar. 6 octobre 18:00 — Paris".</summary>
    public static string ChoiceTitle(Meeting m, bool full) =>
        $"{(m.Date is { } d ? Format.ShortDay(d, "fr") : "?")} {m.Start} — {m.Centre}{(full ? " (complet)" : "")}";

    /// <summary>The meeting in a sentence: title, when, where, programmes.</summary>
    public static string Describe(Meeting m)
    {
        var programmes = m.Programmes.Count == 0 ? "" : " — " + string.Join(", ", m.Programmes.Select(Format.ProgrammeShort));
        var link = string.IsNullOrWhiteSpace(m.OnlineLink) ? "" : $"\nLien de connexion : {m.OnlineLink}";
        return $"**{Title(m)}**{programmes}\n{Format.Capitalize(When(m))}\n{Where(m)}{link}";
    }

    /// <summary>Who to write to for information meetings at a centre for a programme (from contacts.yaml).</summary>
    public IReadOnlyList<Contact> MeetingContacts(string? programme, string? centre)
    {
        foreach (var topic in new[] { "réunion", "inscription", "informations" })
        {
            var found = kb.Contacts(topic, programme, centre).Where(c => c.Email is not null || c.Phone is not null).ToList();
            if (found.Count > 0)
            {
                return found.Take(programme is null && centre is null ? 3 : 1).ToList();
            }
        }
        return [];
    }

    /// <summary>Contacts as lines: "Nom — e-mail — téléphone (Cnam centre)".</summary>
    public static string ContactLines(IEnumerable<Contact> contacts) =>
        string.Join("\n", contacts.Select(c => "- " + string.Join(" — ",
            new[] { c.Name, c.Email, c.Phone }.Where(v => !string.IsNullOrWhiteSpace(v))) + $" (Cnam {c.Centre})"));

    /// <summary>What to say when no meeting is scheduled: how to ask for one.</summary>
    public string NoMeeting(string? programme, string? centre)
    {
        var contacts = MeetingContacts(programme, centre);
        var text = "Aucune réunion d'information n'est programmée pour le moment" +
            (programme is null ? "" : $" pour {Format.Programme(programme, "fr")}") + ".";
        return contacts.Count == 0
            ? text + " Vous pouvez en demander une au Cnam de votre centre."
            : text + " Pour en demander une ou connaître les prochaines dates, écrivez à :\n" + ContactLines(contacts);
    }

    /// <summary>
    /// The personal next steps after a meeting: check eligibility with the bot, the documents to prepare, the
    /// registration dates, and the contact — for the programme the person is interested in, at the meeting's centre.
    /// </summary>
    public IReadOnlyList<string> NextSteps(Meeting meeting, string? programme)
    {
        var centre = meeting.Centre;
        var code = programme ?? (meeting.Programmes.Count == 1 ? meeting.Programmes[0] : null);
        var steps = new List<string>
        {
            "Vérifiez votre éligibilité avec moi : écrivez « Suis-je éligible ? » (quelques questions, avec les frais pour votre situation).",
        };
        if (kb.Registration(centre, code, "pieces").FirstOrDefault() is { } pieces)
        {
            var items = pieces.Items.Take(4).ToList();
            steps.Add($"Préparez votre dossier — {pieces.Title} : {string.Join(" ; ", items)}{(pieces.Items.Count > items.Count ? " ; … (écrivez « pièces à fournir » pour la liste complète)" : "")}.");
        }
        foreach (var sheet in kb.Registration(centre, code, "preinscription").Concat(kb.Registration(centre, code, "dates")).Take(2))
        {
            steps.Add($"{sheet.Title} : {string.Join(" ; ", sheet.Items.Take(3))}{(sheet.Items.Count == 0 ? sheet.Text : "")}");
        }
        var contacts = MeetingContacts(code, centre);
        if (contacts.Count > 0)
        {
            steps.Add("Une question sur votre inscription ? Écrivez à :\n" + ContactLines(contacts));
        }
        return steps;
    }

    /// <summary>The follow-up sent after the meeting to someone who came.</summary>
    public string FollowUp(Meeting meeting, MeetingRegistration r) =>
        $"Bonjour {r.Name}, merci d'être venu(e) à la {Title(meeting).ToLowerInvariant()} du {When(meeting)}.\n" +
        "Vos prochaines étapes :\n" + string.Join("\n", NextSteps(meeting, r.Programme).Select((s, i) => $"{i + 1}. {s}"));

    /// <summary>The reminder sent the day before.</summary>
    public string Reminder(Meeting meeting, MeetingRegistration r) =>
        $"Bonjour {r.Name}, petit rappel : vous êtes inscrit(e) à la {Title(meeting).ToLowerInvariant()} de demain, {When(meeting)}.\n" +
        $"Lieu : {Where(meeting)}" + (string.IsNullOrWhiteSpace(meeting.OnlineLink) ? "" : $"\nLien de connexion : {meeting.OnlineLink}") +
        (MeetingContacts(r.Programme, meeting.Centre) is { Count: > 0 } contacts ? "\nUn empêchement ? Prévenez :\n" + ContactLines(contacts) : "");
}
