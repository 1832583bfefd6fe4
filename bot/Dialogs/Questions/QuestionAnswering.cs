using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Queries;
using Cnam.Bot.Understanding;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>
/// Answers one understood question from the knowledge base: resolves what it is about (with the conversation's
/// context), asks each topic answerer for its part (a combined question gets every half), and says plainly
/// when the knowledge base lacks the answer, with the right contact. Pure: no I/O, no state of its own.
/// </summary>
public sealed partial class QuestionAnswering
{
    private const int MaxTopics = 3;
    private const double RelativeIntentFloor = 0.6;

    private readonly KnowledgeBase _kb;
    private readonly AnsweringVocabulary _vocabulary;
    private readonly ContactAnswerer _contacts;
    private readonly StatementRanker _ranker;
    private readonly ProgrammeAnswerer _programmes;
    private readonly PlanningAnswerer _planning;
    private readonly UeAnswerer _ues;
    private readonly Dictionary<string, ITopicAnswerer> _byIntent = new(StringComparer.Ordinal);
    private readonly Action<Reading>[] _intentRules;

    // The abbreviations the documents spell out, folded as the slots' words are.
    private readonly string[] _abbreviationWords;

    public QuestionAnswering(KnowledgeBase kb, AnsweringVocabulary vocabulary)
    {
        _kb = kb;
        _vocabulary = vocabulary;
        _contacts = new ContactAnswerer(kb, vocabulary);
        _ranker = new StatementRanker(vocabulary);
        _programmes = new ProgrammeAnswerer(kb, vocabulary);
        _planning = new PlanningAnswerer(kb, vocabulary, _contacts);
        _ues = new UeAnswerer(kb, vocabulary);
        _intentRules = IntentRules();
        _abbreviationWords = kb.Abbreviations().Select(a => Knowledge.Text.FrenchText.Fold(a.Short)).Distinct(StringComparer.Ordinal).ToArray();
        ITopicAnswerer[] topics =
        [
            new TariffAnswerer(kb, vocabulary), _planning, _ues, _programmes,
            new AccessAnswerer(kb, vocabulary), new InternshipAnswerer(kb, vocabulary), new PracticalAnswerer(kb, vocabulary, _contacts), _contacts,
        ];
        foreach (var topic in topics)
        {
            foreach (var intent in topic.Intents)
            {
                _byIntent.TryAdd(intent, topic);
            }
        }
    }

    /// <summary>The intents this layer answers.</summary>
    public IReadOnlyCollection<string> Intents => _byIntent.Keys;

    public Answer Answer(Utterance utterance, QuestionContext context, DateTimeOffset now)
    {
        var s = Slots.Resolve(utterance, context, now, _kb);
        if (SmallTalk(utterance, s, context) is { } smallTalk)
        {
            return smallTalk;
        }
        var answer = AnswerTopics(utterance, s, context);
        if (Definition(utterance, s) is { } definition)
        {
            // "c'est quoi une UA ?": what the letters stand for, then the topic's answer when it has one (the UA themselves);
            // "c'est quoi les ECTS ?" would otherwise ask which programme. "c'est quoi un DIB ?" reads as an overview only for
            // its "c'est quoi": the catalogue of programmes is no answer to it.
            var onlyWhatIs = utterance.ConfidentIntents.All(i => i is Understanding.Intents.ProgrammeOverview or Understanding.Intents.UeDetail);
            answer = answer.Status == AnswerStatus.Answered && !onlyWhatIs
                ? answer with { Sections = [definition, .. answer.Sections] }
                : new Answer(AnswerStatus.Answered, [definition], [], context);
        }
        else if (answer.Status == AnswerStatus.Answered && UndefinedFunding(s) is { } term)
        {
            // "c'est quoi le DIF ?": the documents name it with a fee and never spell it out; said before what they say.
            answer = answer with { Sections = [new AnswerSection(s.L(
                $"Mes documents n'expliquent pas ce qu'est « {term} » : ils le citent comme mode de financement. Ce qu'ils en disent :",
                $"My documents do not explain what \"{term}\" is: they name it as a way of funding. What they say of it:"), []), .. answer.Sections] };
        }
        return SameAsBefore(answer, s, context);
    }

