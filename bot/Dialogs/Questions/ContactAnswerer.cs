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
        if (intent == Understanding.Intents.Contacts && s.Mentions(vocabulary.TeacherWords))
        {
            if (vocabulary.JobAsked(s.Question) is not null)
            {
                // "je veux devenir formatrice": a job wished, which the jobs answer takes; no one to contact.
                return null;
            }
            // "quel prof pour AST107 ?": no document names a teacher; the answer says so and gives whom to ask.
            return new Missing(s.L("Mes documents ne nomment pas les enseignants des UE ni des formations.",
                "My documents do not name the teachers of the units or programmes."), "teacher");
        }
        if (intent == Understanding.Intents.Contacts && Cnam.Bot.Understanding.EntityValueExtensions.TownWithoutSite(s.Utterance.Entities.Domain.Centres))
        {
            // "y a-t-il des cours à Saint-Pierre ?": no site there in the documents; the sites they give.
            return Location(s) is Found sites
                ? sites.WithLead(s.L("Mes documents ne citent pas de lieu de cours dans cette commune ; voici ceux qu'ils donnent à La Réunion.",
                    "My documents give no place of classes in that town; here are those they give in La Réunion."))
                : null;
        }
        if (intent == Understanding.Intents.Contacts && vocabulary.AsksWhere(s))
        {
            return Location(s);
        }
        var contacts = kb.Contacts(intent == Understanding.Intents.Handicap ? "handicap" : null, s.Programme, s.Centre);
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
        // What the question says of the contact, without the words of asking for one ("qui contacter ?").
        var about = string.Join(" ", Knowledge.Text.FrenchText.Words(s.Question).Where(w => !vocabulary.ContactAskWords.Contains(w)));
        var picked = _ranker.Rank(about, statements, top: 2, minimumShare: 0.5).Select(p => contacts[statements.IndexOf(p)]).ToList();
        // Nothing said of which contact: the general ones of the conversation's centre, else of each centre.
        var chosen = picked.Count > 0
            ? picked
            // "je suis en arrêt maladie, je peux suivre la formation ?": nothing names one, but they are the health ones.
            : intent == Understanding.Intents.Handicap ? contacts.Take(2).ToList()
            : s.Centre is not null && Reachable(contacts.Where(IsGeneral)) is { Count: > 0 } general
                ? general.Take(2).ToList()
                : General(s).ToList();
        if (chosen.Count == 0)
        {
            return null;
        }
        if (intent == Understanding.Intents.Contacts && !s.CentreSaid && s.Programme is { } programme && s.UeCodes.Count == 0 && chosen.All(IsGeneral))
        {
            // "qui contacter pour le CASP ?": whom to ask at each centre that teaches it, not Paris's alone.
            chosen.AddRange(kb.Programmes(programme).Select(p => p.Centre).OfType<string>().Distinct()
                .Where(centre => !chosen.Any(c => c.Centre == centre))
                .Select(centre => Reachable(kb.Contacts("informations", programme, centre)).FirstOrDefault())
                .OfType<Contact>());
        }
        var lead = "";
        if (intent == Understanding.Intents.Contacts && s.Mentions(vocabulary.PhoneWords) && chosen.All(c => c.Phone is null))
        {
            (chosen, lead) = ByPhone(contacts, picked, chosen, s);
        }
        else if (intent == Understanding.Intents.Contacts && s.Mentions(vocabulary.OpeningHoursWords) && chosen.All(c => c.Hours is null))
        {
            // "quels sont les horaires du secrétariat ?": the documents give the hours of La Réunion's centres only.
            lead = s.L("Mes documents ne donnent pas d'horaires d'ouverture pour ce contact ; ils donnent :",
                "My documents give no opening hours for this contact; they give:") + "\n\n";
        }
        else if (intent == Understanding.Intents.Contacts && s.Mentions(vocabulary.HumanWords))
        {
            // "je veux parler à un humain": the bot says what it is, then the people to talk to.
            lead = s.L("Je suis un assistant automatique : pour parler à une personne, contactez :", "I am an automated assistant: to talk to a person, contact:") + "\n\n";
        }
        else if (intent == Understanding.Intents.Contacts && HeadElsewhere(s) is { } elsewhere)
        {
            return new Found(elsewhere.Text + string.Join("\n\n", chosen.Select(c => Render(c, s))),
                elsewhere.Heads.Concat(chosen).Select(c => Provenance.Of(c, c.Centre)));
        }
        return new Found(lead + string.Join("\n\n", chosen.Select(c => Render(c, s))), chosen.Select(c => Provenance.Of(c, c.Centre)));
    }

    /// <summary>
    /// "qui est le responsable du CASP à La Réunion ?": no document names a head of the programme at the centre asked, but
    /// one names its head at another centre: said, that head first, then whom to ask at the centre asked. Null otherwise.
    /// </summary>
    private (string Text, List<Contact> Heads)? HeadElsewhere(Slots s)
    {
        // Who heads the programme, nothing else ("qui est responsable des stages du CASP à La Réunion ?" asks the internship's).
        if (!s.CentreSaid || s.Centre is not { } centre || s.Programme is not { } programme || !s.Mentions(vocabulary.HeadWords)
            || s.Utterance.ConfidentIntents.Any(i => i != Understanding.Intents.Contacts && !Understanding.Intents.Politeness.Contains(i)))
        {
            return null;
        }
        var heads = kb.Contacts(null, programme, null)
            .Where(c => Knowledge.Text.FrenchText.HasAnyWord(c.Role ?? "", vocabulary.HeadWords)).ToList();
        var others = heads.Where(c => c.Centre != centre).ToList();
        if (others.Count == 0 || heads.Any(c => c.Centre == centre))
        {
            return null;
        }
        var head = others[0];
        return (s.L($"Mes documents ne nomment pas de responsable {Format.OfProgramme(programme)} au Cnam {centre} ; ils nomment celui du Cnam {head.Centre} :",
                $"My documents name no head of {Format.Programme(programme, "en")} at Cnam {centre}; they name the one at Cnam {head.Centre}:")
            + "\n\n" + Render(head, s) + "\n\n" + s.L($"Au Cnam {centre}, contactez :", $"At Cnam {centre}, contact:") + "\n\n", [head]);
    }

    /// <summary>
    /// A telephone number asked and none among the contacts chosen: the contacts in question that have one (those the
    /// question matched, else the general ones), or, when none has, the chosen ones after saying so.
    /// </summary>
    private static (List<Contact> Chosen, string Lead) ByPhone(IReadOnlyList<Contact> contacts, IEnumerable<Contact> matched, List<Contact> chosen, Slots s)
    {
        // Not any contact with a number: the evening English service's is no number for the licence.
        var preferred = matched.Where(c => c.Phone is not null).ToList() is { Count: > 0 } m ? m
            : contacts.Where(c => c.Phone is not null && IsGeneral(c)).ToList();
        return preferred.Count > 0 ? (preferred.Take(2).ToList(), "")
            : (chosen, (s.Programme is { } programme
                ? s.L($"Mes documents ne donnent pas de numéro de téléphone pour {Format.Programme(programme, "fr")} ; ils donnent :",
                    $"My documents give no telephone number for {Format.Programme(programme, "en")}; they give:")
                : s.L("Mes documents ne donnent pas de numéro de téléphone pour ce contact ; ils donnent :",
                    "My documents give no telephone number for this contact; they give:")) + "\n\n");
    }

    /// <summary>
    /// <paramref name="notGiven"/> (what a centre's documents do not say), then whom of that centre to ask, whose
    /// provenance goes to <paramref name="sources"/>: "Mes documents ne donnent pas l'adresse… Pour le savoir, contactez :".
    /// </summary>
    public string NotGivenAt(string centre, string notGiven, Slots s, List<Provenance?> sources)
    {
        var ask = General(s with { Centre = centre, CentreSaid = true }).Take(1).ToList();
        sources.AddRange(ask.Select(c => Provenance.Of(c, c.Centre)));
        return notGiven + (ask.Count == 0 ? "" : s.L(" Pour le savoir, contactez :", " To find out, contact:") + "\n\n" + Render(ask[0], s));
    }

    /// <summary>
    /// Where the classes are: the addresses the documents give for the centres in question (the centre said, else
    /// the programme's, else all), best match first when the question names one ("le centre du Port"). A centre whose
    /// address the documents do not give is said so, with the contact to ask.
    /// </summary>
    private TopicResult? Location(Slots s)
    {
        var centres = s.CentreSaid && s.Centre is not null ? [s.Centre]
            : kb.Contacts(null, s.Programme, null).Select(c => c.Centre).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var sections = new List<string>();
        var sources = new List<Provenance?>();
        foreach (var centre in centres)
        {
            var addressed = kb.Contacts(null, null, centre).Where(c => c.Address is not null).ToList();
            if (addressed.Count == 0)
            {
                sections.Add(NotGivenAt(centre, s.L($"Mes documents ne donnent pas l'adresse des cours du Cnam {centre}.",
                    $"My documents do not give the address of the classes at Cnam {centre}."), s, sources));
                continue;
            }
            var statements = addressed.Select(c => new Statement($"{c.Name} {c.Role} {c.Organisation} {c.Address}", Provenance.Of(c, c.Centre))).ToList();
            var named = _ranker.Rank(s.Question, statements, top: 1) is [var best] ? addressed[statements.IndexOf(best)] : null;
            var chosen = named is not null && addressed.Count > 1 && NamesOnePlace(s, named) ? [named] : addressed;
            sections.Add((chosen.Count == 1
                    ? s.L($"L'adresse donnée par mes documents (Cnam {centre}) :", $"The address my documents give (Cnam {centre}):")
                    : s.L($"Les centres du Cnam {centre} donnés par mes documents :", $"The Cnam {centre} centres my documents give:"))
                + "\n\n" + string.Join("\n\n", chosen.Select(c => Render(c, s))));
            sources.AddRange(chosen.Select(c => Provenance.Of(c, c.Centre)));
        }
        if (sections.Count > 0 && !s.CentreSaid && s.Programme is { } programme
            && kb.Programmes(programme).Select(p => p.Centre).OfType<string>().Distinct(StringComparer.Ordinal).ToList() is { Count: > 1 } teaching)
        {
            // "quels centres proposent le CASP ?": which centres first, then where each one is.
            sections.Insert(0, s.L($"D'après mes documents, {Format.Programme(programme, "fr")} est proposé au Cnam {string.Join(" et au Cnam ", teaching)}.",
                $"According to my documents, {Format.Programme(programme, "en")} is offered at Cnam {string.Join(" and Cnam ", teaching)}."));
        }
        return sections.Count == 0 ? null : new Found(string.Join("\n\n", sections), sources);
    }

    /// <summary>The question names this place itself ("Saint-Louis", "le Port"), not just "le centre".</summary>
    private static bool NamesOnePlace(Slots s, Contact c)
    {
        var place = Knowledge.Text.FrenchText.Words(c.Address + " " + c.Organisation).ToHashSet(StringComparer.Ordinal);
        return Knowledge.Text.FrenchText.Words(s.Question).Any(w => w.Length > 3 && place.Contains(w) && w is not ("centre" or "cnam" or "reunion" or "enseignement" or "regional"));
    }

    /// <summary>The general information contacts for a programme and centre (all centres when unknown).</summary>
    public IEnumerable<Contact> General(Slots s)
    {
        var centre = s.CentreSaid || s.Programme == "LP110" ? s.Centre : null;
        // A UE with a contact of its own (the evening English, ANG320): that contact, whatever else is asked.
        var ue = s.UeCodes.Count == 0 ? [] : OfUes(kb, s.UeCodes);
        if (ue.Count > 0)
        {
            return ue.Take(2);
        }
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

    /// <summary>A contact for any question ("informations" among its topics), as against a UE's, the internship's…</summary>
    private static bool IsGeneral(Contact c) => c.Topics.Contains("informations", StringComparer.OrdinalIgnoreCase);

    /// <summary>The reachable contacts the documents give for these UEs themselves (the evening English, ANG320: the CLE).</summary>
    public static List<Contact> OfUes(KnowledgeBase kb, IEnumerable<string> codes) => Reachable(codes.SelectMany(code => kb.Contacts(code)).Distinct());

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
