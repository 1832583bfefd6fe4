using Cnam.Bot.Dialogs.Framework.Prompts;
using Cnam.Bot.Dialogs.Questions;

namespace Cnam.Bot.Dialogs.Eligibility;

/// <summary>One question of the questionnaire: its text, its helpful retry text and its buttons, in the questionnaire's language.</summary>
public sealed record EligibilityQuestion(EligibilitySlot Slot, string Text, string Retry, IReadOnlyList<Choice> Choices)
{
    /// <summary>"en" for a questionnaire in English, else null (French).</summary>
    public string? Language { get; init; }
}

/// <summary>
/// The wording of each question and the buttons that go with it. Buttons that depend on the documents (centres,
/// modalities, plan lengths, fundings, experience bands) are built from the rules and tariffs, never typed here.
/// </summary>
public sealed class EligibilityQuestions(EligibilityRules rules, EligibilityFees fees)
{
    public const string DontKnow = "unknown";

    private const string ProgrammeText = "Quelle formation vous intéresse ?";
    private const string ProgrammeRetry = "Choisissez une formation (licence pro LP110, titre CASP CPN42 ou certificat CP29), ou « je ne sais pas » et je vous conseillerai.";
    private const string CentreText = "Dans quel centre souhaitez-vous suivre la formation ?";
    private const string CentreRetry = "Je n'ai pas reconnu le centre : choisissez Paris ou La Réunion.";
    private const string ParcoursText = "Quel parcours de la licence vous intéresse ?";
    private const string ParcoursRetry = "Choisissez « insertion professionnelle et sociale » ou « insertion par la culture ».";
    private const string DiplomaText = "Quel est votre diplôme le plus élevé ? Choisissez ou écrivez-le (par exemple « BTS SP3S », « DUT carrières sociales », « titre CIP », « le bac », « niveau terminale », « aucun »).";
    private const string DiplomaRetry = "Je n'ai pas reconnu ce diplôme. Écrivez son nom (« BTS ESF », « licence de sociologie », « bac pro », « CAP »...), ou choisissez le niveau le plus proche.";
    private const string ExperienceText = "Combien de temps d'expérience professionnelle avez-vous, et dans quel domaine ? Par exemple « 3 ans en mission locale », « un an et demi dans un CHRS », « aucune ».";
    private const string ExperienceRetry = "Je n'ai pas compris la durée. Écrivez-la en mois ou en années (« 18 mois », « 2 ans », « aucune »), ou choisissez une durée.";
    private const string FieldText = "Dans quel domaine était cette expérience ?";
    private const string FieldRetry = "Choisissez le domaine le plus proche : insertion, accompagnement social et professionnel, accueil-information-orientation, ou un autre domaine.";
    private const string ModalityText = "Vous envisagez les cours du jour ou les cours du soir ?";
    private const string ModalityRetry = "Choisissez « cours du jour » ou « cours du soir ».";
    private const string PlanYearsText = "En cours du soir, la formation se suit sur 1 ou 2 ans (2 ans recommandés). Que choisissez-vous ?";
    private const string PlanYearsRetry = "Répondez « 1 an » ou « 2 ans ».";
    private const string FundingText = "Qui financera la formation ?";
    private const string FundingRetry = "Je n'ai pas reconnu le financement : choisissez l'une des réponses proposées.";
    private const string CategoryText = "Dans quelle catégorie êtes-vous inscrit(e) comme demandeur d'emploi ?";
    private const string CategoryRetry = "Répondez par votre catégorie (de 1 à 8), ou choisissez « 1 à 4 » ou « 5 à 8 ».";

