using Cnam.Bot.Knowledge;
using Cnam.Bot.Knowledge.Model;
using Cnam.Bot.Knowledge.Queries;
using Cnam.Bot.Understanding;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>
/// Access conditions and validation routes (VAPP, VAE, VAP85, VES). When the person says what diploma or
/// experience they have, the answer says whether the direct route is open and, if not, which route fits.
/// </summary>
public sealed class AccessAnswerer(KnowledgeBase kb, AnsweringVocabulary vocabulary) : ITopicAnswerer
{
    private static readonly string[] RouteIds = ["vapp", "vae", "vap85", "ves"];

    public IReadOnlyCollection<string> Intents { get; } =
        [Understanding.Intents.Access, Understanding.Intents.ValidationRoutes, Understanding.Intents.EligibilityStart];

    public TopicResult? Answer(string intent, Slots s) =>
        intent == Understanding.Intents.ValidationRoutes ? Validation(s) : Access(s);

    private TopicResult Access(Slots s)
    {
        // The centre said, or the one the conversation is about ("je n'ai pas le bac" after a question on La Réunion).
        var records = kb.Access(s.Programme, s.Centre);
        if (!s.CentreSaid && s.ModalitySaid && s.Modality is { } modality
            && records.Where(a => a.Programme is { } p && kb.Programmes(p, a.Centre).Any(x => x.Modalities.Any(m => m.Id == modality))).ToList() is { Count: > 0 } teaching)
        {
            // "the admission steps for the CASP day classes": the centres that teach that way (day classes are Paris's).
            records = teaching;
        }
        if (records.Count == 0)
        {
            return new Missing(s.L("Les conditions d'accès de cette formation ne sont pas dans mes documents.",
                "The entry requirements of this programme are not in my documents."), "access");
        }
        var diploma = s.Utterance.Entities.Diploma;
        var experience = s.Utterance.Entities.Experience;
        // "faut-il un bac+2 ?" names a diploma without saying the person has it: the general conditions answer it. "un BTS
        // suffit pour la licence ?" asks about that diploma: its verdict, as if held.
        var stated = diploma is { Held: true } or { Negated: true } || vocabulary.AsksIfDiplomaIsEnough(s) ? diploma : null;
        // A diploma obtained abroad has no level the documents can tell: the requirements in general.
        var foreign = vocabulary.SpeaksOfForeignDiploma(s.Question);
        var personal = !foreign && (stated is not null || experience is { Months: > 0 } || experience?.Field is not null);
        var parts = records.Select(a => personal ? Personal(a, stated, experience, s) : General(a, s));
        var text = string.Join("\n\n", parts);
        // What the question asks that no document says comes first, then what they require.
        var requirements = s.L(" Les conditions d'accès qu'ils donnent :", " The entry requirements they give:");
        var notSaid =
            foreign ? s.L("Mes documents ne disent pas comment est reconnu un diplôme obtenu à l'étranger (son équivalence en niveau) : c'est à demander à la formation.",
                "My documents do not say how a diploma obtained abroad is recognised (its equivalent level): ask the programme.") + requirements
            // "je suis de nationalité étrangère, je peux m'inscrire ?": no condition of nationality; the papers that name one.
            : s.Mentions(vocabulary.NationalityWords) && !records.Any(a => Says(a, vocabulary.NationalityWords))
                ? s.L("Mes documents ne posent aucune condition de nationalité pour l'accès.", "My documents set no condition of nationality at entry.")
                    + NationalityPapers(s) + requirements
            // "Y a-t-il une limite d'âge ?"
            : s.Mentions(vocabulary.AgeWords) && !records.Any(a => Says(a, vocabulary.AgeWords))
                ? s.L("Mes documents ne posent aucune condition d'âge.", "My documents set no age condition.") + requirements
            // "faut-il un bon niveau d'anglais pour la licence ?": none asked at entry; the English UE it has.
            : s.Mentions(vocabulary.LanguageWords) && s.Mentions(vocabulary.LanguageLevelWords) && !records.Any(a => Says(a, vocabulary.LanguageWords))
                ? s.L("Mes documents ne demandent aucun niveau d'anglais pour l'accès.", "My documents ask for no level of English at entry.") + EnglishUnits(s) + requirements
            // "y a-t-il une sélection pour entrer en licence ?"
            : s.Mentions(vocabulary.SelectionWords) && !records.Any(a => Says(a, vocabulary.SelectionWords))
                ? s.L("Mes documents ne parlent pas de sélection (concours, commission) pour l'accès.",
                    "My documents mention no selection (competitive exam, admission board) at entry.") + requirements
            // "y a-t-il une sélection pour le CASP ?": what some centre's admission says of it first, and where none does.
            : s.Mentions(vocabulary.SelectionWords) ? SelectionSaid(records, s) + "\n\n" + requirements.TrimStart()
            // "Faut-il passer un entretien ?": what they say of admission too.
            // "je suis au chômage, je peux m'inscrire ?", "je suis retraitée…": no condition of situation; the fees they give
            // job seekers.
            : !personal && (s.Utterance.Entities.Funding is Funding.JobSeeker or Funding.FranceTravail || s.Mentions(vocabulary.SituationWords))
                ? SituationAccess(records, s) + requirements
            : vocabulary.AsksAnInterview(s.Question) && !records.Any(a => Says(a, vocabulary.InterviewWords))
                ? s.L("Mes documents ne parlent pas d'entretien d'admission. Ce qu'ils disent de l'accès et de l'admission :",
                    "My documents do not mention an admission interview. What they say of entry and admission:")
            : null;
        if (notSaid is not null)
        {
            text = notSaid + "\n\n" + text;
        }
        else if (!personal && !foreign && diploma is { Held: false, Negated: false, Level: { } asked } && vocabulary.AsksYesOrNo(s)
            && records.Select(a => (Record: a, Lead: DiplomaNeeded(a, diploma, asked, s))).Where(x => x.Lead is not null).ToList() is { Count: > 0 } needed)
        {
            // "faut-il le bac pour faire le CASP ?": whether that diploma is needed, from the direct route's rule, first; each
            // lead with its own record (a centre without such a rule has none).
            var several = records.Count > 1;
            text = string.Join("\n", needed.Select(x => several ? $"{Format.ProgrammeShort(x.Record.Programme, s.Language)}, Cnam {x.Record.Centre}{s.Colon} {x.Lead}" : x.Lead))
                + "\n\n" + text;
        }
        return new Found(text, records.Select(a => Provenance.Of(a, a.Centre)));
    }

