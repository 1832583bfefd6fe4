using Cnam.Bot.Understanding;

namespace Cnam.Bot.Tests.Understanding;

public class ExperienceRecognizerTests
{
    [Theory]
    [InlineData("3 ans en mission locale", 36, ExperienceField.Insertion)]
    [InlineData("un an et demi dans un CHRS", 18, ExperienceField.Insertion)]
    [InlineData("conseillère en insertion depuis 5 ans", 60, ExperienceField.Insertion)]
    [InlineData("ça fait 5 ans que je suis conseillère en insertion", 60, ExperienceField.Insertion)]
    [InlineData("18 mois dans la vente", 18, ExperienceField.Other)]
    [InlineData("je suis AESH depuis 3 ans", 36, ExperienceField.Other)]
    [InlineData("2 ans comme formatrice en insertion", 24, ExperienceField.Insertion)]
    [InlineData("4 ans comme aide médico-psychologique", 48, ExperienceField.AccompagnementSocialProfessionnel)]
    [InlineData("J'ai un CAP petite enfance et 2 ans en crèche", 24, ExperienceField.Other)]
    [InlineData("5 ans en EHPAD", 60, ExperienceField.Other)]
    [InlineData("j'ai 18 mois d'expérience mais dans la vente", 18, ExperienceField.Other)]
    [InlineData("je suis vendeuse depuis vingt-quatre mois", 24, ExperienceField.Other)]
    [InlineData("2 ans à Pôle emploi", 24, ExperienceField.Insertion)]
    [InlineData("6 mois au CCAS", 6, ExperienceField.AccompagnementSocialProfessionnel)]
    // A past job after a wish ("en reconversion, ancienne commerciale 15 ans") is still experience.
    [InlineData("je suis en reconversion, ancienne commerciale 15 ans, bac STG", 180, ExperienceField.Other)]
    [InlineData("j'ai 1,5 an d'expérience en tant qu'éducatrice", 18, ExperienceField.AccompagnementSocialProfessionnel)]
    [InlineData("4 ans au PIJ", 48, ExperienceField.AccueilInformationOrientation)]
    [InlineData("3 ans dans un chantier d'insertion", 36, ExperienceField.Insertion)]
    [InlineData("I worked 2 years as a social worker", 24, ExperienceField.AccompagnementSocialProfessionnel)]
    [InlineData("j'accompagne des demandeurs d'emploi depuis 3 ans", 36, ExperienceField.Insertion)]
    [InlineData("je travaille avec des personnes sans domicile depuis 2 ans", 24, ExperienceField.AccompagnementSocialProfessionnel)]
    [InlineData("je m'occupais de personnes âgées 3 ans", 36, ExperienceField.Other)]
    [InlineData("I worked 3 years in a community centre helping people find jobs", 36, ExperienceField.Insertion)]
    [InlineData("2 years as a youth worker in a homeless shelter", 24, ExperienceField.AccompagnementSocialProfessionnel)]
    [InlineData("I've been a receptionist at the town hall for 4 years", 48, ExperienceField.AccueilInformationOrientation)]
    [InlineData("I was a sales assistant for 5 years", 60, ExperienceField.Other)]
    // A job held in an insertion structure is experience in insertion, whatever comes first in the sentence.
    [InlineData("je travaille depuis 3 ans comme agent d'accueil dans une mission locale", 36, ExperienceField.Insertion)]
    [InlineData("animatrice dans un chantier d'insertion depuis 2 ans", 24, ExperienceField.Insertion)]
    [InlineData("4 ans comme agent d'accueil dans un centre social", 48, ExperienceField.AccompagnementSocialProfessionnel)]
    // Since a year or a month, until the fixture's today (20 November 2022): from the end of a year said alone (the least
    // it can be), from the first of a month said.
    [InlineData("je travaille en mission locale depuis 2019", 35, ExperienceField.Insertion)]
    [InlineData("conseillère en insertion depuis septembre 2021", 14, ExperienceField.Insertion)]
    [InlineData("I have been a youth worker in a shelter since 2020", 23, ExperienceField.AccompagnementSocialProfessionnel)]
    public void ExperienceHasMonthsAndField(string text, int months, ExperienceField field)
    {
        var experience = UnderstandingFixture.Recognize(text).Entities.Experience;
        Assert.NotNull(experience);
        Assert.Equal(months, experience.Months);
        Assert.Equal(field, experience.Field);
    }

    [Theory]
    // A workplace followed by a paying verb is who pays: a funding, not where one worked.
    [InlineData("6 ans d'expérience, je veux faire le CASP en journée, pôle emploi paie", Funding.FranceTravail)]
    [InlineData("3 ans d'expérience, pôle emploi me finance la licence", Funding.FranceTravail)]
    public void AWorkplaceThatPaysIsAFunding(string text, Funding funding)
    {
        var u = UnderstandingFixture.Recognize(text);
        Assert.Equal(funding, u.Entities.Funding);
        Assert.NotEqual(ExperienceField.Insertion, u.Entities.Experience?.Field);
    }

