using Cnam.Bot.Understanding;

namespace Cnam.Bot.Tests.Understanding;

public class EntityRecognizerTests
{
    [Theory]
    [InlineData("la LP", Programme.LicencePro)]
    [InlineData("la licence pro", Programme.LicencePro)]
    [InlineData("la licence", Programme.LicencePro)]
    [InlineData("LP110", Programme.LicencePro)]
    [InlineData("licens pro", Programme.LicencePro)]
    [InlineData("le CASP", Programme.Casp)]
    [InlineData("le titre", Programme.Casp)]
    [InlineData("chargé d'accompagnement social et pro", Programme.Casp)]
    [InlineData("CPN42", Programme.Casp)]
    [InlineData("le CP29", Programme.Cp29)]
    [InlineData("le certificat professionnel", Programme.Cp29)]
    [InlineData("combien coute le cp 29", Programme.Cp29)]
    [InlineData("le cpn 42 dure combien de temps", Programme.Casp)]
    [InlineData("lp 110 tarifs", Programme.LicencePro)]
    [InlineData("the professional licence", Programme.LicencePro)]
    public void ProgrammeSynonymsAreRecognised(string text, Programme expected)
    {
        Assert.Equal(expected, UnderstandingFixture.Recognize(text).Entities.Programme);
    }

    [Theory]
    [InlineData("parcours insertion professionnelle", Parcours.InsertionProfessionnelle)]
    [InlineData("parcours insertion pro", Parcours.InsertionProfessionnelle)]
    [InlineData("insertion sociale et professionnelle", Parcours.InsertionProfessionnelle)]
    [InlineData("les UE du parcours insertion par la culture", Parcours.InsertionCulture)]
    [InlineData("le parcours culture", Parcours.InsertionCulture)]
    [InlineData("I'm in the evening classes, integration track", Parcours.InsertionProfessionnelle)]
    public void ParcoursIsRecognisedAndImpliesTheLicence(string text, Parcours expected)
    {
        var entities = UnderstandingFixture.Recognize(text).Entities;
        Assert.Equal([expected], entities.Domain.ParcoursList);
        Assert.Equal(Programme.LicencePro, entities.Programme);
    }

    [Theory]
    [InlineData("10 ans d'expérience comme animateur socio-culturel")]
    [InlineData("je suis animatrice socio culturelle")]
    public void ASocioCulturalJobIsNoParcours(string text)
    {
        var entities = UnderstandingFixture.Recognize(text).Entities;
        Assert.Empty(entities.Domain.ParcoursList);
        Assert.Null(entities.Programme);
    }

    [Theory]
    [InlineData("à Paris", Centre.Paris)]
    [InlineData("au Cnam de La Réunion", Centre.LaReunion)]
    [InlineData("Réunion", Centre.LaReunion)]
    [InlineData("dans le 974", Centre.LaReunion)]
    [InlineData("le centre régional du Port (Cnam Réunion)", Centre.LePort)]
    [InlineData("à St Louis", Centre.SaintLouis)]
    [InlineData("à Saint-Benoît", Centre.SaintBenoit)]
    public void CentreIsRecognised(string text, Centre expected)
    {
        Assert.Equal(expected, UnderstandingFixture.Recognize(text).Entities.Centre);
    }

    [Theory]
    [InlineData("la réunion d'information")]
    [InlineData("il y a une réunion ?")]
    public void MeetingIsNoCentre(string text)
    {
        Assert.Null(UnderstandingFixture.Recognize(text).Entities.Centre);
    }

    [Theory]
    [InlineData("en cours du jour", Modality.Day)]
    [InlineData("en journée", Modality.Day)]
    [InlineData("à temps plein", Modality.Day)]
    [InlineData("en cours du soir", Modality.Evening)]
    [InlineData("le soir", Modality.Evening)]
    [InlineData("HTT", Modality.Evening)]
    [InlineData("à distance", Modality.Distance)]
    [InlineData("en FOAD", Modality.Distance)]
    [InlineData("en visio", Modality.Distance)]
    [InlineData("en alternance", Modality.Alternance)]
    [InlineData("evening classes", Modality.Evening)]
    [InlineData("day classes", Modality.Day)]
    public void ModalityIsRecognised(string text, Modality expected)
    {
        Assert.Equal(expected, UnderstandingFixture.Recognize(text).Entities.Modality);
    }