    /// <summary>
    /// The funding a question asks the meaning of, as typed ("c'est quoi le DIF ?" gives "DIF"), when it asks nothing else;
    /// null otherwise. An abbreviation the documents spell out is <see cref="Definition"/>'s.
    /// </summary>
    private string? UndefinedFunding(Slots s)
    {
        if (!s.FundingSaid || s.ProgrammeSaid || s.CentreSaid || s.UeCodes.Count > 0 || s.Mentions(_vocabulary.PointingWords)
            || !_vocabulary.AsksDefinition(s.Question))
        {
            return null;
        }
        // The words as typed (their case and accents), split at every character that is no letter or digit.
        var separators = s.Question.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray();
        var term = s.Question.Split(separators, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => Knowledge.Text.FrenchText.Fold(w) is var f && !_vocabulary.StopWords.Contains(f) && !_vocabulary.DefinitionWords.Contains(f)
                && !_vocabulary.DefinitionFillers.Contains(f))
            .ToList();
        if (term.Count is 0 or > 3)
        {
            return null;
        }
        // Only a name the documents use ("Dif"), not one they never write ("OPCO", where they say "Opca").
        var folded = term.Select(Knowledge.Text.FrenchText.Fold).ToList();
        return _kb.Search(string.Join(' ', term), top: 5).Any(h => Knowledge.Text.FrenchText.Words(h.Text).Intersect(folded).Count() == folded.Count)
            ? string.Join(' ', term) : null;
    }

    /// <summary>
    /// "quelles sont les conditions d'accès à la licence ?" then "en cours du soir ?": when what the follow-up adds (a
    /// modality, a centre, a funding, a parcours, a length of plan) leaves the answer as it was, that is said first.
    /// </summary>
    private static Answer SameAsBefore(Answer answer, Slots s, QuestionContext context)
    {
        var digest = Digest(answer);
        var kept = answer with { Context = answer.Context with { LastAnswerDigest = digest } };
        if (answer.Status != AnswerStatus.Answered || digest != context.LastAnswerDigest)
        {
            return kept;
        }
        var added = new List<string>();
        if (s.ModalitySaid && s.Modality is { } modality && modality != context.Modality)
        {
            added.Add(s.L($"en {Format.Modality(modality, "fr")}", $"in {Format.Modality(modality, "en")}"));
        }
        if (s.CentreSaid && s.Centre is { } centre && centre != context.Centre)
        {
            added.Add(s.L($"au Cnam {centre}", $"at Cnam {centre}"));
        }
        if (s.FundingSaid && s.Fundings.Count > 0 && s.Fundings[0] != context.Funding)
        {
            added.Add(s.L($"avec un financement {Format.Funding(s.Fundings[0], "fr")}", $"with {Format.Funding(s.Fundings[0], "en")} funding"));
        }
        if (s.Utterance.Entities.Parcours is not null && s.Parcours is { } parcours && parcours != context.Parcours)
        {
            added.Add(s.L("pour ce parcours", "for this track"));
        }
        if (s.Utterance.Entities.PlanYears is { } years && years != context.PlanYears)
        {
            added.Add(s.L($"sur {years} an{(years > 1 ? "s" : "")}", $"over {years} year{(years > 1 ? "s" : "")}"));
        }
        if (added.Count == 0)
        {
            return kept;
        }
        var lead = new AnswerSection(s.L($"C'est la même réponse {string.Join(" et ", added)} : mes documents ne disent rien de différent sur ce point.",
            $"The answer is the same {string.Join(" and ", added)}: my documents say nothing different on this point."), []);
        return kept with { Sections = [lead, .. kept.Sections] };
    }

