using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Model;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>Who to contact, for what: picks the contacts whose role and topics best match the question.</summary>
public sealed class ContactAnswerer(KnowledgeBase kb, AnsweringVocabulary vocabulary) : ITopicAnswerer
{
    private readonly StatementRanker _ranker = new(vocabulary);

    public IReadOnlyCollection<string> Intents { get; } = [Understanding.Intents.Contacts, Understanding.Intents.Handicap];

    public TopicResult? Answer(string intent, Slots s)
    {
        var contacts = kb.Contacts(intent == Understanding.Intents.Handicap ? "handicap" : null, s.Programme, s.CentreSaid ? s.Centre : null);
        if (contacts.Count == 0 && intent == Understanding.Intents.Handicap)
        {
            contacts = kb.Contacts("handicap");
        }
        if (contacts.Count == 0)
        {
            return null;
        }
        var statements = contacts.Select(c => new Statement(
            $"{c.Name} {c.Role} {c.Organisation} {c.Address} {string.Join(" ", c.Topics)}", Provenance.Of(c, c.Centre))).ToList();
        var picked = _ranker.Rank(s.Question, statements, top: 2);
        var chosen = picked.Count > 0
            ? picked.Select(p => contacts[statements.IndexOf(p)]).ToList()
            : General(s).ToList();
        if (chosen.Count == 0)
        {
            return null;
        }
        return new Found(string.Join("\n\n", chosen.Select(c => Render(c, s))), chosen.Select(c => Provenance.Of(c, c.Centre)));
    }

    /// <summary>The general information contacts for a programme and centre (all centres when unknown).</summary>
    public IEnumerable<Contact> General(Slots s)
    {
        var centre = s.CentreSaid || s.Programme == "LP110" ? s.Centre : null;
        var contacts = Reachable(kb.Contacts("informations", s.Programme, centre));
        if (s.Programme is null && !s.CentreSaid)
        {
            return contacts.GroupBy(c => (c.Centre, string.Join(",", c.Programmes))).Select(g => g.First()).Take(3);
        }
        if (contacts.Count == 0 && centre is not null)
        {
            // A programme the centre does not teach (the licence at La Réunion): the centre's own reception first,
            // then the programme's contact elsewhere, so the person always has someone to ask.
            contacts = Reachable(kb.Contacts("informations", null, centre)).Take(1)
                .Concat(Reachable(kb.Contacts("informations", s.Programme, null)).Take(1)).ToList();
        }
        return contacts.Take(2);
    }

    private static List<Contact> Reachable(IEnumerable<Contact> contacts) =>
        contacts.Where(c => c.Email is not null || c.Phone is not null).ToList();

    /// <summary>A contact card in text: who, for what, and how to reach them.</summary>
    public static string Render(Contact c, Slots s)
    {
        var parts = new List<string>();
        foreach (var part in new[] { c.Name, c.Role, c.Organisation }.Where(x => !string.IsNullOrWhiteSpace(x)))
        {
            var folded = Knowledge.Text.FrenchText.Fold(part);
            if (!parts.Any(p => Knowledge.Text.FrenchText.Fold(p).Contains(folded, StringComparison.Ordinal)))
            {
                parts.RemoveAll(p => folded.Contains(Knowledge.Text.FrenchText.Fold(p), StringComparison.Ordinal));
                parts.Add(part!);
            }
        }
        var who = string.Join(" — ", parts);
        var lines = new List<string?>
        {
            c.Email is null ? null : "✉️ " + c.Email,
            c.Phone is null ? null : s.L("☎️ ", "☎️ ") + c.Phone,
            c.Address is null ? null : s.L("Adresse : ", "Address: ") + c.Address,
            c.Hours is null ? null : s.L("Horaires : ", "Opening hours: ") + c.Hours,
            c.Website is null ? null : s.L("Site : ", "Website: ") + c.Website,
        };
        var text = $"**{who}** (Cnam {c.Centre})\n" + Topics.Bullets(lines);
        if (c.Email is null && c.Phone is null && c.Note is not null)
        {
            text += "\n" + c.Note;
        }
        return text;
    }
}
