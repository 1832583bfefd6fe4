using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Queries;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>What a UE is (title, credits, content, where it belongs) and which UE make up a programme or parcours.</summary>
public sealed partial class UeAnswerer(KnowledgeBase kb, AnsweringVocabulary vocabulary) : ITopicAnswerer
{
    private readonly StatementRanker _ranker = new(vocabulary);

    public IReadOnlyCollection<string> Intents { get; } = [Understanding.Intents.UeDetail, Understanding.Intents.UeList];

    public TopicResult? Answer(string intent, Slots s)
    {
        if (s.UeCodes.Count > 0 && intent != Understanding.Intents.UeList)
        {
            return Detail(s);
        }
        return List(s);
    }

    /// <summary>
    /// "elle dure combien d'heures ?": the credits/hours table of the document of a programme the UE belongs to (the
    /// titre's, for its UE), never another programme's; else nothing when its description gives hours ("36h réparties sur
    /// 6 jours"); else that the documents give no volume.
    /// </summary>
    private string? Volume(Knowledge.Model.Ue ue, Slots s)
    {
        var sources = kb.UnitsOfUe(ue.Code).Select(u => u.Programme.Source).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var row = kb.CreditHours().FirstOrDefault(c => c.Credits == ue.Ects && c.Source is not null && sources.Contains(c.Source));
        if (row is null && ue.Description is { } described && ProgrammeAnswerer.HoursSaid().IsMatch(described))
        {
            return null;
        }
        return row is null
            ? s.L("Mes documents ne donnent pas le volume horaire de cette UE.", "My documents do not give this UE's number of hours.")
            : s.L($"Volume : {row.Credits} crédits = **{row.Hours} h** (correspondance crédits / heures de {kb.SourceTitle(row.Source)}).",
                $"Volume: {row.Credits} credits = **{row.Hours} h** (credits / hours table of {kb.SourceTitle(row.Source)}).");
    }

    private TopicResult Detail(Slots s)
    {
        var parts = new List<string>();
        var sources = new List<Provenance?>();
        foreach (var code in s.UeCodes.Take(3))
        {
            var ue = kb.GetUe(code);
            if (ue is null)
            {
                continue;
            }
            var memberships = kb.UnitsOfUe(code)
                .Select(x => (p: x.Programme, u: x.Unit))
                .Select(x => $"{x.p.Code} ({x.p.Centre}){Parcours(x.u.Parcours, s)}{(x.u.Semester is null ? "" : $", {x.u.Semester}")}{(x.u.Evaluation is null ? "" : $", {s.L("évaluation", "assessment")} : {x.u.Evaluation}")}{(x.u.Ects is { } e && e != ue.Ects ? $", {e} ECTS" : "")}")
                .Distinct()
                .ToList();
            var text = $"**{ue.Code}** — {ue.Title}{s.Colon} **{ue.Ects} ECTS** ({ue.Kind})";
            if (!string.IsNullOrWhiteSpace(ue.Description))
            {
                text += $"\n{ue.Description}";
            }
            if (memberships.Count > 0)
            {
                text += "\n" + s.L("Dans : ", "Part of: ") + string.Join(" ; ", memberships);
            }
            var volumeAsked = s.Utterance.Has(Understanding.Intents.Hours) || s.Utterance.Has(Understanding.Intents.Duration);
            if (volumeAsked && Volume(ue, s) is { } volume)
            {
                text += "\n" + volume;
            }
            var alternatives = UeAlternatives.Of(kb, code);
            if (alternatives.Count > 0)
            {
                // "combien d'heures d'anglais ?": the UE one may take instead may be the one whose description gives its hours.
                text += "\n" + s.L("Au choix avec : ", "Alternative: ") + string.Join(", ", alternatives.Select(a => kb.GetUe(a) is { } other
                    ? $"{a} ({other.Title}){(volumeAsked && !string.IsNullOrWhiteSpace(other.Description) ? " — " + other.Description : "")}"
                    : a));
            }
            parts.Add(text);
            sources.Add(Provenance.Of(ue));
        }
        return parts.Count == 0
            ? new Missing(s.L("Je ne trouve pas cette UE dans mes documents.", "I cannot find this UE in my documents."), "ue")
            : new Found(string.Join("\n\n", parts), sources);
    }