    /// <summary>
    /// "faut-il le bac pour faire le CASP ?", "Do I need a degree for the licence?": the diploma of level
    /// <paramref name="asked"/> against the questionnaire's direct-entry rule of the programme at that centre. A rule on the
    /// level of study ("accessible avec le niveau bac") needs no diploma; one on a diploma held ("titulaires d'un diplôme
    /// de niveau bac+2") needs that level or more. Null when the centre has no such rule.
    /// </summary>
    private string? DiplomaNeeded(Access a, DiplomaMention diploma, int asked, Slots s)
    {
        var direct = kb.Eligibility(a.Programme, a.Centre).SelectMany(e => e.Access)
            .FirstOrDefault(r => r.Route == "direct" && r.When is { } w && (w.MinDiplomaLevel ?? w.MinStudyLevel) is not null && w.Titles.Count == 0 && w.MinMonths is null);
        if (direct?.When is not { } when || direct.Text is not { } rule)
        {
            return null;
        }
        var label = diploma.Label;
        if (when.MinStudyLevel is { } study)
        {
            return asked >= study
                ? s.L($"**Non** : mes documents demandent le niveau, pas le diplôme. {rule}", $"**No**: my documents ask for the level, not the diploma. {rule}")
                : s.L($"Le niveau {label} ne suffit pas pour l'accès direct. {rule}", $"The {label} level is not enough for direct entry. {rule}");
        }
        var required = when.MinDiplomaLevel!.Value;
        return asked > required ? s.L($"**Non**, pas autant : {rule}", $"**No**, not that much: {rule}")
            : asked == required ? s.L($"**Oui**, pour l'accès direct : {rule} Les autres voies sont ci-dessous.", $"**Yes**, for direct entry: {rule} The other routes are below.")
            : s.L($"Le {label} ne suffit pas pour l'accès direct : {rule} Les autres voies sont ci-dessous.", $"The {label} is not enough for direct entry: {rule} The other routes are below.");
    }

