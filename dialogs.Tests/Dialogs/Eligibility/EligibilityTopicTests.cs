using Cnam.Bot.Dialogs.Eligibility;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Tests.Dialogs.Eligibility;

/// <summary>Which messages start the questionnaire, the fee simulation, or stay questions for the answerer.</summary>
public sealed class EligibilityTopicTests(EligibilityFixture fixture) : IClassFixture<EligibilityFixture>
{
    [Theory]
    [InlineData("je voudrais savoir si je peux m'inscrire", "Eligibility")]
    [InlineData("Suis-je éligible ?", "Eligibility")]
    [InlineData("est-ce que je remplis les conditions pour m'inscrire ?", "Eligibility")]
    [InlineData("J'ai un BTS ESF et 3 ans en mission locale, je peux faire la licence pro ?", "Eligibility")]
    [InlineData("J'ai juste le bac mais ça fait 5 ans que je suis conseillère en insertion, je peux m'inscrire en licence pro ?", "Eligibility")]
    [InlineData("Je n'ai aucun diplôme mais 4 ans comme animateur, la licence c'est possible ?", "Eligibility")]
    [InlineData("Niveau terminale, 2 ans de vendeuse, je voudrais faire le CP29 à la Réunion", "Eligibility")]
    [InlineData("j'ai une licence de psycho, aucune expérience, je veux faire la licence pro", "Eligibility")]
    [InlineData("Je suis au chômage, combien me coûterait l'UE TET003 en cours du soir ?", "")]
    [InlineData("Le titre CASP est-il éligible au CPF ?", "")]
    [InlineData("Quel niveau de diplôme faut-il pour entrer en licence pro intervention sociale ?", "")]
    [InlineData("combien je paierai en soir sur 2 ans avec mon employeur ?", "Fees")]
    [InlineData("je voudrais simuler mes frais pour le titre CASP", "Fees")]
    [InlineData("combien coûte la licence pro en cours du soir ?", "")]
    [InlineData("je paye tout seul la licence en cours de jour c combien", "")]
    [InlineData("Le titre CIP permet-il d'accéder à la licence pro intervention sociale ?", "")]
    [InlineData("Pour le titre CASP, j'ai 18 mois d'expérience mais dans la vente, ça suffit ?", "")]
    [InlineData("Can I join the licence pro if I hold the CIP title?", "")]
    [InlineData("c'est quoi la VAPP ?", "")]
    // Starting a programme, or someone else's profile, asks whether one may enter; starting in a month asks when.
    [InlineData("je suis en première année de BTS, je peux commencer le CASP ?", "Eligibility")]
    [InlineData("mon fils a 19 ans et a le bac, il peut faire le CASP ?", "Eligibility")]
    [InlineData("je peux commencer en février ?", "")]
    [InlineData("je suis au RSA, je peux faire le CP29 gratuitement ?", "")]
    // A mode named with only a "je peux": how the programme may be followed; asking to enrol or to be checked still starts it.
    [InlineData("je peux faire la licence le soir ?", "")]
    [InlineData("je travaille la journée, je peux suivre les cours du soir ?", "")]
    // A job said beside the mode: whether the mode fits it, even with "puis-je faire"; without the job, the check.
    [InlineData("je travaille, puis-je faire la licence en cours du soir ?", "")]
    [InlineData("puis-je faire la licence en cours du soir ?", "Eligibility")]
    [InlineData("je voudrais m'inscrire en cours du soir", "Eligibility")]
    [InlineData("Suis-je éligible au CASP en cours du soir ?", "Eligibility")]
    // A profile alone, "diplôme" in it a weak cue of the award conditions.
    [InlineData("je n'ai aucun diplôme et je travaille depuis 20 ans en mission locale", "Eligibility")]
    // In English: a plain request or a personal simulation (see EligibilityEnglishTests); a profile given keeps the
    // answerer's verdict for each programme unless it asks which to choose, and a fee question not about what the person
    // will pay stays a question.
    [InlineData("Am I eligible?", "Eligibility")]
    [InlineData("Check my eligibility", "Eligibility")]
    [InlineData("Can you check whether I can enrol?", "Eligibility")]
    [InlineData("Am I eligible for the licence?", "Eligibility")]
    // Changing careers with a job said: the questionnaire.
    [InlineData("je travaille comme secrétaire médicale et je voudrais changer de métier", "Eligibility")]
    // A diploma obtained abroad: the entry answer (whose recognition the documents do not give), not the questionnaire.
    [InlineData("j'ai un diplôme étranger, est-ce que je peux m'inscrire ?", "")]
    // Wanting to apply or enrol in a programme named: the questionnaire, as "je veux m'inscrire au CP29" in French.
    [InlineData("I want to apply for the CP29 in Paris", "Eligibility")]
    [InlineData("I'd like to enrol in the CASP", "Eligibility")]
    [InlineData("How much would I pay?", "Fees")]
    [InlineData("How much would I pay for the licence?", "Fees")]
    [InlineData("I have a BTS, can I enrol in the licence?", "")]
    [InlineData("I have a high school diploma", "")]
    // A profile that asks which programme to choose gets the questionnaire's recommendation, as in French.
    [InlineData("I hold a bachelor's degree and I work in a job centre. Which programme fits me?", "Eligibility")]
    [InlineData("I have a bac pro and I've been a youth worker for 8 years. Which programme would suit me?", "Eligibility")]
    [InlineData("Can I apply to the licence with a BTS?", "")]
    [InlineData("How much is the licence in evening classes?", "")]
    [InlineData("What are the fees for the CASP in La Réunion if my employer pays?", "")]
    // Working full time is the person's job, not the day classes asked.
    [InlineData("Je suis salariée à plein temps, je peux faire le CASP ?", "Eligibility")]
    // A place that is no centre: where the programme is taught (and, with a profile, the verdict), not the questionnaire.
    [InlineData("Je suis à Lyon, est-ce que je peux suivre la licence ?", "")]
    [InlineData("J'habite en Guadeloupe, j'ai un BTS, je peux faire le CASP ?", "")]
    public void TopicStartsOnlyWhenAskedForEligibilityOrAPersonalSimulation(string text, string mode)
    {
        var started = fixture.Topic.TryRecognize(Turn(text), out var options);

        Assert.Equal(mode.Length > 0, started);
        if (started)
        {
            var answers = Assert.IsType<EligibilityStart>(options).Answers!;
            Assert.Equal(Enum.Parse<EligibilityMode>(mode), answers.Mode);
        }
    }