    /// <summary>
    /// The UEs of the programme of <paramref name="s"/> whose title has a word of the question ("y a-t-il de l'anglais dans la
    /// licence ?"); null when none has.
    /// </summary>
    /// <summary>Whether a word of the question is in the titles of some UEs (of the programme asked, if any).</summary>
    public bool TitlesSpeakOf(Slots s) => (s.Programme is null ? ByTitleWord(s) : ByTitleWord(s, UnitCodes(Units(s.Programme, s, commonCoreOnly: false)))) is not null;

    public Found? OnTheSubject(Slots s) => s.Programme is null ? null : ByTitleWord(s, UnitCodes(Units(s.Programme, s, commonCoreOnly: false))) ?? NoneOnTheSubject(s);

    /// <summary>
    /// "y a-t-il de l'anglais dans le CASP ?": no UE of the programme (at any centre, in any parcours) has the subject in its
    /// title, but other programmes' do: said so, with those. Null otherwise.
    /// </summary>
    private Found? NoneOnTheSubject(Slots s)
    {
        if (s.Programme is not { } programme)
        {
            return null;
        }
        var all = kb.Programmes(programme).SelectMany(p => p.Units).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        if (ByTitleWord(s, all) is not null || ByTitleWord(s) is not { } elsewhere)
        {
            return null;
        }
        return elsewhere.WithLead(s.L($"D'après la liste de ses UE, {Format.Programme(programme, "fr")} n'a pas d'UE sur ce sujet ; d'autres formations en ont :",
            $"According to its list of units, {Format.Programme(programme, "en")} has no unit on that subject; other programmes do:"),
            leadSources: kb.Programmes(programme).Select(p => Provenance.Of(p, p.Centre)));
    }

    /// <summary>The programme's units at the centre of <paramref name="s"/> (Paris by default), of its parcours unless the
    /// common core alone is asked; the CP29's whole list.</summary>
    private IReadOnlyList<UnitInfo> Units(string programme, Slots s, bool commonCoreOnly) => programme == "CP29"
        ? kb.UnitsOf("CP29", s.Centre ?? "Paris")
        : kb.UnitsOf(programme, s.Centre ?? "Paris", commonCoreOnly ? null : s.Parcours);