    /// <summary>The programme's UEs whose title names the language (" La Licence … comprend l'UE ANG320 Anglais professionnel."), or nothing.</summary>
    private string EnglishUnits(Slots s)
    {
        if (s.Programme is not { } programme)
        {
            return "";
        }
        var units = kb.UnitsOf(programme, s.CentreSaid ? s.Centre : null)
            .Where(u => u.Title is { } title && Knowledge.Text.FrenchText.HasAnyWord(title, vocabulary.LanguageWords))
            .Select(u => $"{u.Code} {u.Title}").Distinct().ToList();
        return units.Count == 0 ? ""
            : s.L($" {Format.Capitalize(Format.Programme(programme, "fr"))} comprend {(units.Count == 1 ? "l'UE" : "les UE")} {string.Join(", ", units)}.",
                $" {Format.Capitalize(Format.Programme(programme, "en"))} includes {(units.Count == 1 ? "the unit" : "the units")} {string.Join(", ", units)}.");
    }

    /// <summary>The papers to provide that speak of a nationality (La Réunion's residence permit), quoted with their centre; or nothing.</summary>
    private string NationalityPapers(Slots s)
    {
        var papers = kb.Registration(s.CentreSaid ? s.Centre : null, null, "pieces")
            .SelectMany(sheet => sheet.Items.Where(i => Knowledge.Text.FrenchText.HasAnyWord(i, vocabulary.NationalityWords)).Select(i => (sheet.Centre, Item: i)))
            .DistinctBy(x => x.Item).ToList();
        return string.Concat(papers.Select(p => s.L($" Pour s'inscrire au Cnam {p.Centre}, ils demandent « {p.Item} ».", $" To register at Cnam {p.Centre}, they ask for \"{p.Item}\".")));
    }

    /// <summary>
    /// The admission lines that speak of a selection ("l'entrée en formation est validée par une commission d'admission"),
    /// with their programme and centre, and the centres whose documents do not.
    /// </summary>
    private string SelectionSaid(IReadOnlyList<Access> records, Slots s)
    {
        bool Selects(string line) => Knowledge.Text.FrenchText.HasAnyWord(line, vocabulary.SelectionWords);
        // All the admission lines of a centre whose admission speaks of it: the positioning session goes with the board.
        var lines = records.Where(a => a.Admission.Any(Selects))
            .SelectMany(a => a.Admission.Select(line => $"{Format.ProgrammeShort(a.Programme, s.Language)}, Cnam {a.Centre}{s.Colon} {line}")).ToList();
        var silent = records.Where(a => !a.Admission.Any(Selects)).Select(a => $"Cnam {a.Centre}").Distinct().ToList();
        return s.L("Ce que mes documents disent de l'admission :", "What my documents say of admission:") + "\n" + Topics.Bullets(lines)
            + (silent.Count == 0 ? "" : "\n" + s.L($"Ils ne parlent pas de sélection au {string.Join(" ni au ", silent)}.",
                $"They mention no selection at {string.Join(" or ", silent)}."));
    }