    [Fact]
    public void TheFirstSentenceFillsEverySlotItGives()
    {
        fixture.Topic.TryRecognize(Turn("J'ai un BTS ESF et 3 ans en mission locale, je peux faire la licence pro ?"), out var options);
        var a = ((EligibilityStart)options!).Answers!;

        Assert.Equal(("LP110", 5, 36, "insertion"), (a.Programme, a.DiplomaLevel, a.ExperienceMonths, a.ExperienceField));
    }

    [Fact]
    public void AStudyLevelOrNoDiplomaSaidWithoutJaiStillDescribesTheApplicant()
    {
        fixture.Topic.TryRecognize(Turn("Niveau terminale, 2 ans de vendeuse, je voudrais faire le CP29 à la Réunion"), out var options);
        var a = ((EligibilityStart)options!).Answers!;
        Assert.Equal(("CP29", "La Réunion", 4, true, 24), (a.Programme, a.Centre, a.DiplomaLevel, a.StudyLevelOnly, a.ExperienceMonths));

        fixture.Topic.TryRecognize(Turn("Je n'ai aucun diplôme mais 4 ans comme animateur, la licence c'est possible ?"), out options);
        Assert.Equal(0, ((EligibilityStart)options!).Answers!.DiplomaLevel);
    }

    [Fact]
    public void ASimulationKeepsModalityPlanAndFunding()
    {
        fixture.Topic.TryRecognize(Turn("combien je paierai en soir sur 2 ans avec mon employeur ?"), out var options);
        var a = ((EligibilityStart)options!).Answers!;

        Assert.Equal(("soir", 2, Cnam.Bot.Understanding.Funding.Employer), (a.Modality, a.PlanYears, a.FundingSaid));
    }

    [Fact]
    public void TheResultCardButtonsAreClaimed()
    {
        var restart = Turn(null, new { action = "eligibility/restart" });
        var contact = Turn(null, new { action = "eligibility/contact", programme = "LP110", centre = "Paris" });
        var other = Turn(null, new { action = "meeting/register" });

        Assert.True(fixture.Topic.TryRecognize(restart, out var restartOptions));
        Assert.NotNull(((EligibilityStart)restartOptions!).Answers);
        Assert.True(fixture.Topic.TryRecognize(contact, out var contactOptions));
        Assert.Equal("LP110", ((EligibilityStart)contactOptions!).FollowUp!.Programme);
        Assert.False(fixture.Topic.TryRecognize(other, out _));
    }

    internal static TurnContext Turn(string? text, object? value = null) => new(
        new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            ChannelId = "webchat",
            Value = value is null ? null : System.Text.Json.JsonSerializer.SerializeToElement(value),
        },
        new BufferedReplySink());
}