    // "jour" beside the programme's name is the day classes; the programme is still named.
    [Theory]
    [InlineData("j'ai cours demain ? licence jour", Programme.LicencePro, Modality.Day)]
    [InlineData("combien coûte la licence de jour ?", Programme.LicencePro, Modality.Day)]
    [InlineData("le casp de jour c'est combien ?", Programme.Casp, Modality.Day)]
    [InlineData("What do I have this week? day licence", Programme.LicencePro, Modality.Day)]
    [InlineData("the evening licence, how long?", Programme.LicencePro, Modality.Evening)]
    public void AModalityBesideTheProgrammesNameNamesBoth(string text, Programme programme, Modality modality)
    {
        var entities = UnderstandingFixture.Recognize(text).Entities;
        Assert.Equal(programme, entities.Programme);
        Assert.Equal(modality, entities.Modality);
    }

    [Theory]
    [InlineData("je travaille à temps plein, est-ce que je peux suivre la licence ?")]
    [InlineData("je suis salariée à temps plein")]
    [InlineData("est-ce que je peux suivre la formation tout en travaillant à temps plein ?")]
    [InlineData("I work full time, can I still do the licence?")]
    public void TheApplicantsOwnFullTimeJobIsNoModality(string text)
    {
        Assert.Null(UnderstandingFixture.Recognize(text).Entities.Modality);
    }

    [Theory]
    [InlineData("c'est mon employeur qui paie", Funding.Employer)]
    [InlineData("pris en charge par mon OPCO", Funding.Opco)]
    [InlineData("avec l'OPCA", Funding.Opco)]
    [InlineData("avec mon CPF", Funding.Cpf)]
    [InlineData("financée par Pôle emploi", Funding.FranceTravail)]
    [InlineData("avec France Travail", Funding.FranceTravail)]
    [InlineData("je paie moi-même", Funding.Individual)]
    [InlineData("je paye tout seul", Funding.Individual)]
    [InlineData("financement perso", Funding.Individual)]
    [InlineData("c'est moi qui paie", Funding.Individual)]
    [InlineData("par mes propres moyens", Funding.Individual)]
    [InlineData("de ma poche", Funding.Individual)]
    [InlineData("out of my own pocket", Funding.Individual)]
    [InlineData("je suis demandeur d'emploi", Funding.JobSeeker)]
    [InlineData("je suis au chômage", Funding.JobSeeker)]
    [InlineData("inscrite à Pôle emploi", Funding.JobSeeker)]
    [InlineData("un tiers payeur", Funding.ThirdParty)]
    [InlineData("forfait DIF", Funding.Dif)]
    public void FundingIsRecognised(string text, Funding expected)
    {
        Assert.Equal(expected, UnderstandingFixture.Recognize(text).Entities.Funding);
    }

    [Theory]
    [InlineData("demandeur d'emploi catégorie 1", 1)]
    [InlineData("cat. 5 à 8", 5)]
    [InlineData("catégorie B", 2)]
    public void JobSeekerCategoryIsRead(string text, int category)
    {
        var entities = UnderstandingFixture.Recognize(text).Entities;
        Assert.Equal(category, entities.JobSeekerCategory);
        Assert.Contains(Funding.JobSeeker, entities.Domain.Fundings);
    }

    [Theory]
    [InlineData("étalé sur deux ans", 2)]
    [InlineData("cours du soir sur 2 ans", 2)]
    [InlineData("sur un an", 1)]
    [InlineData("en 1 an", 1)]
    [InlineData("spread over two years", 2)]
    // Right after the licence's name, its length; the licence named, and no "licence 2" (L2) diploma read.
    [InlineData("licence 2 ans cours du soir pole emploi prix", 2)]
    [InlineData("licence pro 1 an cours du soir", 1)]
    public void PlanLengthIsRead(string text, int years)
    {
        var u = UnderstandingFixture.Recognize(text);
        Assert.Equal(years, u.Entities.PlanYears);
        Assert.DoesNotContain(u.Entities.Diplomas, d => d.Label == "L2");
    }