    /// <summary>Whether a route, admission or prerequisite of <paramref name="a"/> has one of <paramref name="words"/>.</summary>
    /// <summary>
    /// Someone saying their situation (job seeker, retired, employed, student) and asking whether they may enter: the
    /// conditions are of level and experience, not of situation; for a job seeker, the programmes whose documents price
    /// a job seeker's place (their own lines, or those of the document presenting them at that centre: the CASP's at Paris
    /// price the CP29's UE too).
    /// </summary>
    private string SituationAccess(IReadOnlyList<Access> records, Slots s)
    {
        var jobSeeker = s.Utterance.Entities.Funding is Funding.JobSeeker or Funding.FranceTravail;
        var priced = !jobSeeker ? [] : records.Where(a => a.Programme is { } p && kb.SourcesPresenting(p, a.Centre) is var sources
                && kb.FindTariffs(new TariffQuery(Centre: a.Centre, Kind: "formation")).Any(t => t.Source is { } source && sources.Contains(source)
                    && t.Funding is { } f && (f.StartsWith("demandeur-emploi", StringComparison.Ordinal) || f == "pole-emploi")))
            .GroupBy(a => a.Programme!)
            .Select(g => $"{Format.ProgrammeShort(g.Key, s.Language)} (Cnam {string.Join(", Cnam ", g.Select(a => a.Centre))})")
            .ToList();
        var yes = vocabulary.AsksYesOrNo(s) ? s.L("**Oui** : ", "**Yes**: ") : "";
        var fees = priced.Count == 0 ? ""
            : s.L($" Ils donnent un tarif pour les demandeurs d'emploi (ou Pôle emploi) : {string.Join(", ", priced)}.",
                $" They give a fee for job seekers (or Pôle emploi): {string.Join(", ", priced)}.");
        var said = s.L("mes documents ne font pas de la situation (emploi, chômage, retraite, études) une condition d'accès : leurs conditions portent sur le niveau d'études et l'expérience.",
            "my documents make no entry condition of one's situation (in work or not, retired, studying): their conditions are about the level of study and experience.");
        return (yes.Length == 0 ? Format.Capitalize(said) : yes + said) + fees;
    }

    private static bool Says(Access a, IReadOnlySet<string> words) =>
        a.Routes.Select(r => r.Text ?? r.Condition).Concat(a.Admission).Concat(a.Prerequisites).OfType<string>()
            .Any(t => Knowledge.Text.FrenchText.HasAnyWord(t, words));

    private static string Heading(Access a, Slots s) =>
        s.L($"**Accès — {Format.ProgrammeShort(a.Programme)}, Cnam {a.Centre}**", $"**Entry — {Format.ProgrammeShort(a.Programme)}, Cnam {a.Centre}**");

    private static string General(Access a, Slots s)
    {
        var text = Heading(a, s) + "\n" + Topics.Bullets(RouteLines(a.Routes, s));
        if (a.Admission.Count > 0)
        {
            text += "\n" + s.L("Admission : ", "Admission: ") + string.Join(" ", a.Admission);
        }
        if (a.Prerequisites.Count > 0)
        {
            text += "\n" + s.L("Prérequis : ", "Prerequisites: ") + string.Join(" ", a.Prerequisites);
        }
        return text;
    }

