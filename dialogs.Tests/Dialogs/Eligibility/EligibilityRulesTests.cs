using Cnam.Bot.Dialogs.Eligibility;
using Cnam.Bot.Knowledge.Text;

namespace Cnam.Bot.Tests.Dialogs.Eligibility;

/// <summary>
/// The rules of eligibility.yaml, branch by branch. Each row is an applicant profile, the decision expected, and the
/// document sentence the row encodes: the test checks that this sentence is the quote of a rule the decision applied.
/// </summary>
public sealed class EligibilityRulesTests(EligibilityFixture fixture) : IClassFixture<EligibilityFixture>
{
    // Diplomas as the questionnaire records them: level (0 none, 3 CAP, 4 bac, 5 bac+2), "niveau" = without the diploma.
    private static EligibilityAnswers Profile(string programme, string centre, string diploma, int months, string field, string? modality = null)
    {
        var a = new EligibilityAnswers { Programme = programme, Centre = centre, ExperienceMonths = months, ExperienceField = months == 0 ? "aucune" : field, Modality = modality };
        return diploma switch
        {
            "bac+2" => a with { DiplomaLevel = 5 },
            "bac" => a with { DiplomaLevel = 4 },
            "niveau bac" => a with { DiplomaLevel = 4, StudyLevelOnly = true },
            "cap" => a with { DiplomaLevel = 3 },
            "cip niveau 4" => a with { DiplomaLevel = 4, Cip = true },
            "aucun" => a with { DiplomaLevel = 0 },
            _ => throw new ArgumentException(diploma),
        };
    }