    [Theory]
    // Years of work after a diploma's name are no plan.
    [InlineData("j'ai une licence 3 ans d'expérience en mission locale", 36)]
    [InlineData("j'ai une licence 2 ans d'expérience", 24)]
    public void YearsOfExperienceAfterTheLicenceAreNoPlan(string text, int months)
    {
        var u = UnderstandingFixture.Recognize(text);
        Assert.Null(u.Entities.PlanYears);
        Assert.Equal(months, u.Entities.Experience?.Months);
    }

    [Fact]
    public void PlanLengthIsNotAnExperience()
    {
        var entities = UnderstandingFixture.Recognize("je travaille, je voudrais le faire sur 2 ans").Entities;
        Assert.Equal(2, entities.PlanYears);
        Assert.Null(entities.Experience?.Months);
    }

    [Theory]
    [InlineData("c koi l'UE TRS107", "TRS107")]
    [InlineData("trs 107", "TRS107")]
    [InlineData("UASO08 ça correspond à quoi", "UASO08")]
    [InlineData("le UA211G", "UA211G")]
    [InlineData("ANG200 en cours du jour", "ANG200")]
    [InlineData("c'est quoi l'UA2322 ?", "UA2322")]
    // Letters no UE of the catalogue has, after a word that says it is one: a UE the answer says it does not know.
    [InlineData("c'est quoi l'UE XYZ123 ?", "XYZ123")]
    [InlineData("le module ABC12", "ABC12")]
    [InlineData("What is UE FAD111?", "FAD111")]
    // In a shape no catalogue code has (letters, a digit, a letter), still a code once a word says it is a UE.
    [InlineData("c'est quoi l'UE USOA3F ?", "USOA3F")]
    [InlineData("the unit AB12C, what is it?", "AB12C")]
    public void UeCodeIsRecognisedWhateverItsCaseAndSpacing(string text, string code)
    {
        Assert.Equal([code], UnderstandingFixture.Recognize(text).Entities.UeCodes);
    }

    [Theory]
    [InlineData("LP110")]
    [InlineData("CPN42")]
    [InlineData("la VAP85")]
    [InlineData("covid19")]
    [InlineData("la rentrée 2023")]
    [InlineData("cours 2023")]
    [InlineData("c'est quoi XYZ123 ?")]
    [InlineData("le CASP ou CPN42")]
    [InlineData("l'UE de 3h30 c'est quoi")]
    [InlineData("l'UE 2024 est-elle ouverte ?")]
    public void ProgrammeAndOtherCodesAreNoUe(string text)
    {
        Assert.Empty(UnderstandingFixture.Recognize(text).Entities.UeCodes);
    }

    [Theory]
    [InlineData("l'UE de sociologie", "AST002")]
    [InlineData("le cours de psychopatologie", "PSY001")]
    [InlineData("conduite de projets collectifs en insertion par la culture", "CCE109")]
    [InlineData("méthodologie du mémoire", "CCE113")]
    [InlineData("l'UE sur le travail et l'emploi", "TET006")]
    public void UeTitleIsMatchedAgainstTheCatalogue(string text, string code)
    {
        var titles = UnderstandingFixture.Recognize(text).Entities.UeTitles;
        Assert.NotEmpty(titles);
        Assert.Equal(code, titles[0].Code);
    }

    [Theory]
    [InlineData("peut-on la faire en apprentissage ?")]
    [InlineData("qui valide le stage pratique ?")]
    [InlineData("comment faire ma convention de stage en cours du soir ?")]
    // A funding said is not "Initiation aux questions du travail et de l'emploi" (TET006).
    [InlineData("combien coûte une UE si je suis demandeur d'emploi ?")]
    [InlineData("une UE financée par Pôle emploi")]
    public void OneCommonTitleWordIsNoUe(string text)
    {
        Assert.Empty(UnderstandingFixture.Recognize(text).Entities.UeTitles);
    }

    [Fact]
    public void EntityRecognizerWorksAlone()
    {
        var recognizer = new EntityRecognizer(Lexicon.Default);
        var entities = recognizer.Recognize(UnderstandingFixture.Normalize("la LP en cours du soir à Paris avec mon CPF"));
        Assert.Equal(Programme.LicencePro, entities.Programme);
        Assert.Equal(Modality.Evening, entities.Modality);
        Assert.Equal(Centre.Paris, entities.Centre);
        Assert.Equal(Funding.Cpf, entities.Funding);
    }
}