    private static string Personal(Access a, DiplomaMention? diploma, ExperienceMention? experience, Slots s)
    {
        var direct = a.Routes.FirstOrDefault(r => r.Route == "direct" && r.Experience is null) ?? a.Routes.FirstOrDefault(r => r.Route == "direct");
        var byExperience = a.Routes.FirstOrDefault(r => r.Route == "direct" && r.Experience is not null && experience is { Months: > 0 }
            && (r.Experience.Months is null || experience.Months >= r.Experience.Months));
        var minLevel = Level(direct?.MinLevel);
        var byTitle = diploma is not null && direct is not null && (
            (diploma.IsCip && direct.AcceptedTitles.Any(t => Knowledge.Text.FrenchText.Fold(t).Contains("cip", StringComparison.Ordinal))) ||
            (diploma.IsCnamFirstCycle && direct.AcceptedTitles.Any(t => Knowledge.Text.FrenchText.Fold(t).Contains("cnam", StringComparison.Ordinal))));
        var byLevel = diploma?.Level is { } level && !diploma.Negated && minLevel is { } min && level >= min;
        if (direct is not null && (byTitle || byLevel))
        {
            return Heading(a, s) + "\n" + s.L($"**Oui** : avec le diplôme indiqué ({diploma!.Label}), vous remplissez la condition d'accès. {direct.Text ?? direct.Condition}",
                $"**Yes**: with the diploma you mention ({diploma!.Label}), you meet the entry requirement. {direct.Text ?? direct.Condition}") + Admission(a, s);
        }
        if (byExperience is not null)
        {
            return Heading(a, s) + "\n" + s.L($"**Oui**, avec votre expérience professionnelle : {byExperience.Text ?? byExperience.Condition}",
                $"**Yes**, with your work experience: {byExperience.Text ?? byExperience.Condition}") + Admission(a, s);
        }
        var others = a.Routes.Where(r => r.Route != "direct" || r.Experience is not null).ToList();
        var fitting = others.Where(r => experience is not null && (r.Experience?.Field is null || FieldMatches(r.Experience.Field, experience.Field))).ToList();
        // The document's condition ends its own sentence: quoted in brackets, without its full stop.
        var required = (direct?.Condition ?? direct?.MinLevel)?.TrimEnd('.', ' ');
        // "sans diplôme" held is no diploma: "Sans diplôme, …", not "Avec aucun diplôme".
        var lead = diploma is { Level: 0, Negated: false } && direct is not null
            ? s.L($"Sans diplôme, vous n'avez pas le niveau demandé pour l'accès direct ({required}).",
                $"With {diploma.Label}, you do not have the level required for direct entry ({required}).")
            : diploma is not null && direct is not null
            ? s.L($"{(diploma.Negated ? "Sans" : "Avec")} {diploma.Label}, vous n'avez pas le niveau demandé pour l'accès direct ({required}).",
                $"{(diploma.Negated ? "Without" : "With")} {diploma.Label}, you do not have the level required for direct entry ({required}).")
            : direct is not null ? s.L($"Accès direct : {direct.Text ?? direct.Condition}", $"Direct entry: {direct.Text ?? direct.Condition}") : "";
        var routes = RouteLines(fitting.Count > 0 ? fitting : others, s);
        var intro = fitting.Count > 0
            ? s.L("Compte tenu de votre expérience, la voie possible :", "Given your experience, the possible route:")
            : s.L("Les autres voies d'accès :", "The other routes:");
        return Heading(a, s) + "\n" + lead + "\n" + intro + "\n" + Topics.Bullets(routes) + Admission(a, s);
    }

    private static string Admission(Access a, Slots s) =>
        a.Admission.Count == 0 ? "" : "\n" + s.L("Admission : ", "Admission: ") + string.Join(" ", a.Admission);