    private static HashSet<string> UnitCodes(IEnumerable<UnitInfo> units) => units.Select(u => u.Unit.Code).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// "quelle UE parle de psychologie ?", "y a-t-il une UE de communication ?": no programme named, a word of the question
    /// found in UE titles (a word of five letters or more, or the first six letters of one: "psychologie" /
    /// "psychopathologie") lists those UEs, each with its programmes, rather than asking which programme. Null when no
    /// title has one, or too many do for the word to say which.
    /// </summary>
    private Found? ByTitleWord(Slots s, IReadOnlyCollection<string>? within = null)
    {
        // English words glossed to the titles' French ("English" → "anglais").
        var asked = Knowledge.Text.FrenchText.Words(s.Question).Select(w => vocabulary.Glosses.GetValueOrDefault(w, w))
            .Where(w => w.Length >= 5 && !w.Contains(' ') && !vocabulary.UeTopicFillers.Contains(w))
            // "y a-t-il la licence pro intervention sociale à Marseille ?": the programme's name is no subject.
            .Where(w => !s.Utterance.Entities.Domain.ProgrammeWords.Contains(w)).Distinct().ToList();
        if (asked.Count == 0)
        {
            return null;
        }
        static bool Shares(string a, string b) => a == b || a.Length >= 6 && b.Length >= 6 && a.AsSpan(0, 6).SequenceEqual(b.AsSpan(0, 6));
        // Each title read once: the UE, and the first word asked that its title has.
        var matches = kb.Ues().Where(u => u.Title is not null && (within is null || within.Contains(u.Code)))
            .Select(u => (Ue: u, Word: Knowledge.Text.FrenchText.Words(u.Title) is var titleWords ? asked.FirstOrDefault(a => titleWords.Any(t => Shares(a, t))) : null))
            .Where(x => x.Word is not null).DistinctBy(x => x.Ue.Code).ToList();
        if (matches.Count is 0 or > 8)
        {
            return null;
        }
        var found = matches.Select(x => x.Ue).ToList();
        var word = asked.First(a => matches.Any(x => x.Word == a));
        var sources = new List<Provenance?>();
        var lines = found.Select(u =>
        {
            var units = kb.UnitsOfUe(u.Code);
            sources.AddRange(units.Select(x => Provenance.Of(x.Programme, x.Programme.Centre)));
            // Where it is taught, in which part ("l'anglais est obligatoire ?": ANG320 is in the common core) and what may be
            // taken instead (ANG200, whose title does not say English).
            var where = string.Join(", ", units.Select(x => $"{x.Programme.Code} ({x.Programme.Centre}){Parcours(x.Unit.Parcours, s)}"
                + (x.Unit.AlternativeTo.Count == 0 ? "" : s.L(" au choix avec ", " or instead ")
                    + string.Join(", ", x.Unit.AlternativeTo.Select(a => kb.GetUe(a) is { } other ? $"{a} ({other.Title})" : a)))).Distinct());
            return $"**{u.Code}** {u.Title}" + (u.Ects is { } ects ? $" — {ects} ECTS" : "") + (where.Length > 0 ? s.L($" — dans : {where}", $" — in: {where}") : "");
        }).ToList();
        return new Found(s.L($"Les UE dont le titre parle de « {word} » :", $"The units whose title speaks of \"{word}\":") + "\n" + Topics.Bullets(lines), sources);
    }

