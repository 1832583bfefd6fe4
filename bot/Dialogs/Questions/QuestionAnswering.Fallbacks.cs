using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Queries;
using Cnam.Bot.Understanding;

namespace Cnam.Bot.Dialogs.Questions;

// What is answered when the topics are not: small talk, an abbreviation the documents spell out, the best search hits,
// and "not in my documents" with the right contact.
public sealed partial class QuestionAnswering
{
    /// <summary>
    /// "c'est quoi un CIP ?", "que veut dire ECTS ?", "What does FOAD stand for?": an abbreviation the documents spell out,
    /// with the sentence that does. Not a programme or an UE named (their own answers), nor a validation route (the
    /// routes' answer says more than the words).
    /// </summary>
    private AnswerSection? Definition(Utterance u, Slots s)
    {
        // Most questions name no abbreviation: that is checked first, on the words the slots already hold.
        // "c'est quoi cette UE ?" points at a UE already said: not a question about the letters.
        if (!s.Words.Overlaps(_abbreviationWords) || s.Mentions(_vocabulary.PointingWords) || !_vocabulary.AsksDefinition(s.Question)
            || s.ProgrammeSaid || s.UeCodes.Count > 0 || u.Entities.Dates.Count > 0 || u.TopIntent?.Name == Understanding.Intents.ValidationRoutes)
        {
            return null;
        }
        var words = s.Words.ToHashSet(StringComparer.Ordinal);
        var named = _kb.Abbreviations().Where(a => words.Contains(Knowledge.Text.FrenchText.Fold(a.Short))).ToList();
        // The abbreviation is what is asked about: nothing else is said ("c'est quoi les UE du tronc commun ?" asks a list).
        words.ExceptWith(named.Select(a => Knowledge.Text.FrenchText.Fold(a.Short)));
        words.ExceptWith(_vocabulary.StopWords);
        words.ExceptWith(_vocabulary.DefinitionWords);
        if (named.Count == 0 || words.Count > 0)
        {
            return null;
        }
        var a = named[0];
        return new AnswerSection(
            s.L($"**{a.Short}** : {a.Long}. Mes documents l'emploient ainsi : « {a.Sentence} »",
                $"**{a.Short}**: {a.Long}. The documents use it so: \"{a.Sentence}\""),
            a.Source is null ? [] : [new Provenance(a.Source, a.SourceTitle, a.ValidFor, a.Centre)]);
    }