    private TopicResult Validation(Slots s)
    {
        var asked = RouteIds.Where(s.Words.Contains).ToList();
        if (s.ProgrammeSaid && s.Programme is { } named && asked.Count == 0)
        {
            // "valider mon expérience pour obtenir le CASP ?": the routes the programme's documents give, not the licence's VAPP.
            asked = kb.Access(named).SelectMany(a => a.Routes).Select(r => r.Route.ToLowerInvariant()).Where(RouteIds.Contains).Distinct().ToList();
        }
        // "la VAE pour la licence ?": a route the programme's documents do not give is said so, with the ones they give.
        string? intro = null;
        if (s.ProgrammeSaid && s.Programme is { } programme && asked.Count > 0)
        {
            var own = kb.Access(programme).SelectMany(a => a.Routes).Select(r => r.Route.ToLowerInvariant()).Distinct().ToList();
            var absent = asked.Where(r => !own.Contains(r)).ToList();
            if (own.Count > 0 && absent.Count > 0)
            {
                var names = string.Join(", ", own.Select(r => RouteName(r, s).TrimEnd(' ', ':')));
                intro = s.L($"Mes documents ne prévoient pas la {string.Join(" ni la ", absent.Select(a => a.ToUpperInvariant()))} pour {Format.Programme(programme, "fr")} ; ses voies d'accès y sont : {names}.",
                    $"My documents give no {string.Join(" or ", absent.Select(a => a.ToUpperInvariant()))} for {Format.Programme(programme, "en")}; its entry routes there are: {names}.");
                asked = asked.Concat(own.Where(r => RouteIds.Contains(r))).Distinct().ToList();
            }
        }
        var routes = kb.ValidationRoutes().Where(v => asked.Count == 0 || asked.Contains(v.Id.ToLowerInvariant())).ToList();
        if (routes.Count == 0)
        {
            return new Missing(s.L("Je n'ai pas d'information sur cette validation dans mes documents.", "I have no information on this validation in my documents."), "validation");
        }
        var sources = new List<Provenance?>();
        var routeNames = string.Join(s.L(" ni ", " or "), routes.Select(v => v.Id));
        if (s.Mentions(vocabulary.DurationAskWords))
        {
            // "quel est le délai pour une VAE ?": the documents give none; they say what the route is, and whom to see.
            intro = (intro is null ? "" : intro + "\n") + s.L($"Mes documents ne donnent pas de délai ni de durée pour la {routeNames} ; ce qu'ils en disent :",
                $"My documents give no time frame for the {routeNames}; what they say of it:");
        }
        else if (s.Mentions(vocabulary.ExperienceWords) && (s.Mentions(vocabulary.QuantityWords) || vocabulary.AsksHowLong(s)))
        {
            // "combien d'années d'expérience faut-il pour une VAE ?": no document sets a length; what each asks, quoted.
            var quoted = RouteTexts(kb.Access().Where(a => !s.ProgrammeSaid || a.Programme == s.Programme), routes);
            sources.AddRange(quoted.Select(x => Provenance.Of(x.Access, x.Access.Centre)));
            var asks = quoted.GroupBy(x => x.Text, StringComparer.Ordinal)
                .Select(g => string.Join(", ", g.Select(x => $"{Format.ProgrammeShort(x.Access.Programme)} ({x.Access.Centre})").Distinct()) + s.Colon + " " + g.Key).ToList();
            intro = (intro is null ? "" : intro + "\n") + s.L($"Mes documents ne fixent pas de durée d'expérience pour la {routeNames} ; ce qu'ils demandent :",
                $"My documents set no length of experience for the {routeNames}; what they ask:") + "\n" + Topics.Bullets(asks) + "\n"
                + s.L("Ce qu'est la voie :", "What the route is:");
        }
        else if (s.ProgrammeSaid && s.Programme is { } ofProgramme
            && RouteTexts(kb.Access(ofProgramme), routes) is { Count: > 0 } given)
        {
            // "peut-on obtenir le CASP par la VAE ?": what the programme's documents say of that route (whom it is for), before
            // what the route is and costs.
            sources.AddRange(given.Select(x => Provenance.Of(x.Access, x.Access.Centre)));
            var said = given.Select(x => $"{Format.ProgrammeShort(x.Access.Programme, s.Language)} ({x.Access.Centre}){s.Colon} {x.Text}").Distinct(StringComparer.Ordinal);
            var givenNames = string.Join(s.L(" et la ", " and the "), given.Select(x => x.Route.ToUpperInvariant()).Distinct(StringComparer.Ordinal));
            // "je peux valider le CASP par la VAE ?": yes first, with where, when every route named is given for it.
            var routesSaid = RouteIds.Where(s.Words.Contains).ToList();
            var yes = intro is null && routesSaid.Count > 0 && vocabulary.AsksYesOrNo(s)
                && routesSaid.All(r => given.Any(x => x.Route.Equals(r, StringComparison.OrdinalIgnoreCase)))
                ? s.L($"**Oui** : mes documents prévoient la {givenNames} pour {Format.Programme(ofProgramme, "fr")} (Cnam {string.Join(", Cnam ", given.Select(x => x.Access.Centre).Distinct())}).",
                    $"**Yes**: my documents provide the {givenNames} for {Format.Programme(ofProgramme, "en")} (Cnam {string.Join(", Cnam ", given.Select(x => x.Access.Centre).Distinct())}).") + "\n"
                : "";
            intro = (intro is null ? "" : intro + "\n") + yes + s.L($"Ce que disent mes documents de la {givenNames} pour {Format.Programme(ofProgramme, "fr")} :",
                $"What my documents say of the {givenNames} for {Format.Programme(ofProgramme, "en")}:") + "\n" + Topics.Bullets(said) + "\n"
                + s.L("Ce qu'est la voie :", "What the route is:");
        }
        if (s.Mentions(vocabulary.ExemptionWords))
        {
            // "puis-je être dispensé de certaines UE ?": what the documents say of exemptions and of units kept, then the
            // routes, those that grant exemptions ("obtenir des équivalences") first.
            var said = Exemptions(s, sources);
            if (said.Count > 0)
            {
                intro = (intro is null ? "" : intro + "\n") + s.L("Ce que mes documents disent des dispenses et des UE déjà validées :",
                    "What my documents say of exemptions and of units already passed:") + "\n" + Topics.Bullets(said) + "\n\n"
                    + s.L("Les voies de validation :", "The validation routes:");
            }
            routes = [.. routes.OrderByDescending(v => SpeaksOfExemption(v.Definition))];
        }
        var prices = kb.FindTariffs(new TariffQuery(Kind: "validation"));
        List<Tariff> PriceOf(ValidationRoute v) => prices.Where(t => t.Id.EndsWith("-" + v.Id.ToLowerInvariant(), StringComparison.OrdinalIgnoreCase)).ToList();
        if (s.CentreSaid && s.Centre is { } centre && s.Utterance.Has(Understanding.Intents.Tariffs)
            && routes.Where(v => PriceOf(v) is { Count: > 0 } priced && priced.All(t => t.Centre != centre)).Select(v => v.Id).ToList() is { Count: > 0 } elsewhere)
        {
            // "combien coûte une VAE à Paris ?": only La Réunion's documents price it, which is said before their price.
            var at = string.Join(", ", elsewhere.SelectMany(id => PriceOf(routes.First(v => v.Id == id))).Select(t => t.Centre).Distinct());
            intro = (intro is null ? "" : intro + "\n") + s.L($"Mes documents ne donnent pas le tarif de la {string.Join(" ni de la ", elsewhere)} au Cnam {centre} ; ils donnent celui du Cnam {at} :",
                $"My documents give no fee for the {string.Join(" or the ", elsewhere)} at Cnam {centre}; they give Cnam {at}'s:");
        }
        var lines = new List<string>();
        foreach (var v in routes)
        {
            var line = $"**{v.Id}** ({v.Name}){s.Colon} {v.Definition}";
            var price = PriceOf(v);
            foreach (var t in price)
            {
                line += s.L($" — tarif Cnam {t.Centre} {t.ValidFor} : **{Format.Euros(t.Amount ?? 0)}**", $" — fee at Cnam {t.Centre} {t.ValidFor}: **{Format.Euros(t.Amount ?? 0)}**");
                sources.Add(Provenance.Of(t, t.Centre));
            }
            var where = kb.Access().Where(a => a.Routes.Any(r => string.Equals(r.Route, v.Id, StringComparison.OrdinalIgnoreCase)))
                .Select(a => $"{Format.ProgrammeShort(a.Programme)} ({a.Centre})").Distinct().ToList();
            if (where.Count > 0)
            {
                line += s.L($" — voie d'accès prévue pour : {string.Join(", ", where)}", $" — entry route for: {string.Join(", ", where)}");
            }
            lines.Add(line);
            sources.Add(Provenance.Of(v));
        }
        return new Found((intro is null ? "" : intro + "\n") + Topics.Bullets(lines), sources);
    }