    private const string ProgrammeTextEn = "Which programme are you interested in?";
    private const string ProgrammeRetryEn = "Choose a programme (licence pro LP110, CASP title CPN42 or CP29 certificate), or \"I don't know\" and I will advise you.";
    private const string CentreTextEn = "At which centre would you like to study?";
    private const string CentreRetryEn = "I did not recognise the centre: choose Paris or La Réunion.";
    private const string ParcoursTextEn = "Which track of the licence are you interested in?";
    private const string ParcoursRetryEn = "Choose \"professional and social integration\" or \"integration through culture\".";
    private const string DiplomaTextEn = "What is your highest diploma? Choose or type it (for example \"BTS SP3S\", \"DUT carrières sociales\", \"CIP title\", \"the bac\", \"final year of high school\", \"none\").";
    private const string DiplomaRetryEn = "I did not recognise this diploma. Type its name (\"BTS ESF\", \"bachelor's degree in sociology\", \"bac pro\", \"CAP\"...), or choose the closest level.";
    private const string ExperienceTextEn = "How much work experience do you have, and in which field? For example \"3 years in a mission locale\", \"18 months in a shelter\", \"none\".";
    private const string ExperienceRetryEn = "I did not understand the length. Type it in months or years (\"18 months\", \"2 years\", \"none\"), or choose a length.";
    private const string FieldTextEn = "In which field was this experience?";
    private const string FieldRetryEn = "Choose the closest field: integration (insertion), social and professional support, reception-information-guidance, or another field.";
    private const string ModalityTextEn = "Are you considering day classes or evening classes?";
    private const string ModalityRetryEn = "Choose \"day classes\" or \"evening classes\".";
    private const string PlanYearsTextEn = "In evening classes, the programme takes 1 or 2 years (2 years recommended). Which do you choose?";
    private const string PlanYearsRetryEn = "Answer \"1 year\" or \"2 years\".";
    private const string FundingTextEn = "Who will pay for the programme?";
    private const string FundingRetryEn = "I did not recognise the funding: choose one of the answers offered.";
    private const string CategoryTextEn = "In which job seeker category are you registered?";
    private const string CategoryRetryEn = "Answer with your category (1 to 8), or choose \"1 to 4\" or \"5 to 8\".";


    public EligibilityQuestion For(EligibilitySlot slot, EligibilityAnswers a) => Ask(slot, a) with { Language = a.Language };

