using Cnam.Bot.Dialogs.Framework.Prompts;
using Cnam.Bot.Dialogs.Questions;

namespace Cnam.Bot.Dialogs.Eligibility;

/// <summary>One question of the questionnaire: its text, its helpful retry text and its buttons.</summary>
public sealed record EligibilityQuestion(EligibilitySlot Slot, string Text, string Retry, IReadOnlyList<Choice> Choices);

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

    public EligibilityQuestion For(EligibilitySlot slot, EligibilityAnswers a) => slot switch
    {
        EligibilitySlot.Programme => new(slot, ProgrammeText, ProgrammeRetry, ProgrammeChoices(a)),
        EligibilitySlot.Centre => new(slot, CentreText, CentreRetry, rules.Centres(a.Programme).Select(c => new Choice(c)
            { Synonyms = c == "Paris" ? ["paris", "ile de france"] : ["reunion", "la reunion", "le port", "saint denis", "974"] }).ToList()),
        EligibilitySlot.Parcours => new(slot, ParcoursText, ParcoursRetry,
        [
            new Choice("insertion-pro") { Title = "Insertion professionnelle et sociale", Synonyms = ["insertion pro", "professionnelle", "sociale", "pro"] },
            new Choice("insertion-culture") { Title = "Insertion par la culture", Synonyms = ["culture", "culturelle"] },
        ]),
        EligibilitySlot.Diploma => new(slot, DiplomaText, DiplomaRetry,
        [
            new Choice("level:5") { Title = "Bac+2 ou plus", Synonyms = ["bac+2", "bac + 2", "bac+3", "licence", "master", "bts", "dut"] },
            new Choice("titles") { Title = "Titre CIP ou titre Cnam (CASP...)", Synonyms = ["cip", "titre cip", "casp", "cpn42", "titre cnam"] },
            new Choice("level:4") { Title = "Le bac", Synonyms = ["bac", "baccalaureat"] },
            new Choice("study:4") { Title = "Niveau bac, sans le diplôme", Synonyms = ["niveau bac", "niveau terminale", "terminale"] },
            new Choice("level:0") { Title = "Aucun de ces diplômes", Synonyms = ["aucun", "aucun diplome", "rien", "sans diplome"] },
        ]),
        EligibilitySlot.Experience => new(slot, ExperienceText, ExperienceRetry, ExperienceChoices()),
        EligibilitySlot.ExperienceField => new(slot, FieldText, FieldRetry,
        [
            new Choice("insertion") { Title = "Insertion", Synonyms = ["mission locale", "insertion professionnelle", "chrs", "pole emploi", "plie"] },
            new Choice("accompagnement-social-professionnel") { Title = "Accompagnement social et professionnel", Synonyms = ["accompagnement", "social", "travail social"] },
            new Choice("accueil-information-orientation") { Title = "Accueil, information, orientation", Synonyms = ["accueil", "information", "orientation"] },
            new Choice("autre") { Title = "Un autre domaine", Synonyms = ["autre", "autre domaine", "vente", "commerce", "hors secteur"] },
        ]),
        EligibilitySlot.Modality => new(slot, ModalityText, ModalityRetry, fees.Modalities(a).Select(m => new Choice(m)
            { Title = Format.Capitalize(Format.Modality(m, "fr")), Synonyms = m == "jour" ? ["jour", "journee", "la journee", "temps plein"] : ["soir", "le soir", "soiree"] }).ToList()),
        EligibilitySlot.PlanYears => new(slot, PlanYearsText, PlanYearsRetry, fees.PlanYears(a).Select(y => new Choice(y.ToString(System.Globalization.CultureInfo.InvariantCulture))
            { Title = y == 1 ? "1 an" : $"{y} ans", Synonyms = y == 1 ? ["un an", "1 an", "une annee"] : ["deux ans", $"{y} ans", "deux annees"] }).ToList()),
        EligibilitySlot.Funding => new(slot, FundingText, FundingRetry, fees.Fundings(a).Select(f => new Choice(f)
            { Title = Format.Capitalize(FundingTitle(f)), Synonyms = FundingSynonyms(f) }).ToList()),
        EligibilitySlot.JobSeekerCategory => new(slot, CategoryText, CategoryRetry,
        [
            new Choice("1") { Title = "Catégories 1 à 4", Synonyms = ["1 a 4", "1", "2", "3", "4"] },
            new Choice("5") { Title = "Catégories 5 à 8", Synonyms = ["5 a 8", "5", "6", "7", "8"] },
        ]),
        _ => throw new ArgumentOutOfRangeException(nameof(slot)),
    };

    private List<Choice> ProgrammeChoices(EligibilityAnswers a)
    {
        var choices = new List<Choice>
        {
            new("LP110:insertion-pro") { Title = "Licence pro — insertion professionnelle et sociale", Synonyms = ["licence", "licence pro", "lp110", "lp"] },
            new("LP110:insertion-culture") { Title = "Licence pro — insertion par la culture", Synonyms = ["culture"] },
            new("CPN42") { Title = "Titre CASP (CPN42)", Synonyms = ["casp", "titre", "cpn42", "charge d accompagnement"] },
            new("CP29") { Title = "Certificat CP29", Synonyms = ["certificat", "cp29"] },
        };
        if (a.Mode == EligibilityMode.Eligibility)
        {
            choices.Add(new Choice(DontKnow) { Title = "Je ne sais pas", Synonyms = ["je ne sais pas", "je sais pas", "aucune idee", "conseillez moi"] });
        }
        return choices;
    }

    // Bands around the month thresholds of the rules (12, 18, 24...): each button falls on one side of each threshold.
    private List<Choice> ExperienceChoices()
    {
        var thresholds = rules.ExperienceThresholds();
        var choices = new List<Choice> { new("0") { Title = "Aucune", Synonyms = ["aucune", "pas d experience", "jamais travaille"] } };
        var previous = 0;
        foreach (var t in thresholds)
        {
            var value = previous == 0 ? Math.Max(1, t / 2) : previous;
            choices.Add(new Choice(value.ToString(System.Globalization.CultureInfo.InvariantCulture))
                { Title = previous == 0 ? $"Moins de {Months(t)}" : $"De {Months(previous)} à moins de {Months(t)}" });
            previous = t;
        }
        if (previous > 0)
        {
            choices.Add(new Choice(previous.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Title = $"{Format.Capitalize(Months(previous))} ou plus" });
        }
        return choices;
    }

    /// <summary>"1 an", "18 mois", "2 ans".</summary>
    public static string Months(int months) => months % 12 == 0
        ? (months == 12 ? "1 an" : $"{months / 12} ans")
        : $"{months} mois";

    private static string FundingTitle(string funding) => funding switch
    {
        "individuel" => "moi-même (financement individuel)",
        "employeur" => "mon employeur",
        "demandeur-emploi" => "demandeur d'emploi",
        _ => Format.Funding(funding, "fr"),
    };

    private static IReadOnlyList<string> FundingSynonyms(string funding) => funding switch
    {
        "individuel" => ["moi", "moi meme", "perso", "personnel", "individuel", "tout seul", "seul"],
        "employeur" => ["employeur", "entreprise", "mon patron", "opco"],
        "pole-emploi" => ["pole emploi", "france travail"],
        "demandeur-emploi" => ["chomage", "chomeur", "demandeur d emploi", "pole emploi", "france travail"],
        "cpf" => ["cpf", "compte personnel de formation"],
        "tiers-payeur" => ["tiers", "tiers payeur", "region", "departement"],
        "dif" => ["dif"],
        _ => [],
    };
}
