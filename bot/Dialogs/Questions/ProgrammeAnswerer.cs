using Cnam.Bot.Knowledge;
using Cnam.Bot.Understanding;
using Cnam.Bot.Knowledge.Model;
using KProgramme = Cnam.Bot.Knowledge.Model.Programme;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>Programme overview, audience, jobs, level, credits, parcours, duration and diploma conditions.</summary>
public sealed partial class ProgrammeAnswerer(KnowledgeBase kb, AnsweringVocabulary vocabulary) : ITopicAnswerer
{
    private readonly StatementRanker _ranker = new(vocabulary);

    public IReadOnlyCollection<string> Intents { get; } =
        [Understanding.Intents.ProgrammeOverview, Understanding.Intents.Audience, Understanding.Intents.Jobs, Understanding.Intents.Level,
            Understanding.Intents.Ects, Understanding.Intents.Parcours, Understanding.Intents.Duration, Understanding.Intents.DiplomaConditions];

    public TopicResult? Answer(string intent, Slots s)
    {
        if (s.Programme is null)
        {
            return intent switch
            {
                // "est-ce que j'aurai un diplôme à la fin ?": the catalogue gives each programme's exit level.
                Understanding.Intents.ProgrammeOverview => Catalogue(s, recognition: false),
                // "y a-t-il un mémoire à rendre ?": only some programmes' award conditions ask one; those, and the others named.
                Understanding.Intents.DiplomaConditions when s.Mentions(vocabulary.ThesisWords) && ThesisOfEach(s) is { } thesis => thesis,
                // "le diplôme est-il reconnu par l'État ?": the level comes with how the documents say it is recognised.
                Understanding.Intents.Level => Abroad(Catalogue(s, recognition: true), s),
                // "j'habite à la Réunion, quelles formations ?", "c'est long ?": the length and ways of following each programme
                // (of the centre named); a UE's length ("une UE, c'est combien d'heures ?") is not the programmes'.
                Understanding.Intents.Duration when s.Modality is not null || s.CentreSaid || s.Mentions(vocabulary.StudyWayWords) || s.Mentions(vocabulary.ShortestWords)
                    || s.Utterance.Entities.Durations.Count > 0 || s.Mentions(vocabulary.DurationAskWords) && !s.Mentions(vocabulary.UnitWords) =>
                    Duration(kb.Programmes(null, s.CentreSaid ? s.Centre : null), s),
                Understanding.Intents.Parcours => Answer(intent, s with { Programme = "LP110", Centre = "Paris" }),
                Understanding.Intents.Jobs => JobsOfEach(s),
                _ => Topics.AskProgramme(s, kb),
            };
        }
        var programmes = kb.Programmes(s.Programme, s.Centre);
        if (programmes.Count == 0)
        {
            var elsewhere = kb.Programmes(s.Programme, null).Select(p => p.Centre).OfType<string>().Distinct().ToList();
            var where = elsewhere.Count == 0 ? "" : s.L($" D'après mes documents, elle est proposée au Cnam {string.Join(" et au Cnam ", elsewhere)}.",
                $" According to my documents, it is offered at Cnam {string.Join(" and Cnam ", elsewhere)}.");
            return new Missing(s.L($"Je n'ai pas d'information sur {Format.Programme(s.Programme, "fr")} au centre {s.Centre}.",
                $"I have no information about {Format.Programme(s.Programme, "en")} at {s.Centre}.") + where, "programme-centre");
        }
        return intent switch
        {
            Understanding.Intents.Audience => Audience(programmes, s),
            Understanding.Intents.Jobs => WithJobAsked(Jobs(programmes[0], s), [programmes[0]], s, JobAsked(s)),
            Understanding.Intents.Level => Abroad(Level(programmes, s), s),
            Understanding.Intents.Ects => Credits(programmes, s),
            Understanding.Intents.Parcours => Parcours(programmes[0], s) is var parcours && parcours is Found found && ModalityVerdict(programmes, s) is { } verdict
                ? found.WithLead(verdict) : parcours,
            Understanding.Intents.Duration => Duration(programmes, s),
            Understanding.Intents.DiplomaConditions => DiplomaConditions(programmes, s),
            _ => Overview(programmes[0], s, AtEachCentre(programmes).Skip(1).ToList()),
        };
    }