    private EligibilityQuestion Ask(EligibilitySlot slot, EligibilityAnswers a) => slot switch
    {
        EligibilitySlot.Programme => new(slot, a.L(ProgrammeText, ProgrammeTextEn), a.L(ProgrammeRetry, ProgrammeRetryEn), ProgrammeChoices(a)),
        EligibilitySlot.Centre => new(slot, a.L(CentreText, CentreTextEn), a.L(CentreRetry, CentreRetryEn), rules.Centres(a.Programme).Select(c => new Choice(c)
            { Synonyms = c == "Paris" ? ["paris", "ile de france"] : ["reunion", "la reunion", "le port", "saint denis", "974"] }).ToList()),
        EligibilitySlot.Parcours => new(slot, a.L(ParcoursText, ParcoursTextEn), a.L(ParcoursRetry, ParcoursRetryEn),
        [
            new Choice("insertion-pro") { Title = a.L("Insertion professionnelle et sociale", "Professional and social integration"),
                Synonyms = Synonyms(a, ["insertion pro", "professionnelle", "sociale", "pro"], ["professional", "social", "professional integration"]) },
            new Choice("insertion-culture") { Title = a.L("Insertion par la culture", "Integration through culture"),
                Synonyms = Synonyms(a, ["culture", "culturelle"], ["cultural", "through culture"]) },
        ]),
        EligibilitySlot.Diploma => new(slot, a.L(DiplomaText, DiplomaTextEn), a.L(DiplomaRetry, DiplomaRetryEn),
        [
            new Choice("level:5") { Title = a.L("Bac+2 ou plus", "Bac+2 or higher"),
                Synonyms = Synonyms(a, ["bac+2", "bac + 2", "bac+3", "licence", "master", "bts", "dut"], ["bachelor", "bachelor s degree", "degree", "associate degree"]) },
            new Choice("titles") { Title = a.L("Titre CIP ou titre Cnam (CASP...)", "CIP title or Cnam title (CASP...)"),
                Synonyms = Synonyms(a, ["cip", "titre cip", "casp", "cpn42", "titre cnam"], ["cip title", "cnam title", "casp title"]) },
            new Choice("level:4") { Title = a.L("Le bac", "The bac"), Synonyms = Synonyms(a, ["bac", "baccalaureat"], ["the bac", "high school diploma", "a levels"]) },
            new Choice("study:4") { Title = a.L("Niveau bac, sans le diplôme", "Bac level, without the diploma"),
                Synonyms = Synonyms(a, ["niveau bac", "niveau terminale", "terminale"], ["bac level", "final year", "final year of high school"]) },
            new Choice("level:0") { Title = a.L("Aucun de ces diplômes", "None of these diplomas"),
                Synonyms = Synonyms(a, ["aucun", "aucun diplome", "rien", "sans diplome"], ["none", "no diploma", "nothing"]) },
        ]),
        EligibilitySlot.Experience => new(slot, a.L(ExperienceText, ExperienceTextEn), a.L(ExperienceRetry, ExperienceRetryEn), ExperienceChoices(a)),
        EligibilitySlot.ExperienceField => new(slot, a.L(FieldText, FieldTextEn), a.L(FieldRetry, FieldRetryEn),
        [
            new Choice("insertion") { Title = a.L("Insertion", "Integration (insertion)"),
                Synonyms = Synonyms(a, ["mission locale", "insertion professionnelle", "chrs", "pole emploi", "plie"], ["integration", "job centre", "employment support"]) },
            new Choice("accompagnement-social-professionnel") { Title = a.L("Accompagnement social et professionnel", "Social and professional support"),
                Synonyms = Synonyms(a, ["accompagnement", "social", "travail social"], ["support", "social work", "social worker"]) },
            new Choice("accueil-information-orientation") { Title = a.L("Accueil, information, orientation", "Reception, information, guidance"),
                Synonyms = Synonyms(a, ["accueil", "information", "orientation"], ["reception", "guidance", "receptionist"]) },
            new Choice("autre") { Title = a.L("Un autre domaine", "Another field"),
                Synonyms = Synonyms(a, ["autre", "autre domaine", "vente", "commerce", "hors secteur"], ["other", "another field", "retail", "sales"]) },
        ]),
        EligibilitySlot.Modality => new(slot, a.L(ModalityText, ModalityTextEn), a.L(ModalityRetry, ModalityRetryEn), fees.Modalities(a).Select(m => new Choice(m)
            { Title = Format.Capitalize(Format.Modality(m, a.TextLanguage)),
                Synonyms = m == "jour"
                    ? Synonyms(a, ["jour", "journee", "la journee", "temps plein"], ["day", "daytime", "day classes", "full time"])
                    : Synonyms(a, ["soir", "le soir", "soiree"], ["evening", "evenings", "evening classes", "night classes"]) }).ToList()),
        EligibilitySlot.PlanYears => new(slot, a.L(PlanYearsText, PlanYearsTextEn), a.L(PlanYearsRetry, PlanYearsRetryEn), fees.PlanYears(a).Select(y => new Choice(y.ToString(System.Globalization.CultureInfo.InvariantCulture))
            { Title = Years(y, a), Synonyms = y == 1
                ? Synonyms(a, ["un an", "1 an", "une annee"], ["one year", "1 year", "a year", "in one year"])
                : Synonyms(a, ["deux ans", $"{y} ans", "deux annees"], ["two years", $"{y} years", "over two years", $"over {y} years"]) }).ToList()),
        EligibilitySlot.Funding => new(slot, a.L(FundingText, FundingTextEn), a.L(FundingRetry, FundingRetryEn), fees.Fundings(a).Select(f => new Choice(f)
            { Title = Format.Capitalize(FundingTitle(f, a)), Synonyms = FundingSynonyms(f, a) }).ToList()),
        EligibilitySlot.JobSeekerCategory => new(slot, a.L(CategoryText, CategoryTextEn), a.L(CategoryRetry, CategoryRetryEn),
        [
            new Choice("1") { Title = a.L("Catégories 1 à 4", "Categories 1 to 4"), Synonyms = Synonyms(a, ["1 a 4", "1", "2", "3", "4"], ["1 to 4"]) },
            new Choice("5") { Title = a.L("Catégories 5 à 8", "Categories 5 to 8"), Synonyms = Synonyms(a, ["5 a 8", "5", "6", "7", "8"], ["5 to 8"]) },
        ]),
        _ => throw new ArgumentOutOfRangeException(nameof(slot)),
    };

    /// <summary>The French synonyms of a button; in English, the English ones too (a French word typed still counts).</summary>
    private static IReadOnlyList<string> Synonyms(EligibilityAnswers a, string[] french, string[] english) => a.English ? [.. french, .. english] : french;