    /// <summary>Greetings, thanks and "what can you do": a short answer with the menu, not a miss.</summary>
    private Answer? SmallTalk(Utterance u, Slots s, QuestionContext context)
    {
        List<Suggestion> Menu() => BotTexts.MenuIn(s.Language).Select(m => new Suggestion(m, m)).ToList();
        if (u.Normalized.Length == 0 || _vocabulary.SaysYesOnly(s))
        {
            // "👍", "?": no word to answer, and nothing the documents lack either. "oui" with no question pending (after
            // "Avez-vous une autre question ?"): the question is to come.
            return new Answer(AnswerStatus.Answered, [new AnswerSection(s.L("Que voulez-vous savoir ? Écrivez votre question avec vos mots, ou choisissez un sujet.",
                "What would you like to know? Type your question in your own words, or pick a topic."), [])], Menu(), context);
        }
        static bool Social(string intent) => Understanding.Intents.Politeness.Contains(intent)
            || intent is Understanding.Intents.Help or Understanding.Intents.BotIdentity or Understanding.Intents.Dissatisfied;
        var top = u.TopIntent;
        if (top is null || !Social(top.Name) || u.ConfidentIntents.Any(i => !Social(i)) || HasSubject(u))
        {
            return null;
        }
        if (top.Name == Understanding.Intents.Goodbye || top.Name == Understanding.Intents.Thanks && u.ConfidentIntents.Contains(Understanding.Intents.Goodbye))
        {
            // "merci beaucoup, bonne journée": thanks that take leave are a goodbye.
            // Leaving: no menu to choose from, only the door left open.
            return new Answer(AnswerStatus.Answered, [new AnswerSection(s.L("Au revoir, et bonne continuation dans votre projet ! Je reste là si vous avez d'autres questions.",
                "Goodbye, and good luck with your plans! I am here if you have other questions."), [])], [], context);
        }
        var text = top.Name switch
        {
            Understanding.Intents.Thanks => s.L("Avec plaisir ! Avez-vous une autre question ?", "You're welcome! Any other question?"),
            Understanding.Intents.Acknowledgement => s.L("Très bien ! Avez-vous une autre question ?", "All right! Any other question?"),
            Understanding.Intents.BotIdentity => s.L(
                "Je suis l'assistant automatique des formations en intervention sociale du Cnam, pas une personne : je réponds à partir des documents des formations (licence pro LP110, titre CASP CPN42, certificat CP29, à Paris et à La Réunion). Pour parler à quelqu'un, demandez « qui contacter ? ».",
                "I am the automated assistant of Cnam's social intervention programmes, not a person: I answer from the programmes' documents (LP110 licence, CASP title CPN42, CP29 certificate, in Paris and La Réunion). To talk to someone, ask \"who should I contact?\"."),
            Understanding.Intents.Dissatisfied => s.L(
                "Désolé que ma réponse ne vous aide pas. Essayez de reformuler votre question en précisant la formation (licence, CASP, CP29) et le centre (Paris ou La Réunion), ou demandez « qui contacter ? » pour écrire à une personne.",
                "Sorry my answer did not help. Try asking again with the programme (licence, CASP, CP29) and the centre (Paris or La Réunion), or ask \"who should I contact?\" to write to a person."),
            Understanding.Intents.Help => s.L(BotTexts.Help, "I answer questions about Cnam's social intervention programmes (LP110 licence, CASP title CPN42, CP29 certificate, in Paris and La Réunion): content, entry requirements, fees, timetables, internships, contacts. Type your question in your own words."),
            _ => s.L("Bonjour ! Je réponds à vos questions sur les formations en intervention sociale du Cnam (licence pro LP110, titre CASP CPN42, certificat CP29, à Paris et à La Réunion) : contenu, conditions d'accès, tarifs, plannings, stages, contacts. Que voulez-vous savoir ?",
                "Hello! I answer questions about Cnam's social intervention programmes (LP110 licence, CASP title CPN42, CP29 certificate, in Paris and La Réunion): content, entry requirements, fees, timetables, internships, contacts. What would you like to know?"),
        };
        return new Answer(AnswerStatus.Answered, [new AnswerSection(text, [])], Menu(), context);
    }

    /// <summary>The best search hits when no topic was recognised, if they share enough of the question's words.</summary>
    private Answer? Search(Slots s)
    {
        var stems = _ranker.QuestionStems(s.Question);
        if (stems.Count == 0)
        {
            return null;
        }
        var hits = _kb.Search(s.Question, new SearchFilter(Programme: s.Programme, Centre: s.CentreSaid ? s.Centre : null), top: 3);
        var good = hits.Where(h =>
        {
            var hitStems = Knowledge.Text.FrenchText.Words(h.Text).Select(Knowledge.Text.FrenchText.Stem).ToHashSet(StringComparer.Ordinal);
            var shared = stems.Count(hitStems.Contains);
            return shared >= 2 && shared * 2 >= stems.Count;
        }).Take(2).ToList();
        if (good.Count == 0)
        {
            return null;
        }
        var sources = good.Where(h => h.Source is not null).Select(h => new Provenance(h.Source!, h.SourceTitle, h.ValidFor, h.Centre)).ToList();
        // A person found by name ("Qui est Corinne Blondet ?") gets the contact card: how to reach them, or whom to ask.
        var contacts = good.Select(h => h.Kind == "contact" && h.RecordId is not null ? _kb.GetContact(h.RecordId) : null).ToList();
        if (contacts.All(c => c is not null))
        {
            return new Answer(AnswerStatus.Answered,
                [new AnswerSection(string.Join("\n\n", contacts.Select(c => ContactAnswerer.Render(c!, s))), sources)], [], s.Remember([]));
        }
        return new Answer(AnswerStatus.Answered, [new AnswerSection(Topics.Bullets(good.Select(h => h.Text)), sources)], [], s.Remember([]));
    }

    private Answer NotFound(Slots s, string reason)
    {
        var text = _vocabulary.NotCovered(reason) is { } subject ? s.L(subject.French, subject.English)
            : s.L("Je n'ai pas cette information dans mes documents (ils portent sur la licence pro Intervention sociale LP110, le titre CASP CPN42 et le certificat CP29, au Cnam Paris et au Cnam La Réunion).",
                "I don't have this information in my documents (they cover the Licence professionnelle Intervention sociale LP110, the CASP title CPN42 and the CP29 certificate, at Cnam Paris and Cnam La Réunion).");
        return new Answer(AnswerStatus.NotFound, [new AnswerSection(text, []), ContactSection(s)], [], s.Remember([]), reason);
    }