    /// <summary>
    /// "La différence entre le CASP et la licence ?": each programme on one line, from its documents at every centre that
    /// teaches it (or the centre said): entry and exit levels, credits, centres, modes and their length.
    /// </summary>
    public Found Compare(IReadOnlyList<string> codes, Slots s)
    {
        var lines = new List<string>();
        var sources = new List<Provenance?>();
        foreach (var code in codes)
        {
            var records = kb.Programmes(code, s.CentreSaid ? s.Centre : null);
            if (records.Count == 0)
            {
                records = kb.Programmes(code);
            }
            if (records.Count == 0)
            {
                continue;
            }
            var facts = new List<string>();
            if (records.Select(p => p.EntryLevel).FirstOrDefault(l => l is not null) is { } entry)
            {
                facts.Add(s.L($"accès : {entry}", $"entry: {entry}"));
            }
            if (records.Select(p => p.ExitLevel).FirstOrDefault(l => l is not null) is { } exit)
            {
                facts.Add(s.L($"niveau de sortie : {exit}", $"exit level: {exit}"));
            }
            if (records.Select(p => p.Ects).FirstOrDefault(e => e is not null) is { } ects)
            {
                facts.Add($"{ects} ECTS");
            }
            facts.Add("Cnam " + string.Join(s.L(" et ", " and "), records.Select(p => p.Centre).OfType<string>().Distinct()));
            var centres = records.Select(p => p.Centre).Distinct().Count();
            var modes = records.SelectMany(p => p.Modalities.Select(m => (centres > 1 ? $"{m.Label} ({p.Centre})" : m.Label)
                    + (string.IsNullOrWhiteSpace(m.Duration) ? "" : $" : {m.Duration}")))
                .Distinct().ToList();
            if (modes.Count > 0)
            {
                facts.Add(string.Join(s.L(" ; ", "; "), modes));
            }
            lines.Add($"**{Format.ProgrammeShort(code, s.Language)}** — {string.Join(s.L(" ; ", "; "), facts)}");
            sources.AddRange(records.Select(p => Provenance.Of(p, p.Centre)));
        }
        return new Found(Topics.Bullets(lines), sources);
    }

    /// <summary>
    /// Every programme with its exit level where the documents give one ("quelles formations ?"); those of the centre
    /// named ("quelles formations à La Réunion ?", and each centre's when two are named). With
    /// <paramref name="recognition"/>, what the documents say of each one's registration (RNCP) follows its level.
    /// </summary>
    private TopicResult Catalogue(Slots s, bool recognition)
    {
        var centre = s.CentreSaid ? s.Centre : null;
        var programmes = kb.Programmes(null, centre) is { Count: > 0 } taught ? taught : kb.Programmes();
        var lines = programmes.Select(p => $"- **{p.Title}** ({p.Code}, {p.Centre})"
            + (string.IsNullOrWhiteSpace(p.ExitLevel) ? "" : $"{s.Colon} {s.L("niveau de sortie", "exit level")} {p.ExitLevel}")
            + (recognition && !string.IsNullOrWhiteSpace(p.Rncp) ? $" — {p.Rncp}" : ""));
        var heading = centre is not null && programmes.All(p => p.Centre == centre)
            ? s.L($"Les formations que je connais au Cnam {centre} :", $"The programmes I know about at Cnam {centre}:")
            : s.L("Les formations que je connais :", "The programmes I know about:");
        return new Found(heading + "\n" + string.Join("\n", lines), programmes.Select(p => Provenance.Of(p, p.Centre)));
    }