    [Theory]
    [InlineData("je n'ai jamais travaillé")]
    [InlineData("aucune expérience")]
    [InlineData("I have no experience")]
    public void NoExperienceIsZeroMonthsOfNone(string text)
    {
        var experience = UnderstandingFixture.Recognize(text).Entities.Experience;
        Assert.NotNull(experience);
        Assert.Equal(0, experience.Months);
        Assert.Equal(ExperienceField.None, experience.Field);
    }

    [Theory]
    [InlineData("j'ai de l'expérience dans l'insertion", ExperienceField.Insertion)]
    [InlineData("une grosse expérience dans l'accompagnement social et pro", ExperienceField.AccompagnementSocialProfessionnel)]
    [InlineData("je suis éducatrice", ExperienceField.AccompagnementSocialProfessionnel)]
    public void ExperienceWithoutDurationHasAFieldButNoMonths(string text, ExperienceField field)
    {
        var experience = UnderstandingFixture.Recognize(text).Entities.Experience;
        Assert.NotNull(experience);
        Assert.Null(experience.Months);
        Assert.Equal(field, experience.Field);
    }

    // What the person wants to do is not their experience.
    [Theory]
    [InlineData("je suis vendeuse depuis 10 ans et je veux devenir conseillère en insertion", 120, ExperienceField.Other)]
    [InlineData("j'ai 45 ans, un BEP et 15 ans dans le commerce, je veux me reconvertir dans le social", 180, ExperienceField.Other)]
    [InlineData("j'aimerais travailler en mission locale, j'ai 3 ans d'expérience comme caissière", 36, ExperienceField.Other)]
    [InlineData("je voudrais faire le CASP, je suis éducatrice depuis 5 ans", 60, ExperienceField.AccompagnementSocialProfessionnel)]
    [InlineData("I worked 4 years as a cashier and I want to become a job coach", 48, ExperienceField.Other)]
    public void AWishIsNoExperience(string text, int months, ExperienceField field)
    {
        var experience = UnderstandingFixture.Recognize(text).Entities.Experience;
        Assert.NotNull(experience);
        Assert.Equal(months, experience.Months);
        Assert.Equal(field, experience.Field);
    }

    [Theory]
    [InlineData("Licence pro en cours du soir financée par Pôle emploi : quel tarif ?")]
    [InlineData("Cours du soir étalés sur 2 ans en financement perso")]
    [InlineData("je suis en parcours insertion professionnelle")]
    [InlineData("combien d'heures de stage ?")]
    public void NoExperienceIsReadWhereNoneIsSaid(string text)
    {
        Assert.Null(UnderstandingFixture.Recognize(text).Entities.Experience);
    }

    [Fact]
    public void WorkplaceOfAnExperienceIsNotAFunding()
    {
        var entities = UnderstandingFixture.Recognize("j'ai travaillé 3 ans à Pôle emploi").Entities;
        Assert.Null(entities.Funding);
        Assert.Equal(ExperienceField.Insertion, entities.Experience?.Field);
    }

    [Fact]
    public void BareDurationIsAnExperienceWhenTheDialogAskedForOne()
    {
        var experience = UnderstandingFixture.Recognize("3 ans", new RecognizerContext(Expecting: Expectation.Experience)).Entities.Experience;
        Assert.Equal(36, experience?.Months);
    }

    // "qui finance" is who pays, even asked for an experience; the finance sector is a field where one works.
    [Theory]
    [InlineData("c'est mon employeur qui finance", null)]
    // "je finance moi-même" at the field's question: who pays, not the finance sector.
    [InlineData("je finance moi-même", null)]
    [InlineData("je me finance", null)]
    [InlineData("je travaille dans la finance depuis 3 ans", ExperienceField.Other)]
    [InlineData("3 ans dans la vente, mon employeur paie", ExperienceField.Other)]
    public void APayingVerbIsNoField(string text, ExperienceField? field)
    {
        var entities = UnderstandingFixture.Recognize(text, new RecognizerContext(Expecting: Expectation.Experience)).Entities;
        Assert.Equal(field, entities.Experience?.Field);
    }

    [Theory]
    // A year ahead is no time worked; a year said without "depuis" stays a date, not an experience's length.
    [InlineData("je travaille en mission locale depuis 2023")]
    [InlineData("j'ai travaillé en mission locale en 2019")]
    [InlineData("je suis moniteur éducateur diplômé depuis 2015")]
    public void AYearThatIsNoTimeWorkedGivesNoMonths(string text) =>
        Assert.Null(UnderstandingFixture.Recognize(text).Entities.Experience?.Months);

    [Fact]
    public void SinceAMonthIsATimeWorkedForTheExperienceAndStaysADateForTheRest()
    {
        // "quels cours depuis janvier 2023 ?" asks of that month's classes: the date is kept.
        var entities = UnderstandingFixture.Recognize("je suis animatrice depuis janvier 2020").Entities;

        Assert.Equal(34, entities.Experience?.Months);
        Assert.Equal(new DateOnly(2020, 1, 1), Assert.Single(entities.Dates).Start);
        Assert.Empty(entities.Durations);
    }
}