    [Theory]
    // ---- LP110, Cnam Paris (document 000; internship: documents 001/002) ----
    [InlineData("LP110", "Paris", "bac+2", 36, "insertion", null, "direct", "lp110-acces-bac2", "", "", "Aux titulaires d'un diplôme de niveau bac+2 et plus")]
    [InlineData("LP110", "Paris", "bac+2", 0, "", null, "direct", "lp110-acces-bac2", "560 h", "", "Est une condition de la délivrance du diplôme pour ceux qui ne peuvent attester d'une expérience minimale d'un an dans le champ de l'insertion.")]
    [InlineData("LP110", "Paris", "bac+2", 6, "insertion", null, "direct", "lp110-acces-bac2", "560 h", "", "Est une condition de la délivrance du diplôme pour ceux qui ne peuvent attester d'une expérience minimale d'un an dans le champ de l'insertion.")]
    [InlineData("LP110", "Paris", "bac+2", 24, "autre", null, "direct", "lp110-acces-bac2", "560 h", "", "Est une condition de la délivrance du diplôme pour ceux qui ne peuvent attester d'une expérience minimale d'un an dans le champ de l'insertion.")]
    [InlineData("LP110", "Paris", "bac+2", 12, "accompagnement-social-professionnel", null, "direct", "lp110-acces-bac2", "", "", "Aux titulaires d'un diplôme de niveau bac+2 et plus")]
    [InlineData("LP110", "Paris", "cip niveau 4", 0, "", null, "direct", "lp110-acces-titres", "560 h", "", "du titre CIP (conseiller en insertion professionnelle)")]
    [InlineData("LP110", "Paris", "bac", 60, "insertion", null, "vapp", "lp110-acces-vapp", "", "", "justifient d'une expérience professionnelle dans le domaine de l'insertion pour accéder à la licence professionnelle via le dispositif VAPP")]
    [InlineData("LP110", "Paris", "bac", 6, "insertion", null, "vapp", "lp110-acces-vapp", "560 h", "", "justifient d'une expérience professionnelle dans le domaine de l'insertion pour accéder à la licence professionnelle via le dispositif VAPP")]
    [InlineData("LP110", "Paris", "bac", 18, "accompagnement-social-professionnel", null, "vapp", "lp110-acces-vapp", "", "", "Aux personnes qui n'ont pas le niveau académique requis")]
    [InlineData("LP110", "Paris", "bac", 0, "", null, "not-eligible", "lp110-refus", "", "CPN42,CP29", "Aux personnes qui n'ont pas le niveau académique requis")]
    [InlineData("LP110", "Paris", "niveau bac", 24, "autre", null, "not-eligible", "lp110-refus", "", "CPN42,CP29", "Formation professionnelle accessible avec le niveau bac.")]
    [InlineData("LP110", "Paris", "cap", 6, "autre", null, "not-eligible", "lp110-refus", "", "CPN42,CP29", "OU par la VAE (validation des acquis de l'expérience) ou la VAP85")]
    [InlineData("LP110", "Paris", "aucun", 0, "", null, "not-eligible", "lp110-refus", "", "", "Aux personnes qui n'ont pas le niveau académique requis")]
    // ---- CPN42, Cnam Paris (document 003) ----
    [InlineData("CPN42", "Paris", "bac", 24, "accompagnement-social-professionnel", "soir", "direct", "cpn42-paris-acces-bac", "", "", "Formation professionnelle accessible avec le niveau bac.")]
    [InlineData("CPN42", "Paris", "bac", 0, "", "soir", "direct", "cpn42-paris-acces-bac", "3 mois", "", "devront réaliser un stage pratique de 3 mois pour obtenir le diplôme.")]
    [InlineData("CPN42", "Paris", "bac", 6, "insertion", "soir", "direct", "cpn42-paris-acces-bac", "", "", "attester d'une expérience professionnelle de 18 mois.")]
    [InlineData("CPN42", "Paris", "niveau bac", 12, "autre", "soir", "direct", "cpn42-paris-acces-bac", "3 mois", "", "Formation professionnelle accessible avec le niveau bac.")]
    [InlineData("CPN42", "Paris", "cap", 36, "autre", "soir", "direct", "cpn42-paris-acces-experience", "3 mois", "", "Cette expérience est considérée comme équivalent au niveau bac.")]
    [InlineData("CPN42", "Paris", "cap", 12, "insertion", "soir", "not-eligible", "cpn42-paris-refus", "", "", "Formation professionnelle accessible avec le niveau bac.")]
    [InlineData("CPN42", "Paris", "bac", 24, "accompagnement-social-professionnel", "jour", "direct", "cpn42-paris-acces-bac", "", "", "L'entrée en formation est validée par une commission d'admission.")]
    // ---- CP29, Cnam Paris (document 003) ----
    [InlineData("CP29", "Paris", "bac", 0, "", "soir", "direct", "cp29-paris-acces-bac", "", "", "Formation professionnelle accessible avec le niveau bac.")]
    [InlineData("CP29", "Paris", "cap", 24, "autre", "soir", "direct", "cp29-paris-acces-experience", "", "", "quel qu'en soit le domaine d'exercice")]
    [InlineData("CP29", "Paris", "bac", 0, "", "jour", "direct", "cp29-paris-acces-bac", "", "", "séance de positionnement (écrit et bureautique) obligatoire")]
    // ---- CPN42, Cnam La Réunion (document 004) ----
    [InlineData("CPN42", "La Réunion", "bac", 0, "", null, "direct", "cpn42-reunion-acces-bac", "3 mois", "", "L'élève doit, à la fin de sa formation, attester d'une expérience professionnelle de 18 mois.")]
    [InlineData("CPN42", "La Réunion", "niveau bac", 24, "insertion", null, "direct", "cpn42-reunion-acces-bac", "", "", "Etre titulaire du baccalauréat ou niveau bac (ou équivalent).")]
    [InlineData("CPN42", "La Réunion", "cap", 36, "insertion", null, "vae", "cpn42-reunion-acces-vae", "", "", "OU par la VAE (validation des acquis de l'expérience)")]
    [InlineData("CPN42", "La Réunion", "aucun", 24, "autre", null, "vap85", "cpn42-reunion-acces-vap85", "3 mois", "", "elle devra être complétée par un stage de 3 mois")]
    [InlineData("CPN42", "La Réunion", "aucun", 0, "", null, "not-eligible", "cpn42-reunion-refus", "", "", "Etre titulaire du baccalauréat ou niveau bac (ou équivalent).")]
    // ---- CP29, Cnam La Réunion (document 004) ----
    [InlineData("CP29", "La Réunion", "bac", 0, "", null, "direct", "cp29-reunion-acces-bac", "1 mois et demi", "", "doivent compléter la formation par un stage d'un mois et demi")]
    [InlineData("CP29", "La Réunion", "bac", 12, "accueil-information-orientation", null, "direct", "cp29-reunion-acces-bac", "", "", "Ces conditions sont exigibles à la demande du diplôme et non à l'inscription.")]
    [InlineData("CP29", "La Réunion", "cap", 12, "accueil-information-orientation", null, "vae", "cp29-reunion-acces-vae", "", "", "OU par la VAE (validation des acquis de l'expérience)")]
    [InlineData("CP29", "La Réunion", "cap", 6, "autre", null, "vap85", "cp29-reunion-acces-vap85", "1 mois et demi", "", "la VAP85 (validation des acquis professionnels - décret 1985)")]
    public void RulesDecideTheRouteTheInternshipAndTheAlternatives(string programme, string centre, string diploma, int months, string field,
        string? modality, string route, string rule, string stage, string alternatives, string sentence)
    {
        var decision = fixture.Rules.Evaluate(Profile(programme, centre, diploma, months, field, modality));

        Assert.NotNull(decision);
        Assert.Equal(route, decision.Route);
        Assert.Equal(rule, decision.DecidingRule.Id);
        Assert.Equal(stage, decision.Internship?.Label ?? "");
        Assert.Equal(alternatives, string.Join(",", decision.Alternatives.Select(a => a.Programme)));
        Assert.Contains(decision.Applied, r => FrenchText.Fold(r.Quote).Contains(FrenchText.Fold(sentence), StringComparison.Ordinal));
        Assert.All(decision.Applied, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
    }

    [Theory]
    [InlineData("cap", 6, "autre", "La Réunion", "vap85")]
    [InlineData("niveau bac", 24, "autre", "Paris", "direct")]
    public void AlternativesSayWhereAndHowTheApplicantGetsIn(string diploma, int months, string field, string centre, string route)
    {
        var decision = fixture.Rules.Evaluate(Profile("LP110", "Paris", diploma, months, field))!;

        Assert.All(decision.Alternatives, a => Assert.Equal((centre, route), (a.Centre, a.Route)));
    }

    [Theory]
    [InlineData("bac+2", 0, "", null, "LP110", "lp110-conseil-diplome")]
    [InlineData("bac", 24, "insertion", null, "LP110", "lp110-conseil-insertion")]
    [InlineData("bac", 12, "accueil-information-orientation", "Paris", "CP29", "cp29-conseil-accueil")]
    [InlineData("bac", 0, "", "Paris", "CPN42", "cpn42-conseil")]
    [InlineData("cap", 12, "accueil-information-orientation", "La Réunion", "CP29", "cp29-reunion-conseil-accueil")]
    [InlineData("niveau bac", 0, "", "La Réunion", "CPN42", "cpn42-reunion-conseil")]
    [InlineData("bac+2", 0, "", "La Réunion", "CPN42", "cpn42-reunion-conseil")]
    public void SomeoneWhoDoesNotKnowGetsTheProgrammeThatFitsTheProfile(string diploma, int months, string field, string? centre, string programme, string rule)
    {
        var profile = Profile("LP110", "Paris", diploma, months, field) with { Programme = null, Centre = centre, ProgrammeUnknown = true };

        var recommendation = fixture.Rules.Recommend(profile);

        Assert.Equal((programme, rule), (recommendation?.Programme, recommendation?.Rule.Id));
    }

    [Fact]
    public void ExperienceBandsFallOnEachSideOfTheRulesThresholds() =>
        Assert.Equal([12, 18, 24], fixture.Rules.ExperienceThresholds());

    [Fact]
    public void AnIncompleteProfileIsNotDecided() =>
        Assert.Null(fixture.Rules.Evaluate(new EligibilityAnswers { Programme = "LP110", Centre = "Paris", DiplomaLevel = 5 }));
}