    /// <param name="elsewhere">The same programme at the other centres (no centre asked): named with their modes.</param>
    private TopicResult Overview(KProgramme p, Slots s, IReadOnlyList<KProgramme>? elsewhere = null)
    {
        // "quels sont les objectifs de la licence ?", "what skills will I learn?": its objectives first, then what it is.
        var objectives = p.Objectives.Count > 0 && s.Mentions(vocabulary.ObjectiveWords)
            ? s.L("Objectifs :", "Objectives:") + "\n" + Topics.Bullets(p.Objectives) + "\n"
            : "";
        var text = $"**{p.Title}** ({p.Code}, Cnam {p.Centre})\n{objectives}{p.Description}";
        if (p.Rncp is not null)
        {
            text += $"\n{p.Rncp}";
        }
        if (p.Parcours.Count > 0)
        {
            text += "\n" + s.L("Parcours : ", "Tracks: ") + string.Join(" ; ", p.Parcours.Select(x => x.Title));
        }
        if (p.Modalities.Count > 0)
        {
            text += "\n" + s.L("Modalités : ", "Modes: ") + string.Join(" ; ", p.Modalities.Select(m => string.IsNullOrWhiteSpace(m.Duration) ? m.Label : $"{m.Label} ({m.Duration})"));
        }
        // "je m'intéresse au CP29": taught at La Réunion too, which a person there needs to know.
        foreach (var other in elsewhere ?? [])
        {
            text += "\n" + s.L($"Aussi au Cnam {other.Centre}", $"Also at Cnam {other.Centre}")
                + (other.Modalities.Count == 0 ? "." : s.L(" : ", ": ") + string.Join(" ; ", other.Modalities.Select(m => m.Label)) + ".");
        }
        return new Found(text, [Provenance.Of(p, p.Centre), .. (elsewhere ?? []).Select(o => Provenance.Of(o, o.Centre))]);
    }

    /// <summary>Whom the programme is for, at each centre of <paramref name="programmes"/> that teaches it (the one asked, or both).</summary>
    private static TopicResult Audience(IReadOnlyList<KProgramme> programmes, Slots s)
    {
        var same = AtEachCentre(programmes);
        var sections = same.Select(p => s.L($"À qui s'adresse {Format.Programme(p.Code, "fr")} ({p.Centre}) :", $"Who {Format.Programme(p.Code, "en")} ({p.Centre}) is for:")
            + "\n" + Topics.Bullets(p.Audience.Count > 0 ? p.Audience : [p.Description ?? ""]));
        return new Found(string.Join("\n\n", sections), same.Select(p => Provenance.Of(p, p.Centre)));
    }

    /// <summary>
    /// "je veux devenir conseiller en insertion", "je veux devenir éducateur spécialisé", "quels métiers après vos
    /// formations ?": no programme named. The programmes whose jobs the question names get their jobs answer; when it
    /// names none of theirs, each programme's jobs, so the person sees what they lead to (and that a job is not there).
    /// </summary>
    private TopicResult JobsOfEach(Slots s)
    {
        var programmes = kb.Programmes(null, s.CentreSaid ? s.Centre : null).Where(p => NamedJobs(p).Any())
            .DistinctBy(p => p.Code).ToList();
        // A word of a job, not of its family: "éducateur" is not "socio-éducatif".
        var asked = _ranker.QuestionStems(s.Question);
        // The programmes that list the job named ("devenir conseillère en insertion") come first, whatever its gender.
        var job = JobAsked(s);
        var named = programmes
            .Select(p => (Programme: p, Listed: job is not null && NamedJobs(p).Any(j => Lists(j, job.Words)),
                Shared: NamedJobs(p).SelectMany(Knowledge.Text.FrenchText.Words).Select(Knowledge.Text.FrenchText.Stem).Distinct().Count(asked.Contains)))
            .Where(x => x.Listed || x.Shared > 0).OrderByDescending(x => x.Listed).ThenByDescending(x => x.Shared).Select(x => x.Programme).ToList();
        if (named.Count > 0)
        {
            var answers = named.Select(p => Jobs(p, s)).ToList();
            return WithJobAsked(new Found(string.Join("\n\n", answers.Select(a => a.Section.Text)), answers.SelectMany(a => a.Section.Sources)), named, s, job);
        }
        var lines = programmes.Select(p => $"**{Format.ProgrammeShort(p.Code, s.Language)}**{s.Colon} "
            + string.Join(" ; ", NamedJobs(p)));
        return WithJobAsked(new Found(s.L("Les métiers que mes documents citent pour chaque formation :", "The jobs my documents give for each programme:")
            + "\n" + Topics.Bullets(lines), programmes.Select(p => Provenance.Of(p, p.Centre))), programmes, s, job);
    }