    private static string Digest(Answer answer)
    {
        var text = string.Join("\n", answer.Sections.Select(x => x.Text));
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)), 0, 12);
    }

    private Answer AnswerTopics(Utterance utterance, Slots s, QuestionContext context)
    {
        var reading = Read(utterance, s, context);
        s = reading.Slots;
        var intents = reading.Intents;
        if (reading.NotOurs is { } reason)
        {
            return NotFound(s, reason);
        }
        if (UnknownUe(utterance, s, intents) is { } unknown)
        {
            return unknown;
        }
        var place = reading.Place;
        if (intents.Count == 0)
        {
            // "j'habite en Guadeloupe": where the documents place the programmes is the answer.
            return place is not null ? new Answer(AnswerStatus.Answered, [PlaceNote(place, s, []), ContactSection(s)], [], s.Remember([]))
                : utterance.IsOutOfScope ? NotFound(s, "out-of-scope") : Search(s) ?? NotFound(s, "not-understood");
        }

        var found = new List<AnswerSection>();
        var said = utterance.Entities.Domain;
        var centres = said.Centres.Count < 2 ? [] : said.CentresNamed();
        if (centres.Count > 1 && s.ProgrammeSaid && centres.FirstOrDefault(c => _kb.Programmes(s.Programme, c).Count == 0) is { } untaught)
        {
            // "les horaires de la licence à Paris et à La Réunion": the centre that does not teach it is said so, below.
            centres.Remove(untaught);
            s = s with { Centre = untaught };
        }
        var elsewhere = OnlyElsewhere(s);
        AnswerSection? elsewhereNote = null;
        if (elsewhere is { } centre)
        {
            // "combien coûte la licence à La Réunion ?": the licence is taught in Paris only. Say so, then answer for
            // the centre that teaches it, never with another programme's figures of the centre named.
            elsewhereNote = new AnswerSection(s.L(
                $"D'après mes documents, le Cnam {s.Centre} ne propose pas {Format.Programme(s.Programme, "fr")}, qu'ils ne situent qu'au Cnam {centre}. Voici ce qu'ils en disent pour le Cnam {centre}.",
                $"According to my documents, Cnam {s.Centre} does not offer {Format.Programme(s.Programme, "en")}; only Cnam {centre} does. Here is what they say for Cnam {centre}."), []);
            s = s with { Centre = centre };
        }
        var missing = new List<Missing>();
        Clarify? clarify = null;
        // "la différence entre le CASP et le CP29": each programme named gets its answer.
        var programmes = reading.Programmes?.ToList()
            ?? utterance.Entities.Domain.Programmes.Select(p => Slots.ProgrammeCode(p)).OfType<string>().Distinct().ToList();
        var asked = intents.ToList();
        if (place is not null)
        {
            // "le CASP se fait à Lyon ?", "je suis en Guadeloupe, je peux suivre la licence ?": no classes there; where they are.
            elsewhereNote = PlaceNote(place, s, programmes);
        }
        if (s.Mentions(_vocabulary.ComparisonWords) && intents.Count > 0
            && intents.All(i => i is Understanding.Intents.ProgrammeOverview or Understanding.Intents.UeDetail or Understanding.Intents.Level))
        {
            if (programmes.Count == 1 && context.Programme is { } previous && previous != programmes[0])
            {
                // "quelle est la différence avec le CP29 ?" after questions on the CASP.
                programmes.Insert(0, previous);
            }
            if (programmes.Count > 1)
            {
                // "la différence entre le CASP et la licence ?": side by side, rather than each programme's whole overview.
                found.Add(_programmes.Compare(programmes, s).Section);
                intents.RemoveAll(i => i is Understanding.Intents.ProgrammeOverview or Understanding.Intents.Level);
            }
        }
        // Two programmes named: each one's answer; two modalities ("la différence entre cours du jour et cours du soir",
        // "combien en cours du jour et en cours du soir ?"): each modality's; two centres ("le CASP est-il moins cher à La
        // Réunion qu'à Paris ?", "les horaires à Paris et à La Réunion"): each centre's.
        var modalities = said.Modalities.Count < 2 ? [] : said.Modalities.Select(m => Slots.ModalityId(m)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var subjects = programmes.Count > 1 ? programmes.Select(p => s with { Programme = p, Centre = p == "LP110" ? "Paris" : s.CentreSaid ? s.Centre : null }).ToList()
            : modalities.Count > 1 ? modalities.Select(m => s with { Modality = m }).ToList()
            : centres.Count > 1 ? centres.Select(c => s with { Centre = c, CentreSaid = true }).ToList()
            : [s];
        // "le CASP permet-il d'entrer en licence ?": the entry asked is the licence's, not the CASP's.
        var entryTargets = programmes.Count > 1 && intents.Contains(Understanding.Intents.Access) && _vocabulary.AsksIfItGivesAccess(s)
            ? _programmes.EntryTargets(programmes, s) : [];
        foreach (var (intent, subject) in intents.Take(MaxTopics).SelectMany(i => subjects.Select(x => (i, x))))
        {
            if (intent == Understanding.Intents.Access && entryTargets.Count > 0 && !entryTargets.Contains(subject.Programme!))
            {
                continue;
            }
            switch (_byIntent[intent].Answer(intent, subject))
            {
                case Found f when found.All(x => !x.Text.Contains(f.Section.Text, StringComparison.Ordinal)):
                    // Two intents answered by the same contact card ("qui contacter pour mon handicap ?"): once.
                    found.RemoveAll(x => f.Section.Text.Contains(x.Text, StringComparison.Ordinal));
                    found.Add(f.Section);
                    break;
                case Missing m:
                    missing.Add(m);
                    break;
                case Clarify c:
                    clarify ??= c;
                    break;
            }
        }
        if (missing.Any(m => m.Reason == PlanningAnswerer.NoUeSession) && !intents.Contains(Understanding.Intents.UeDetail)
            && _byIntent[Understanding.Intents.UeDetail].Answer(Understanding.Intents.UeDetail, s) is Found ue)
        {
            // "combien de séances d'anglais en cours du soir ?": no grid has that UE's sessions; what the documents say of
            // the UE (ANG320: "Plus d'info : langues.cnam.fr") is the rest of the answer.
            found.Add(ue.Section);
        }
        if (programmes.Count > 1 && found.Count > 0 && asked.Any(i => i is Understanding.Intents.Access or Understanding.Intents.EligibilityStart
                or Understanding.Intents.ProgrammeOverview or Understanding.Intents.DiplomaConditions or Understanding.Intents.UeList)
            && _programmes.HowTheyFit(programmes, s, _vocabulary.AsksIfItGivesAccess(s)) is { } nested)
        {
            // "Le CP29 permet-il d'accéder au CASP ?", "le CASP permet-il d'entrer en licence ?", "la différence entre le CP29
            // et le CASP": how the two fit first.
            found.Insert(0, nested.Section);
        }
        var remembered = s.Remember(asked);
        if (s.UeCodes.Count == 0 && asked.Contains(Understanding.Intents.PlanningDates))
        {
            // "quelle UE le 8 décembre ?" answered with one UE: "cette UE" in the next question is that one. Only a
            // planning answer names a UE the question did not (and looking costs a scan of the answer). The day it was
            // about is where "et le suivant ?" starts from.
            remembered = remembered with
            {
                NamedUeCodes = UeNamedBy(found) is { } named ? [named] : [],
                LastDay = _planning.DayAnswered(s),
            };
        }
        if (elsewhereNote is not null && (found.Count > 0 || missing.Count > 0))
        {
            found.Insert(0, elsewhereNote);
        }
        if (found.Count == 0 && missing.Count == 0 && clarify is not null)
        {
            return new Answer(AnswerStatus.Clarification, [new AnswerSection(clarify.Text, [])], clarify.Suggestions,
                remembered with { AwaitingClarification = true });
        }
        if (found.Count == 0 && missing.Count == 0)
        {
            return Search(s) ?? NotFound(s, "no-topic-answer");
        }
        if (missing.Count > 0)
        {
            // "la VAE coûte combien à Paris ?": the route's answer already says that no price is given there, with the other
            // centre's; the fees' miss would say it again and only brings whom to ask.
            bool SaidByTheRoute(Missing m) => m.Reason == TariffAnswerer.ValidationPriceMissing && found.Count > 0
                && intents.Contains(Understanding.Intents.ValidationRoutes);
            var sections = found.Concat(missing.Where(m => !SaidByTheRoute(m)).Select(m => new AnswerSection(m.Text, []))).Append(ContactSection(s)).ToList();
            return new Answer(found.Count > 0 ? AnswerStatus.Answered : AnswerStatus.NotFound, sections, [], remembered,
                string.Join(",", missing.Select(m => m.Reason)));
        }
        if ((elsewhere is not null || place is not null) && !intents.Contains(Understanding.Intents.Contacts))
        {
            // Someone who hoped to study at another centre, or elsewhere, gets the people to ask.
            found.Add(ContactSection(s));
        }
        return new Answer(AnswerStatus.Answered, found, clarify?.Suggestions ?? [], remembered);
    }

    /// <summary>
    /// A place that is no centre of the documents: they describe no classes there; each programme asked (or each one) with
    /// the centres that teach it, and whether one of them teaches it at a distance.
    /// </summary>
    private AnswerSection PlaceNote(string place, Slots s, IReadOnlyList<string> programmes)
    {
        List<string> codes = programmes.Count > 0 ? [.. programmes] : s.Programme is { } one ? [one]
            : [.. _kb.Programmes().Select(p => p.Code).Distinct(StringComparer.Ordinal)];
        var sources = new List<Provenance?>();
        var lines = codes.Select(code =>
        {
            var taught = _kb.Programmes(code).Where(p => p.Centre is not null).ToList();
            sources.AddRange(taught.Select(p => Provenance.Of(p, p.Centre)));
            var centres = string.Join(s.L(" et ", " and "), taught.Select(p => p.Modalities.Any(m => m.Id == "distance")
                ? s.L($"Cnam {p.Centre} (aussi en télé-enseignement, à distance)", $"Cnam {p.Centre} (also by distance learning)") : $"Cnam {p.Centre}").Distinct());
            return $"{Format.Capitalize(Format.Programme(code, s.Language))}{s.Colon} {centres}";
        }).ToList();
        var said = s.L(place, PlaceInEnglish(place));
        var head = s.L($"Mes documents ne décrivent aucun cours {said} ; ils situent les formations ainsi :",
            $"My documents describe no classes {said}; they place the programmes as follows:");
        return new AnswerSection(head + "\n" + Topics.Bullets(lines), sources.OfType<Provenance>().Distinct().ToList());
    }

    /// <summary>"à Lyon" → "in Lyon", "au Havre" → "in Le Havre", "dans les Hauts-de-France" → "in the Hauts-de-France".</summary>
    private static string PlaceInEnglish(string place) => place switch
    {
        "en province" => "outside Paris",
        _ when place.StartsWith("au ", StringComparison.Ordinal) => "in Le " + place[3..],
        _ when place.StartsWith("dans les ", StringComparison.Ordinal) => "in the " + place[9..],
        _ when place.StartsWith("dans le ", StringComparison.Ordinal) => "in the " + place[8..],
        _ => "in " + place[(place.IndexOf(' ', StringComparison.Ordinal) + 1)..],
    };

    /// <summary>The one centre that teaches the programme named, when the centre named does not; else null.</summary>
    private string? OnlyElsewhere(Slots s) =>
        s.ProgrammeSaid && s.CentreSaid && s.Programme is { } programme && s.Centre is { } centre && _kb.Programmes(programme, centre).Count == 0
        && _kb.Programmes(programme).Select(p => p.Centre).OfType<string>().Distinct(StringComparer.Ordinal).ToList() is [var only]
            ? only : null;

    /// <summary>The one UE the answer names (its code, as the knowledge base has it); null for none or several.</summary>
    private string? UeNamedBy(IEnumerable<AnswerSection> sections)
    {
        var codes = sections.SelectMany(x => UeCode().Matches(x.Text)).Select(m => m.Value).Where(c => _kb.GetUe(c) is not null)
            .Distinct(StringComparer.Ordinal).Take(2).ToList();
        return codes is [var only] ? only : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[A-Z]{2,5}[0-9]{2,3}[A-Z]?\b", System.Text.RegularExpressions.RegexOptions.NonBacktracking)]
    private static partial System.Text.RegularExpressions.Regex UeCode();
}