    private TopicResult List(Slots s)
    {
        if (s.Programme is null && (s.Words.Contains("parcours") || s.Mentions(vocabulary.CommonCoreWords))
            && kb.Programmes().Where(p => p.Parcours.Count > 0).Select(p => p.Code).Distinct().ToList() is [var only])
        {
            // "les UE communes aux deux parcours", "Which UE are in the common core?": only one programme has parcours,
            // so only one has a common core.
            s = s with { Programme = only, Centre = kb.Programmes(only).First().Centre };
        }
        var activityUnits = vocabulary.AsksActivityUnits(s.Question);
        if (s.Programme is null)
        {
            // "c'est quoi une UA ?": what each programme's activity units are says it best, and there are few.
            return activityUnits ? ActivityUnitsOfEveryProgramme(s) : (TopicResult?)ByTitleWord(s) ?? Topics.AskProgramme(s, kb);
        }
        if (activityUnits)
        {
            // The centre of the conversation may list none ("le CP29" at Paris): another centre's, named, unless one was said.
            return (ActivityUnits(s.Programme, s.Centre ?? "Paris", s) ?? (s.CentreSaid ? null : ActivityUnitsAtAnyCentre(s.Programme, s))) is { } found
                ? found
                : new Missing(s.L("Mes documents ne donnent pas d'unité d'activité (UA) pour cette formation.",
                    "My documents give no activity unit (UA) for this programme."), "ue-list");
        }
        // "Tronc commun" is the licence's: the CASP and the CP29 have no parcours ("les UE communes au CASP et au CP29"
        // lists each, the CP29's being the CASP's first six).
        var commonCoreOnly = s.Mentions(vocabulary.CommonCoreWords) && kb.Programmes(s.Programme).Any(p => p.Parcours.Count > 0);
        var units = Units(s.Programme, s, commonCoreOnly);
        if ((s.Mentions(vocabulary.UeTopicVerbs) || vocabulary.AsksWhatItContains(s.Question))
            && (ByTitleWord(s, UnitCodes(units)) ?? NoneOnTheSubject(s)) is { } onTheSubject)
        {
            // "quelle UE parle de communication ?" with the licence in the conversation, "y a-t-il de l'anglais dans la licence ?":
            // its UEs on that subject.
            return onTheSubject;
        }
        if (commonCoreOnly)
        {
            units = units.Where(u => u.Unit.Parcours.Contains("tronc-commun")).ToList();
        }
        else if (s.Parcours is not null && s.Programme == "LP110" && s.Mentions(ParcoursOnlyWords))
        {
            units = units.Where(u => u.Unit.Parcours.Contains(s.Parcours)).ToList();
        }
        if (units.Count == 0)
        {
            return new Missing(s.L("Je ne trouve pas la liste des UE de cette formation dans mes documents.",
                "I cannot find the list of UE of this programme in my documents."), "ue-list");
        }
        var programme = units[0].Programme;
        string? semesterHeading = null;
        if (vocabulary.Semester(s.Question) is { } half)
        {
            // "les UE du semestre 1 du CASP à la Réunion ?": those the documents place in that semester, and the year-long
            // ones; where they place none, said so before them all.
            var placed = units.Where(u => u.Unit.Semester is not null).ToList();
            if (placed.Count > 0)
            {
                units = placed.Where(u => u.Unit.SemesterNumber() == half || u.Unit.IsYearLong()).ToList();
                semesterHeading = s.L($"Les UE du semestre {half} {Format.OfProgramme(programme.Code)} ({programme.Centre}), celles qui durent toute l'année comprises :",
                    $"The UE of semester {half} of {Format.Programme(programme.Code, "en")} ({programme.Centre}), year-long ones included:");
            }
            else
            {
                semesterHeading = s.L($"Mes documents ne répartissent pas les UE {Format.OfProgramme(programme.Code)} ({programme.Centre}) par semestre ; toutes ses UE :",
                    $"My documents do not split the UE of {Format.Programme(programme.Code, "en")} ({programme.Centre}) by semester; all of them:");
            }
        }
        var heading = semesterHeading ?? (commonCoreOnly
            ? s.L($"Tronc commun {Format.OfProgramme(programme.Code)} :", $"Common core of {Format.Programme(programme.Code, "en")}:")
            : s.Parcours is not null && programme.Code == "LP110"
                ? s.L($"UE du parcours {programme.Parcours.FirstOrDefault(p => p.Id == s.Parcours)?.Title} :", $"UE of the track {programme.Parcours.FirstOrDefault(p => p.Id == s.Parcours)?.Title}:")
                : s.L($"Les UE {Format.OfProgramme(programme.Code)} ({programme.Centre}) :", $"The UE of {Format.Programme(programme.Code, "en")} ({programme.Centre}):"));
        // Counting the listed units would mix both parcours, the alternatives and the activity units: "how many"
        // is answered by the document's own sentence on the programme's composition.
        var composition = s.Mentions(vocabulary.QuantityWords) ? Composition(programme, s) : null;
        var withEvaluation = s.Mentions(vocabulary.EvaluationWords);
        var lines = units.Select(u => Line(u, s) + (semesterHeading is not null && u.Unit.IsYearLong() ? s.L(" — toute l'année", " — year-long") : "")
            + (withEvaluation && u.Unit.Evaluation is { } evaluation ? s.L($" — évaluation : {evaluation}", $" — assessment: {evaluation}") : ""));
        return new Found((composition is null ? "" : composition + "\n\n") + heading + "\n" + Topics.Bullets(lines), [Provenance.Of(programme, programme.Centre)]);
    }