    // The jobs a programme's document lists, without the "..." that ends some of its lists.
    private static IEnumerable<string> NamedJobs(KProgramme p) => p.Jobs.Where(j => j != "...");

    private Found Jobs(KProgramme p, Slots s)
    {
        var jobs = NamedJobs(p).ToList();
        // "le parcours culture, c'est pour quel métier ?": the document lists the programme's jobs, not each parcours'.
        var byParcours = s.Utterance.Entities.Parcours is not null && p.Parcours.Count > 1;
        var text = jobs.Count > 0 && byParcours
            ? s.L($"Mes documents ne distinguent pas les métiers selon le parcours ; ceux qu'ils donnent pour {Format.Programme(p.Code, "fr")} :",
                $"My documents do not tell the jobs apart by track; those they give for {Format.Programme(p.Code, "en")}:") + "\n" + Topics.Bullets(jobs)
            : jobs.Count > 0
            ? s.L($"Métiers visés par {Format.Programme(p.Code, "fr")} :", $"Jobs targeted by {Format.Programme(p.Code, "en")}:") + "\n" + Topics.Bullets(jobs)
            : s.L($"Mes documents ne listent pas de métiers visés par {Format.Programme(p.Code, "fr")} ; ils le présentent ainsi (Cnam {p.Centre}) :",
                $"My documents list no target jobs for {Format.Programme(p.Code, "en")}; they present it so (Cnam {p.Centre}):") + "\n" + p.Description;
        if (p.RomeCodes.Count > 0)
        {
            text += "\n" + s.L("Codes ROME : ", "ROME codes: ") + string.Join(" ; ", p.RomeCodes.Select(r => $"{r.Code} {r.Label}"));
        }
        if (p.Sectors.Count > 0)
        {
            text += "\n" + s.L("Secteurs : ", "Sectors: ") + string.Join(" ; ", p.Sectors);
        }
        if (p.Structures.Count > 0)
        {
            text += "\n" + s.L("Où : ", "Where: ") + string.Join(" ; ", p.Structures);
        }
        var sources = new List<Provenance?> { Provenance.Of(p, p.Centre) };
        // "Après le CASP ?": the programmes the documents open to holders of this one; "après le CP29 ?": the larger
        // programme its UEs are part of.
        var further = new List<string>();
        foreach (var (access, route) in FurtherStudies(p.Code))
        {
            further.Add(s.L($"Poursuite d'études : {Format.Programme(access.Programme!, "fr")} (Cnam {access.Centre}) — {route.Text}",
                $"Further study: {Format.Programme(access.Programme!, "en")} (Cnam {access.Centre}) — {route.Text}"));
            sources.Add(Provenance.Of(access, access.Centre));
        }
        foreach (var outer in kb.Programmes().Select(x => x.Code).Where(c => c != p.Code).Distinct())
        {
            if (PartOf(p, outer, s) is { } line)
            {
                further.Add(s.L("Poursuite d'études : ", "Further study: ") + char.ToLowerInvariant(line.Text[0]) + line.Text[1..]);
                sources.AddRange(line.Sources);
            }
        }
        if (further.Count == 0)
        {
            return new Found(text, sources);
        }
        // "quelle poursuite d'études après le CP29 ?": what the question asks comes before the jobs.
        return new Found(s.Mentions(vocabulary.FurtherStudyWords)
            ? string.Join("\n", further) + "\n\n" + text
            : text + "\n" + string.Join("\n", further), sources);
    }

    /// <summary>The access routes of other programmes that name <paramref name="code"/> among the titles they accept.</summary>
    private IEnumerable<(Access Access, AccessRoute Route)> FurtherStudies(string? code) =>
        code is null ? [] :
        kb.Access().Where(a => a.Programme != code)
            .SelectMany(a => a.Routes.Where(r => r.Text is not null && r.AcceptedTitles.Any(t => NamesCode(t, code))).Select(r => (a, r)));