    private List<Choice> ProgrammeChoices(EligibilityAnswers a)
    {
        var choices = new List<Choice>
        {
            new("LP110:insertion-pro") { Title = a.L("Licence pro — insertion professionnelle et sociale", "Licence pro — professional and social integration"),
                Synonyms = Synonyms(a, ["licence", "licence pro", "lp110", "lp"], ["the licence", "bachelor"]) },
            new("LP110:insertion-culture") { Title = a.L("Licence pro — insertion par la culture", "Licence pro — integration through culture"), Synonyms = ["culture"] },
            new("CPN42") { Title = a.L("Titre CASP (CPN42)", "CASP title (CPN42)"), Synonyms = Synonyms(a, ["casp", "titre", "cpn42", "charge d accompagnement"], ["title", "the casp"]) },
            new("CP29") { Title = a.L("Certificat CP29", "CP29 certificate"), Synonyms = Synonyms(a, ["certificat", "cp29"], ["certificate"]) },
        };
        if (a.Mode == EligibilityMode.Eligibility)
        {
            choices.Add(new Choice(DontKnow) { Title = a.L("Je ne sais pas", "I don't know"),
                Synonyms = Synonyms(a, ["je ne sais pas", "je sais pas", "aucune idee", "conseillez moi"], ["i don t know", "not sure", "no idea", "advise me"]) });
        }
        return choices;
    }

    // Bands around the month thresholds of the rules (12, 18, 24...): each button falls on one side of each threshold.
    private List<Choice> ExperienceChoices(EligibilityAnswers a)
    {
        var thresholds = rules.ExperienceThresholds();
        var choices = new List<Choice> { new("0") { Title = a.L("Aucune", "None"), Synonyms = Synonyms(a, ["aucune", "pas d experience", "jamais travaille"], ["none", "no experience", "never worked"]) } };
        var previous = 0;
        foreach (var t in thresholds)
        {
            var value = previous == 0 ? Math.Max(1, t / 2) : previous;
            choices.Add(new Choice(value.ToString(System.Globalization.CultureInfo.InvariantCulture))
                { Title = previous == 0 ? a.L($"Moins de {Months(t)}", $"Less than {Months(t, "en")}") : a.L($"De {Months(previous)} à moins de {Months(t)}", $"From {Months(previous, "en")} to less than {Months(t, "en")}") });
            previous = t;
        }
        if (previous > 0)
        {
            choices.Add(new Choice(previous.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Title = a.L($"{Format.Capitalize(Months(previous))} ou plus", $"{Months(previous, "en")} or more") });
        }
        return choices;
    }

    private static string Years(int y, EligibilityAnswers a) => Months(12 * y, a.TextLanguage);

    /// <summary>"1 an", "18 mois", "2 ans".</summary>
    public static string Months(int months) => Months(months, "fr");

    /// <summary>"1 an", "18 mois", "2 ans" / "1 year", "18 months", "2 years".</summary>
    public static string Months(int months, string language) => (months % 12 == 0, language == "en") switch
    {
        (true, true) => months == 12 ? "1 year" : $"{months / 12} years",
        (true, false) => months == 12 ? "1 an" : $"{months / 12} ans",
        (false, true) => $"{months} months",
        (false, false) => $"{months} mois",
    };

    private static string FundingTitle(string funding, EligibilityAnswers a) => (funding, a.English) switch
    {
        ("individuel", false) => "moi-même (financement individuel)",
        ("individuel", true) => "myself (self-funded)",
        ("employeur", false) => "mon employeur",
        ("employeur", true) => "my employer",
        _ => Format.Funding(funding, a.TextLanguage),
    };

    private static IReadOnlyList<string> FundingSynonyms(string funding, EligibilityAnswers a) => funding switch
    {
        "individuel" => Synonyms(a, ["moi", "moi meme", "perso", "personnel", "individuel", "tout seul", "seul"],
            ["myself", "me", "i pay myself", "i pay", "self funded", "self", "on my own", "personal"]),
        "employeur" => Synonyms(a, ["employeur", "entreprise", "mon patron", "opco"], ["employer", "my employer", "my company", "my boss", "company"]),
        "pole-emploi" => ["pole emploi", "france travail"],
        "demandeur-emploi" => Synonyms(a, ["chomage", "chomeur", "demandeur d emploi", "pole emploi", "france travail"],
            ["job seeker", "jobseeker", "unemployed", "unemployment"]),
        "cpf" => Synonyms(a, ["cpf", "compte personnel de formation"], ["personal training account"]),
        "tiers-payeur" => Synonyms(a, ["tiers", "tiers payeur", "region", "departement"], ["third party", "third party payer"]),
        "dif" => ["dif"],
        _ => [],
    };
}