    /// <summary>The activity units (UA) of a programme at a centre, each with what it is, or null when it has none.</summary>
    private Found? ActivityUnits(string programmeCode, string centre, Slots s)
    {
        var units = kb.UnitsOf(programmeCode, centre).Where(u => u.Ue?.Kind == "UA").ToList();
        if (units.Count == 0)
        {
            return null;
        }
        var programme = units[0].Programme;
        var heading = s.L($"Les unités d'activité (UA) {Format.OfProgramme(programme.Code)} ({programme.Centre}) :",
            $"The activity units (UA) of {Format.Programme(programme.Code, "en")} ({programme.Centre}):");
        var lines = units.Select(u => Line(u, s) + (string.IsNullOrWhiteSpace(u.Ue!.Description) ? "" : $" : {u.Ue.Description}"));
        // The descriptions come from the catalogue of units, which may cite another document than the programme's.
        var sources = units.Where(u => !string.IsNullOrWhiteSpace(u.Ue!.Description)).Select(u => Provenance.Of(u.Ue!));
        return new Found(heading + "\n" + Topics.Bullets(lines), [Provenance.Of(programme, programme.Centre), .. sources]);
    }

    // A programme's activity units at the first centre whose document lists them (the same codes at both centres).
    private Found? ActivityUnitsAtAnyCentre(string programmeCode, Slots s) =>
        kb.Programmes(programmeCode).Where(p => p.Centre is not null).Select(p => ActivityUnits(programmeCode, p.Centre!, s)).FirstOrDefault(f => f is not null);

    private TopicResult ActivityUnitsOfEveryProgramme(Slots s)
    {
        var found = kb.Programmes().Select(p => p.Code).Distinct().Select(code => ActivityUnitsAtAnyCentre(code, s)).OfType<Found>().ToList();
        return found.Count == 0
            ? new Missing(s.L("Mes documents ne donnent pas d'unité d'activité (UA).", "My documents give no activity unit (UA)."), "ue-list")
            : new Found(string.Join("\n\n", found.Select(f => f.Section.Text)), [.. found.SelectMany(f => f.Section.Sources)]);
    }

    private string? Composition(Knowledge.Model.Programme programme, Slots s)
    {
        // The document's sentences about the programme that count something: its description, its award conditions and its notes ("Les 6
        // premières UE (360h)…", not "chaque UE porte aussi un coefficient 1").
        var sentences = (programme.Description ?? "").Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            // "combien d'UE faut-il valider pour le CP29 ?": "La validation de ces 6 UE permet l'obtention du certificat".
            .Concat(programme.DiplomaConditions)
            .Concat(programme.Notes)
            .Where(t => CountOfUnits().IsMatch(t))
            .Select(t => new Statement(t.EndsWith('.') ? t : t + ".", null))
            .ToList();
        return _ranker.Rank(s.Question, sentences, top: 1).FirstOrDefault()?.Text;
    }

    // "ce sont quelles UE spécifiques" / "les UE du parcours": only the parcours' own UE, not the common core.
    private static readonly HashSet<string> ParcoursOnlyWords = new(["parcours", "specifique", "specifiques", "track"], StringComparer.Ordinal);

    private static string Line(UnitInfo u, Slots s)
    {
        var alternatives = u.Unit.AlternativeTo.Count > 0 ? s.L($" (ou {string.Join(", ", u.Unit.AlternativeTo)})", $" (or {string.Join(", ", u.Unit.AlternativeTo)})") : "";
        return $"{u.Code} {u.Title} — {u.Ects} ECTS{alternatives}{Parcours(u.Unit.Parcours, s)}";
    }

    private static string Parcours(IReadOnlyCollection<string> parcours, Slots s) =>
        parcours.Count == 0 ? "" : " [" + string.Join(", ", parcours.Select(p => p switch
        {
            "tronc-commun" => s.L("tronc commun", "common core"),
            "insertion-pro" => s.L("parcours insertion professionnelle", "professional integration track"),
            "insertion-culture" => s.L("parcours insertion par la culture", "integration through culture track"),
            "cp29" => "CP29",
            "titre" => s.L("titre", "titre"),
            _ => p,
        })) + "]";

    [System.Text.RegularExpressions.GeneratedRegex(@"\b\d+\s+(?:\w+\s+)?(?:UE|unités?|enseignements?|modules?|ECTS|crédits?|heures|h)\b",
        System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CountOfUnits();
}