    private static bool NamesCode(string title, string code) =>
        title.Split([' ', '(', ')', ',', ';'], StringSplitOptions.RemoveEmptyEntries).Contains(code, StringComparer.Ordinal);

    /// <summary>"le diplôme est-il reconnu à l'étranger ?": the documents give a national recognition only, said first.</summary>
    private TopicResult Abroad(TopicResult answer, Slots s) =>
        answer is Found found && s.Mentions(vocabulary.AbroadWords)
            ? found.WithLead(s.L("Mes documents ne parlent pas de reconnaissance à l'étranger ; ils donnent la reconnaissance en France :",
                "My documents say nothing of recognition abroad; they give the recognition in France:"), "\n")
            : answer;

    private TopicResult Level(IReadOnlyList<KProgramme> programmes, Slots s)
    {
        // One centre's document may not state the exit level (the CP29 at La Réunion): the same programme's other
        // document does, and is cited.
        var p = programmes.FirstOrDefault(x => x.ExitLevel is not null)
            ?? kb.Programmes(s.Programme).FirstOrDefault(x => x.ExitLevel is not null)
            ?? programmes[0];
        var entry = p.EntryLevel is null ? "" : s.L($" niveau d'entrée {p.EntryLevel}", $" entry level {p.EntryLevel}");
        var exit = p.ExitLevel is null ? "" : s.L($"{(entry.Length > 0 ? "," : "")} niveau de sortie **{p.ExitLevel}**", $"{(entry.Length > 0 ? "," : "")} exit level **{p.ExitLevel}**");
        return new Found(s.L($"{Format.Capitalize(Format.Programme(p.Code, "fr"))} (Cnam {p.Centre}) :{entry}{exit}.",
                $"{Format.Capitalize(Format.Programme(p.Code, "en"))} (Cnam {p.Centre}):{entry}{exit}.")
            + (p.Rncp is null ? "" : "\n" + p.Rncp), [Provenance.Of(p, p.Centre)]);
    }

    private TopicResult Credits(IReadOnlyList<KProgramme> programmes, Slots s)
    {
        // The Paris document gives no total for the titre: the La Réunion document does, for the same titre.
        var p = programmes.FirstOrDefault(x => x.Ects is not null) ?? kb.Programmes(s.Programme).FirstOrDefault(x => x.Ects is not null);
        if (p is null)
        {
            return new Missing(s.L("Le nombre total de crédits n'est pas indiqué dans mes documents.", "The total number of credits is not given in my documents."), "ects");
        }
        return new Found(s.L($"{Format.Capitalize(Format.Programme(p.Code, "fr"))} compte **{p.Ects} ECTS** (Cnam {p.Centre}).",
            $"{Format.Capitalize(Format.Programme(p.Code, "en"))} is worth **{p.Ects} ECTS credits** (Cnam {p.Centre})."), [Provenance.Of(p, p.Centre)]);
    }

    private TopicResult Parcours(KProgramme p, Slots s)
    {
        if (p.Parcours.Count == 0)
        {
            return Overview(p, s);
        }
        // "le parcours culture c'est quoi ?": that parcours, with its own UE; "la différence entre le parcours insertion
        // professionnelle et le parcours culture ?", "quelle différence entre les deux parcours ?": each, with its own UE.
        var named = p.Parcours.Where(x => s.ParcoursNamed.Contains(x.Id)).ToList();
        if (named.Count == 0 && s.Mentions(vocabulary.ComparisonWords))
        {
            named = [.. p.Parcours];
        }
        if (named.Count > 0)
        {
            return new Found(string.Join("\n\n", named.Select(x => OneParcours(p, x, s))), [Provenance.Of(p, p.Centre)]);
        }
        var text = s.L($"{Format.Capitalize(Format.Programme(p.Code, "fr"))} comprend un tronc commun et {p.Parcours.Count} parcours au choix :",
            $"{Format.Capitalize(Format.Programme(p.Code, "en"))} has a common core and {p.Parcours.Count} tracks to choose from:")
            + "\n" + Topics.Bullets(p.Parcours.Select(x => $"**{x.Title}** — {x.Description}"));
        return new Found(text, [Provenance.Of(p, p.Centre)]);
    }