    /// <summary>What each access record says of the <paramref name="routes"/> asked (its route's text, else its condition).</summary>
    private static List<(Access Access, string Route, string Text)> RouteTexts(IEnumerable<Access> accesses, IReadOnlyList<ValidationRoute> routes) =>
        accesses.SelectMany(a => a.Routes.Where(r => routes.Any(v => string.Equals(v.Id, r.Route, StringComparison.OrdinalIgnoreCase)))
                .Select(r => (Access: a, r.Route, Text: r.Text ?? r.Condition ?? "")))
            .Where(x => x.Text.Length > 0).ToList();

    /// <summary>
    /// The entry routes' texts and a centre's facts (not the definitions, which hold nowhere in particular: "European Credit
    /// Transfer System") that speak of exemptions or units kept, with where they hold.
    /// </summary>
    private List<string> Exemptions(Slots s, List<Provenance?> sources)
    {
        var lines = new List<string>();
        foreach (var a in kb.Access(s.ProgrammeSaid ? s.Programme : null))
        {
            foreach (var text in a.Routes.Select(r => r.Text ?? r.Condition).OfType<string>().Where(SpeaksOfExemption).Distinct(StringComparer.Ordinal))
            {
                lines.Add($"{Format.ProgrammeShort(a.Programme)} ({a.Centre}){s.Colon} {text}");
                sources.Add(Provenance.Of(a, a.Centre));
            }
        }
        foreach (var fact in kb.Facts(centre: s.CentreSaid ? s.Centre : null).Where(f => f.Centre is not null && SpeaksOfExemption(f.Text)))
        {
            lines.Add($"Cnam {fact.Centre}{s.Colon} {(s.Language == "en" && fact.En is { } en ? en : fact.Text)}");
            sources.Add(Provenance.Of(fact, fact.Centre));
        }
        return lines;
    }

