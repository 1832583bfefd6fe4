using Cnam.Bot.Knowledge.Model;
using System.Globalization;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>How amounts and dates are written in answers, in French or English.</summary>
public static class Format
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"8 300 €", "9,15 €" (a plain space groups thousands, so the figure reads the same everywhere).</summary>
    public static string Euros(decimal amount)
    {
        var text = amount == decimal.Truncate(amount)
            ? amount.ToString("#,0", French)
            : amount.ToString("#,0.00", French);
        return text.Replace('\u202f', ' ').Replace('\u00a0', ' ') + " €";
    }

    /// <summary>"lundi 3 octobre 2022" / "Monday 3 October 2022".</summary>
    public static string Day(DateOnly date, string language) =>
        language == "en" ? date.ToString("dddd d MMMM yyyy", English) : date.ToString("dddd d MMMM yyyy", French);

    /// <summary>"3 oct. 2022" style short date: "lun. 3 octobre".</summary>
    public static string ShortDay(DateOnly date, string language) =>
        language == "en" ? date.ToString("ddd d MMM", English) : date.ToString("ddd d MMMM", French);

    /// <summary>
    /// An experience in words: "2 ans d'expérience dans l'insertion" ("2 ans dans l'insertion" without the noun),
    /// "aucune expérience professionnelle". <paramref name="field"/> is an eligibility.yaml field id.
    /// </summary>
    public static string Experience(int months, string? field, string language, bool withNoun = true, bool withLength = true)
    {
        var en = language == "en";
        if (months == 0)
        {
            return en ? "no work experience" : "aucune expérience professionnelle";
        }
        // "une expérience dans l'insertion": any length.
        var length = withLength ? Eligibility.EligibilityQuestions.Months(months, language) : en ? "some" : "une";
        var where = (field, en) switch
        {
            ("insertion", false) => "dans l'insertion",
            ("insertion", true) => "in insertion",
            ("accompagnement-social-professionnel", false) => "dans l'accompagnement social et professionnel",
            ("accompagnement-social-professionnel", true) => "in social and professional support",
            ("accueil-information-orientation", false) => "dans l'accueil, l'information et l'orientation",
            ("accueil-information-orientation", true) => "in reception, information and guidance",
            ("autre", false) => "hors du secteur social",
            ("autre", true) => "outside the social sector",
            _ => "",
        };
        var noun = !withNoun ? "" : !withLength ? (en ? " experience" : " expérience") : en ? " of experience" : " d'expérience";
        return $"{length}{noun} {where}".Trim();
    }

    /// <summary>"jeudi" / "Thursday".</summary>
    public static string Weekday(DateOnly date, string language) =>
        language == "en" ? date.ToString("dddd", English) : date.ToString("dddd", French);

    /// <summary>
    /// True when <paramref name="said"/> (a date as the user said it) is the name of <paramref name="date"/>'s weekday with
    /// no day of the month: "samedi", "ce samedi", "on Saturday", not "samedi 12".
    /// </summary>
    public static bool NamesWeekdayOnly(string said, DateOnly date) =>
        !said.Any(char.IsDigit)
        && Knowledge.Text.FrenchText.Words(said).Any(w => w == Knowledge.Text.FrenchText.Fold(Weekday(date, "fr")) || w == Weekday(date, "en").ToLowerInvariant());

    /// <summary>
    /// True when <paramref name="question"/> asks about <paramref name="date"/>'s weekday every week: the weekday in the
    /// plural ("combien de samedis ?", "on Saturdays") or after "le" ("y a-t-il cours le samedi ?"), not "ce samedi" or
    /// "samedi prochain".
    /// </summary>
    public static bool AsksEveryWeekday(string question, DateOnly date)
    {
        var fr = Knowledge.Text.FrenchText.Fold(Weekday(date, "fr"));
        var en = Weekday(date, "en").ToLowerInvariant();
        var words = Knowledge.Text.FrenchText.Words(Knowledge.Text.FrenchText.Fold(question)).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == fr + "s" || words[i] == en + "s"
                || words[i] == fr && i > 0 && words[i - 1] == "le" && (i + 1 == words.Count || words[i + 1] is not ("prochain" or "dernier")))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A grid's class days on one weekday, for a planning's <paramref name="title"/>: "Cours du soir … : 22 séances le
    /// vendredi, du … au …." or "… : la grille ne compte aucune séance le samedi." (<paramref name="dates"/> in order).
    /// </summary>
    public static string WeekdaySessions(string title, DateOnly day, IReadOnlyList<DateOnly> dates, string language)
    {
        var name = Weekday(day, language);
        var plural = dates.Count > 1 ? "s" : "";
        return (dates.Count, language) switch
        {
            (0, "en") => $"{Capitalize(title)}: the grid has no session on {name}s.",
            (0, _) => $"{Capitalize(title)} : la grille ne compte aucune séance le {name}.",
            (_, "en") => $"{Capitalize(title)}: {dates.Count} session{plural} on {name}s, from {Day(dates[0], "en")} to {Day(dates[^1], "en")}.",
            _ => $"{Capitalize(title)} : {dates.Count} séance{plural} le {name}, du {Day(dates[0], "fr")} au {Day(dates[^1], "fr")}.",
        };
    }

    /// <summary>
    /// What a planning's hours say of Saturdays when <paramref name="day"/> is one, after the grid's count of its
    /// <paramref name="sessions"/> (" Son horaire annonce pourtant des cours le samedi : 10h - 16h."), or, for a grid that is
    /// empty (<paramref name="sessions"/> null), a line of its own under <paramref name="title"/>. Empty when the hours say nothing of Saturdays.
    /// </summary>
    public static string SaturdayHours(string? title, Planning p, DateOnly day, int? sessions, string language) =>
        day.DayOfWeek != DayOfWeek.Saturday || p.Hours?.Saturday is not { } saturday ? ""
        : (sessions, language) switch
        {
            (null, "en") => $"{Capitalize(title ?? "")}: the grid is empty in my documents, but its hours announce Saturday classes: {saturday}.",
            (null, _) => $"{Capitalize(title ?? "")} : la grille est vide dans mes documents, mais son horaire annonce des cours le samedi : {saturday}.",
            (0, "en") => $" Its hours do announce Saturday classes, though: {saturday}.",
            (0, _) => $" Son horaire annonce pourtant des cours le samedi : {saturday}.",
            (_, "en") => $" Saturday hours: {saturday}.",
            _ => $" Horaire du samedi : {saturday}.",
        };

    /// <summary>
    /// For each planning of <paramref name="plannings"/> whose grid is empty, what its hours say of Saturdays when
    /// <paramref name="day"/> is one (the culture parcours' "samedi : 10h - 16h"), under its <paramref name="title"/>.
    /// </summary>
    public static IEnumerable<string> SaturdayHoursOfEmptyGrids(IEnumerable<Planning> plannings, DateOnly day, Func<Planning, string> title, string language) =>
        plannings.Where(p => p.Sessions.Count == 0).Select(p => SaturdayHours(title(p), p, day, null, language)).Where(l => l.Length > 0);

    /// <summary>A unit of the tariffs file in words.</summary>
    public static string Unit(string? unit, string language) => (unit, language) switch
    {
        ("par-an", "en") => "per year",
        ("par-an", _) => "par an",
        ("par-credit", "en") => "per credit",
        ("par-credit", _) => "par crédit",
        ("par-ects", "en") => "per ECTS credit",
        ("par-ects", _) => "par ECTS",
        ("par-heure", "en") => "per hour",
        ("par-heure", _) => "de l'heure",
        ("par-ue", "en") => "per UE",
        ("par-ue", _) => "par UE",
        ("forfait", "en") => "flat fee",
        ("forfait", _) => "forfait",
        _ => "",
    };

    /// <summary>A modality id in words.</summary>
    public static string Modality(string? modality, string language) => (modality, language) switch
    {
        ("jour", "en") => "day classes",
        ("jour", _) => "cours du jour",
        ("soir", "en") => "evening classes",
        ("soir", _) => "cours du soir",
        ("foad" or "distance", "en") => "distance learning",
        ("foad" or "distance", _) => "formation à distance (FOAD)",
        ("alternance", "en") => "work-study",
        ("alternance", _) => "alternance",
        _ => "",
    };

    /// <summary>A funding id in words.</summary>
    public static string Funding(string? funding, string language) => (funding, language) switch
    {
        ("employeur", "en") => "employer",
        ("employeur", _) => "employeur",
        ("tiers-payeur", "en") => "third-party payer",
        ("tiers-payeur", _) => "tiers payeur",
        ("pole-emploi", "en") => "Pôle emploi (France Travail)",
        ("pole-emploi", _) => "Pôle emploi (France Travail)",
        ("cpf", _) => "CPF",
        ("individuel", "en") => "self-funded",
        ("individuel", _) => "individuel",
        ("demandeur-emploi", "en") => "job seeker",
        ("demandeur-emploi", _) => "demandeur d'emploi",
        ("demandeur-emploi-cat-1-4", "en") => "job seeker, categories 1 to 4",
        ("demandeur-emploi-cat-1-4", _) => "demandeur d'emploi catégories 1 à 4",
        ("demandeur-emploi-cat-5-8", "en") => "job seeker, categories 5 to 8",
        ("demandeur-emploi-cat-5-8", _) => "demandeur d'emploi catégories 5 à 8",
        ("dif", _) => "DIF",
        ("tout-public", "en") => "everyone",
        ("tout-public", _) => "tout public",
        (null, _) => "",
        _ => funding,
    };

    /// <summary>A programme code in words.</summary>
    public static string Programme(string? code, string language) => (code, language) switch
    {
        ("LP110", "en") => "the Licence professionnelle Intervention sociale (LP110)",
        ("LP110", _) => "la Licence professionnelle Intervention sociale (LP110)",
        ("CPN42", "en") => "the titre Chargé d'accompagnement social et professionnel (CASP, CPN42)",
        ("CPN42", _) => "le titre Chargé d'accompagnement social et professionnel (CASP, CPN42)",
        ("CP29", "en") => "the certificat professionnel CP29",
        ("CP29", _) => "le certificat professionnel CP29",
        _ => code ?? "",
    };

    /// <summary>"de la Licence professionnelle…", "du titre…", "du certificat…" (French "de" + article).</summary>
    public static string OfProgramme(string? code)
    {
        var name = Programme(code, "fr");
        return name.StartsWith("le ", StringComparison.Ordinal) ? "du " + name[3..] : "de " + name;
    }

    /// <summary>"au titre ...", "à la licence ...": the programme's French name after "à".</summary>
    public static string ToProgramme(string? code)
    {
        var name = Programme(code, "fr");
        return name.StartsWith("le ", StringComparison.Ordinal) ? "au " + name[3..] : "à " + name;
    }

    /// <summary>"de" before a word: "d'alternance", "de cours du soir" (elided before a vowel or an h; no aspirated h here).</summary>
    public static string Elided(string word, string next) =>
        next.Length > 0 && "aeiouyhàâéèêîôû".Contains(char.ToLowerInvariant(next[0])) ? word[..^1] + "'" + next : word + " " + next;

    /// <summary>Short programme name for buttons and headings.</summary>
    public static string ProgrammeShort(string? code) => code switch
    {
        "LP110" => "Licence pro (LP110)",
        "CPN42" => "Titre CASP (CPN42)",
        "CP29" => "Certificat CP29",
        _ => code ?? "",
    };

    /// <summary>Short programme name in the question's language (buttons, side-by-side lines).</summary>
    public static string ProgrammeShort(string? code, string language) => (code, language) switch
    {
        ("CPN42", "en") => "CASP title (CPN42)",
        ("CP29", "en") => "CP29 certificate",
        _ => ProgrammeShort(code),
    };

    /// <summary>
    /// How many class days the weeks of <paramref name="days"/> have (Monday to Sunday, weeks with a class only): "en
    /// moyenne 4,3 jours de cours par semaine sur les 31 semaines qui en ont (de 2 à 5 selon la semaine)", to follow "Soit"
    /// or to start a line.
    /// </summary>
    public static string DaysPerWeek(IReadOnlyCollection<DateOnly> days, string language)
    {
        var perWeek = days.Distinct().GroupBy(Calendar.PlanningCalendar.MondayOf).Select(week => week.Count()).ToList();
        var mean = (double)perWeek.Sum() / perWeek.Count;
        var (fewest, most) = (perWeek.Min(), perWeek.Max());
        return language == "en"
            ? $"on average {mean.ToString("0.#", CultureInfo.InvariantCulture)} class days a week over the {perWeek.Count} weeks that have classes"
                + (fewest == most ? "" : $" ({fewest} to {most} depending on the week)")
            : $"en moyenne {mean.ToString("0.#", French)} jours de cours par semaine sur les {perWeek.Count} semaines qui en ont"
                + (fewest == most ? "" : $" (de {fewest} à {most} selon la semaine)");
    }

    /// <summary>
    /// A modality's hours, unless its name already says them (La Réunion's "Cours du lundi au vendredi de 17h à 21h"):
    /// null then, so that they are not written twice.
    /// </summary>
    public static string? HoursBeyondName(Knowledge.Model.Modality m) =>
        m.Schedule is { } hours && m.Label?.Contains(hours, StringComparison.OrdinalIgnoreCase) != true ? hours : null;

    /// <summary>Upper-cases the first letter.</summary>
    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpper(text[0], French) + text[1..];
}