    private string OneParcours(KProgramme p, Knowledge.Model.Parcours named, Slots s)
    {
        var own = kb.UnitsOf(p.Code, p.Centre, named.Id).Where(u => u.Unit.Parcours.Contains(named.Id, StringComparer.OrdinalIgnoreCase))
            .Select(u => $"{u.Code} {u.Title}".TrimEnd()).ToList();
        var about = s.L($"**{named.Title}** — parcours {Format.OfProgramme(p.Code)} (Cnam {p.Centre}) : {named.Description}",
            $"**{named.Title}** — a track of {Format.Programme(p.Code, "en")} (Cnam {p.Centre}): {named.Description}");
        return about + (own.Count == 0 ? "" : "\n" + s.L("Ses UE propres :", "Its own UE:") + "\n" + Topics.Bullets(own));
    }

    private TopicResult Duration(IReadOnlyList<KProgramme> programmes, Slots s)
    {
        if (s.Modality == "distance" && vocabulary.SpeaksOfClassesOnSite(s.Question))
        {
            // "les cours sont en présentiel ou à distance ?": the choice between them is asked, so every mode is.
            s = s with { Modality = null };
        }
        var matching = programmes.Where(p => s.Modality is null || p.Modalities.Any(m => m.Id == s.Modality)).ToList();
        var verdict = ModalityVerdict(programmes, s);
        if (matching.Count == 0 && verdict is not null)
        {
            var described = string.Join(", ", programmes.SelectMany(p => p.Modalities).Select(m => m.Label).Distinct());
            return new Missing(verdict + " " + s.L($"Modalités décrites : {described}.", $"Modes described: {described}."), "modality");
        }
        if (matching.Count == 0)
        {
            return new Missing(s.L($"Mes documents ne mentionnent pas {Format.Elided("de", Format.Modality(s.Modality, "fr"))} pour cette formation ; modalités décrites : {string.Join(", ", programmes.SelectMany(p => p.Modalities).Select(m => m.Label).Distinct())}.",
                $"My documents mention no {Format.Modality(s.Modality, "en")} for this programme; modes described: {string.Join(", ", programmes.SelectMany(p => p.Modalities).Select(m => m.Label).Distinct())}."), "modality");
        }
        var several = matching.Select(p => p.Code).Distinct().Count() > 1;
        var modes = matching.SelectMany(p => p.Modalities.Where(m => s.Modality is null || m.Id == s.Modality).Select(m => (Programme: p, Mode: m))).ToList();
        // Someone who works ("tout en travaillant", "I work full time"): the modes that leave the working day free first.
        var working = s.Modality is null && vocabulary.SpeaksOfWorking(s.Question) && modes.Any(x => x.Mode.Id == "jour") && modes.Any(x => x.Mode.Id != "jour");
        if (working)
        {
            modes = [.. modes.OrderBy(x => x.Mode.Id == "jour")];
        }
        var lines = modes.Select(x => (several ? Format.ProgrammeShort(x.Programme.Code) + ", " : "") + $"{x.Mode.Label} ({x.Programme.Centre}){s.Colon} "
            + string.Join(" ; ", new[] { x.Mode.Duration, Format.HoursBeyondName(x.Mode) }.Concat(x.Mode.Details.Take(several ? 1 : 2)).Where(d => !string.IsNullOrWhiteSpace(d)).Distinct()));
        var heading = !several
            ? s.L($"Durée et modalités {Format.OfProgramme(matching[0].Code)} :", $"Length and modes of {Format.Programme(matching[0].Code, "en")}:")
            : s.Modality is null
                ? s.L("Durée et modalités des formations :", "Length and modes of the programmes:")
                : s.L($"{Format.Capitalize(Format.Modality(s.Modality, "fr"))} :", $"{Format.Capitalize(Format.Modality(s.Modality, "en"))}:");
        if (working)
        {
            var free = modes.Select(x => x.Mode.Id).Where(id => id != "jour").Distinct(StringComparer.Ordinal).ToList();
            heading = s.L($"À côté d'un emploi, ce sont les modalités hors de la journée que décrivent mes documents : {string.Join(", ", free.Select(id => Format.Modality(id, "fr")))} ; les cours du jour viennent en dernier.",
                $"Beside a job, these are the modes outside the working day my documents describe: {string.Join(", ", free.Select(id => Format.Modality(id, "en")))}; the day classes come last.")
                + "\n\n" + heading;
        }
        var volumeAsked = s.Mentions(vocabulary.QuantityWords) && s.Mentions(vocabulary.HourWords);
        // "combien de temps dure le CP29 ?": its presentation's hours ("Les 6 premières UE (360h)") say it when its modes
        // give the titre's length only.
        var volumes = volumeAsked || !several && s.Utterance.Has(Understanding.Intents.Duration) ? Volumes(matching, HourVolume()) : [];
        if (volumes.Count > 0)
        {
            // "combien d'heures de cours au total pour le CASP ?": the hours the documents give, before the modes.
            heading = s.L("Volume horaire donné par mes documents :", "Hours of teaching my documents give:") + "\n" + Topics.Bullets(volumes) + "\n\n" + heading;
        }
        else if (volumeAsked && !several)
        {
            // "combien d'heures de cours pour la licence ?": no total given; the hours its presentation does give (the UA's).
            var said = Volumes(matching, HoursSaid());
            heading = s.L($"Mes documents ne donnent pas le volume horaire total des cours {Format.OfProgramme(matching[0].Code)}",
                    $"My documents do not give the total hours of classes of {Format.Programme(matching[0].Code, "en")}")
                + (said.Count == 0 ? "." : s.L(" ; ils disent :", "; they say:") + "\n" + Topics.Bullets(said)) + "\n\n" + heading;
        }
        if ((verdict ?? LengthVerdict(modes, s)) is { } lead)
        {
            heading = lead + "\n\n" + heading;
        }
        return new Found(heading + "\n" + Topics.Bullets(lines), matching.Select(p => Provenance.Of(p, p.Centre)));
    }