    /// <summary>
    /// "c'est quoi l'UE DRS104 ?", "combien de crédits vaut TRS999 ?": every code the message names is one the documents do
    /// not have. Said so, with the codes that look like it (a mistyped letter or digit) to pick from, and whom to ask;
    /// otherwise the question would lose its UE and ask which programme, or list every UE. Null when a code is known.
    /// </summary>
    private Answer? UnknownUe(Utterance u, Slots s, IReadOnlyList<string> intents)
    {
        var named = u.Entities.UeCodes;
        // "j'ai validé l'UE ABC12, je peux faire la licence ?" asks something else: its answer does not need the UE.
        if (named.Count == 0 || named.Any(c => _kb.GetUe(c) is not null) || intents.Concat(u.ConfidentIntents).Any(i => !UeQuestions.Contains(i)
            // "c'est quoi DRS104 ?" reads as a programme's overview too, when none is named
            && !(i == Understanding.Intents.ProgrammeOverview && !s.ProgrammeSaid)))
        {
            return null;
        }
        var codes = string.Join(", ", named);
        var near = _kb.Ues().Select(ue => (ue, score: named.Max(c => FuzzySharp.Fuzz.Ratio(c, ue.Code))))
            .Where(x => x.score >= NearCodeRatio).OrderByDescending(x => x.score).ThenBy(x => NumberGap(named, x.ue.Code))
            .ThenBy(x => x.ue.Code, StringComparer.Ordinal)
            .Take(3).Select(x => x.ue).ToList();
        var text = s.L($"Je ne trouve pas d'UE {codes} dans mes documents.", $"I cannot find a UE {codes} in my documents.");
        if (near.Count > 0)
        {
            text += " " + s.L("Vouliez-vous dire :", "Did you mean:") + "\n" + string.Join("\n", near.Select(ue => $"- **{ue.Code}** — {ue.Title}"));
        }
        return new Answer(AnswerStatus.NotFound, [new AnswerSection(text, near.Select(ue => Provenance.Of(ue)).OfType<Provenance>().ToList()), ContactSection(s)],
            near.Select(ue => new Suggestion(ue.Code, ue.Code)).ToList(), s.Remember([]), "unknown-ue");
    }

    /// <summary>Least FuzzySharp ratio (0-100) for a known code to be offered for one the documents lack ("DRS104" -> "TRS104").</summary>
    private const int NearCodeRatio = 67;

    /// <summary>What a question about one UE asks: a code the documents lack is then all the question is about.</summary>
    private static readonly HashSet<string> UeQuestions = [Understanding.Intents.UeDetail, Understanding.Intents.UeList,
        Understanding.Intents.Ects, Understanding.Intents.Hours, Understanding.Intents.Duration, Understanding.Intents.PlanningDates,
        Understanding.Intents.Exams, Understanding.Intents.Contacts,
        // and the politeness around it ("bonjour, c'est quoi l'UE XYZ12 ?")
        Understanding.Intents.Greeting, Understanding.Intents.Thanks, Understanding.Intents.Acknowledgement, Understanding.Intents.Dissatisfied];

    /// <summary>"TRS108" is nearer TRS107 than TRS102, which FuzzySharp rates the same: the gap between their numbers.</summary>
    private static int NumberGap(IEnumerable<string> named, string code) =>
        named.Min(c => int.TryParse(Digits(c), out var a) && int.TryParse(Digits(code), out var b) ? Math.Abs(a - b) : int.MaxValue);

    private static string Digits(string code) => new(code.Where(char.IsAsciiDigit).ToArray());

    /// <summary>The contact to ask when the knowledge base lacks something.</summary>
    private AnswerSection ContactSection(Slots s)
    {
        var contacts = _contacts.General(s).ToList();
        var text = s.L("Pour en savoir plus, contactez :", "For more information, please contact:") + "\n\n" +
            string.Join("\n\n", contacts.Select(c => ContactAnswerer.Render(c, s)));
        return new AnswerSection(text, contacts.Select(c => Provenance.Of(c, c.Centre)).OfType<Provenance>().ToList());
    }
}