    private bool SpeaksOfExemption(string? text) => text is not null && Knowledge.Text.FrenchText.HasAnyWord(text, vocabulary.ExemptionWords);

    /// <summary>One line a route; routes the document describes in one sentence ("par la VAE ou la VAP85") share it.</summary>
    private static IEnumerable<string> RouteLines(IEnumerable<AccessRoute> routes, Slots s) =>
        routes.GroupBy(r => r.Text ?? r.Condition ?? "", StringComparer.Ordinal)
            .Select(g => string.Join(", ", g.Select(r => RouteName(r.Route, s).TrimEnd(' ', ':'))) + s.L(" : ", ": ") + g.Key);

    private static string RouteName(string route, Slots s) => route switch
    {
        "direct" => s.L("Accès direct : ", "Direct entry: "),
        "vapp" => "VAPP : ",
        "vae" => "VAE : ",
        "vap85" => "VAP85 : ",
        "ves" => "VES : ",
        _ => route + " : ",
    };

    /// <summary>"bac+2" -> 5, "bac" / "niveau bac" -> 4, as the diploma recogniser counts levels.</summary>
    private static int? Level(string? minLevel)
    {
        if (minLevel is null)
        {
            return null;
        }
        var folded = Knowledge.Text.FrenchText.Fold(minLevel).Replace(" ", "", StringComparison.Ordinal);
        var plus = folded.IndexOf("bac+", StringComparison.Ordinal);
        if (plus >= 0 && plus + 4 < folded.Length && char.IsDigit(folded[plus + 4]))
        {
            var n = folded[plus + 4] - '0';
            return n switch { >= 5 => 7, >= 3 => 6, _ => 4 + (n >= 2 ? 1 : 0) };
        }
        return folded.Contains("bac", StringComparison.Ordinal) ? 4 : null;
    }

    private static bool FieldMatches(string routeField, ExperienceField? field)
    {
        if (field is null || field == ExperienceField.None)
        {
            return false;
        }
        var folded = Knowledge.Text.FrenchText.Fold(routeField);
        return field switch
        {
            ExperienceField.Insertion => folded.Contains("insertion", StringComparison.Ordinal),
            ExperienceField.AccompagnementSocialProfessionnel => folded.Contains("accompagnement", StringComparison.Ordinal) || folded.Contains("insertion", StringComparison.Ordinal),
            ExperienceField.AccueilInformationOrientation => folded.Contains("accueil", StringComparison.Ordinal),
            _ => folded.Contains("tout", StringComparison.Ordinal) || folded.Contains("quel", StringComparison.Ordinal),
        };
    }
}