    /// <summary>The sentences of the programmes' presentation that give a number of hours ("Les 6 premières UE (360h) …").</summary>
    private static List<string> Volumes(IEnumerable<KProgramme> programmes, System.Text.RegularExpressions.Regex hours) =>
        programmes.SelectMany(p => p.Notes.Prepend(p.Description ?? ""))
            .SelectMany(text => text.Split(". ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(x => hours.IsMatch(x))
            .Select(x => x.EndsWith('.') ? x : x + ".")
            .Distinct(StringComparer.Ordinal)
            .ToList();

    [System.Text.RegularExpressions.GeneratedRegex(@"\(\d+\s?h\)", System.Text.RegularExpressions.RegexOptions.NonBacktracking)]
    private static partial System.Text.RegularExpressions.Regex HourVolume();

    /// <summary>A number of hours in a sentence ("560 heures de stage", "12 heures de cours").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b\d+\s?(h|heures|hours)\b", System.Text.RegularExpressions.RegexOptions.NonBacktracking)]
    internal static partial System.Text.RegularExpressions.Regex HoursSaid();

    /// <summary>
    /// "y a-t-il un mémoire à rendre ?" with no programme: the programmes whose award conditions ask a mémoire, with those
    /// conditions, and the programmes whose documents do not speak of one (when none does, what each asks instead); null
    /// when no programme has award conditions.
    /// </summary>
    private Found? ThesisOfEach(Slots s)
    {
        var programmes = kb.Programmes(null, s.CentreSaid ? s.Centre : null).Where(p => p.DiplomaConditions.Count > 0).ToList();
        if (programmes.Count == 0)
        {
            return null;
        }
        var asking = programmes.Where(AsksAThesis).DistinctBy(p => p.Code).ToList();
        var others = programmes.Where(p => asking.All(a => a.Code != p.Code)).DistinctBy(p => p.Code).ToList();
        string Names(IEnumerable<KProgramme> list, string language, string joint) => string.Join(joint, list.Select(p => Format.Programme(p.Code, language)));
        // None asks one (La Réunion's): said, then what each asks instead (a report).
        var shown = asking.Count > 0 ? asking : others;
        var lead = asking.Count == 0
            ? s.L($"Mes documents ne parlent de mémoire ni pour {Names(others, "fr", " ni pour ")} ; pour les obtenir, ils demandent :",
                $"My documents mention no thesis for {Names(others, "en", " or ")}; to obtain them, they ask:")
            : s.L($"Mes documents parlent d'un mémoire pour {Names(asking, "fr", " et ")}", $"My documents speak of a thesis for {Names(asking, "en", " and ")}")
                + (others.Count == 0 ? "." : s.L($", pas pour {Names(others, "fr", " ni pour ")}.", $", not for {Names(others, "en", " or ")}."));
        var sections = shown.Select(p => Conditions(p, s));
        return new Found(lead + "\n\n" + string.Join("\n\n", sections), shown.Select(p => Provenance.Of(p, p.Centre)));
    }

    /// <summary>The programme's award conditions ask a mémoire (a word of <see cref="AnsweringVocabulary.ThesisWords"/>).</summary>
    private bool AsksAThesis(KProgramme p) => p.DiplomaConditions.Any(c => Knowledge.Text.FrenchText.HasAnyWord(c, vocabulary.ThesisWords));

    /// <summary>The first programme of the answer at each centre that teaches it, that one first: what "each centre" reads.</summary>
    private static List<KProgramme> AtEachCentre(IReadOnlyList<KProgramme> programmes) =>
        programmes.Where(p => p.Code == programmes[0].Code).DistinctBy(p => p.Centre).ToList();

    /// <summary>A programme's award conditions under their heading (<see cref="ToObtain"/>).</summary>
    private static string Conditions(KProgramme p, Slots s) => ToObtain(p, s) + "\n" + Topics.Bullets(p.DiplomaConditions);

    /// <summary>"Pour obtenir la Licence … (Paris) :", the heading of a programme's award conditions.</summary>
    private static string ToObtain(KProgramme p, Slots s) =>
        s.L($"Pour obtenir {Format.Programme(p.Code, "fr")} ({p.Centre}) :", $"To obtain {Format.Programme(p.Code, "en")} ({p.Centre}):");

    private TopicResult DiplomaConditions(IReadOnlyList<KProgramme> programmes, Slots s)
    {
        var p = programmes[0];
        // "que faut-il pour obtenir le CASP ?" with no centre said: each centre's conditions (Paris's national jury, La
        // Réunion's conditions of delivery), not the first centre's alone.
        var each = s.CentreSaid ? [] : AtEachCentre(programmes).Where(x => x.DiplomaConditions.Count > 0).ToList();
        if (each.Count > 1)
        {
            var none = s.Mentions(vocabulary.ThesisWords) && !each.Any(AsksAThesis)
                ? s.L($"Mes documents ne parlent pas de mémoire pour {Format.Programme(p.Code, "fr")} ; ce qu'ils demandent :",
                    $"My documents mention no thesis for {Format.Programme(p.Code, "en")}; what they ask:") + "\n\n"
                : "";
            return new Found(none + string.Join("\n\n", each.Select(x => Conditions(x, s))),
                each.Select(x => Provenance.Of(x, x.Centre)));
        }
        if (p.DiplomaConditions.Count == 0)
        {
            return new Missing(s.L("Les conditions d'obtention ne figurent pas dans mes documents pour cette formation.",
                "The conditions to obtain this diploma are not in my documents."), "diploma-conditions");
        }
        // "y a-t-il un mémoire pour le CASP ?": its conditions ask a report, not a mémoire; that is said first.
        var noThesis = s.Mentions(vocabulary.ThesisWords) && !AsksAThesis(p);
        var lead = noThesis ? s.L($"Mes documents ne parlent pas de mémoire pour {Format.Programme(p.Code, "fr")} ; ",
            $"My documents mention no thesis for {Format.Programme(p.Code, "en")}; ") : "";
        return new Found(lead + (noThesis
                ? s.L($"pour l'obtenir ({p.Centre}), ils demandent :", $"to obtain it ({p.Centre}), they ask:")
                : ToObtain(p, s))
            + "\n" + Topics.Bullets(p.DiplomaConditions), [Provenance.Of(p, p.Centre)]);
    }
}
