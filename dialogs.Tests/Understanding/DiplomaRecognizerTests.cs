using Cnam.Bot.Understanding;

namespace Cnam.Bot.Tests.Understanding;

public class DiplomaRecognizerTests
{
    [Theory]
    [InlineData("j'ai un bac+2", 5, "bac+2")]
    [InlineData("j'ai bac + 3", 6, "bac+3")]
    [InlineData("niveau bac + 2", 5, "bac+2")]
    [InlineData("j'ai un BTS", 5, "BTS")]
    [InlineData("j'ai arrêté en première", 2, "niveau lycée sans le bac")]
    // A year at university, validated or not, was entered with the bac.
    [InlineData("j'ai fait une première année de fac de psycho sans la valider", 4, "études supérieures commencées (bac)")]
    [InlineData("j'ai un an de fac", 4, "études supérieures commencées (bac)")]
    [InlineData("j'ai un BTS SP3S", 5, "BTS SP3S")]
    [InlineData("BTS ESF", 5, "BTS ESF")]
    [InlineData("j'ai un DUT", 5, "DUT")]
    [InlineData("j'ai un BUT carrières sociales", 6, "BUT")]
    [InlineData("un DEUG de sociologie", 5, "DEUG")]
    [InlineData("j'ai une licence", 6, "licence")]
    [InlineData("je suis titulaire d'un master", 7, "master")]
    [InlineData("le titre CIP", 5, "titre CIP")]
    [InlineData("j'ai le niveau bac", 4, "niveau bac")]
    [InlineData("j'ai juste le bac", 4, "bac")]
    [InlineData("j'ai arrêté en terminale", 4, "niveau bac")]
    [InlineData("j'ai le brevet", 2, "brevet")]
    [InlineData("j'ai un CAP", 3, "CAP")]
    [InlineData("un BEP", 3, "BEP")]
    [InlineData("aucun diplôme", 0, "aucun diplôme")]
    [InlineData("j'ai le DEASS", 6, "DEASS")]
    [InlineData("diplômée DEES", 6, "DEES")]
    // "DE" for "diplôme d'État", followed by the profession.
    [InlineData("j'ai un DE d'assistante sociale", 6, "DEASS")]
    [InlineData("j'ai le DE d'éducatrice spécialisée", 6, "DEES")]
    [InlineData("j'ai le DE de moniteur éducateur", 4, "DEME")]
    [InlineData("j'ai le DEME", 4, "DEME")]
    [InlineData("je suis moniteur éducateur diplômé", 4, "DEME")]
    [InlineData("j'ai fait une formation d'aide-soignante", 4, "DEAS")]
    [InlineData("j'ai le diplôme d'auxiliaire de puériculture", 4, "DEAP")]
    [InlineData("je suis infirmière diplômée", 6, "diplôme d'infirmier")]
    [InlineData("I have a nursing assistant diploma", 4, "DEAS")]
    [InlineData("I have a master's degree", 7, "master")]
    [InlineData("j'ai validé une L2 de psychologie", 5, "L2")]
    [InlineData("j'ai fait une L1 de droit", 4, "L1")]
    [InlineData("j'ai un niveau 3e", 2, "niveau lycée sans le bac")]
    [InlineData("j'ai arrêté l'école en 3ème", 2, "niveau lycée sans le bac")]
    [InlineData("j'ai quitté l'école à 16 ans", 2, "niveau lycée sans le bac")]
    [InlineData("I dropped out of high school", 2, "a level below high school")]
    [InlineData("I didn't finish high school", 2, "a level below high school")]
    [InlineData("I have an associate degree", 5, "two-year degree")]
    [InlineData("I graduated from high school", 4, "high school diploma")]
    [InlineData("niveau CAP", 3, "CAP")]
    [InlineData("j'ai le BPJEPS animation sociale", 4, "BPJEPS")]
    [InlineData("titulaire du DEJEPS", 5, "DEJEPS")]
    [InlineData("j'ai le DESJEPS", 6, "DESJEPS")]
    [InlineData("j'ai le DEAMP", 3, "DEAMP")]
    [InlineData("j'ai le DE TISF", 4, "DETISF")]
    [InlineData("mon niveau c'est 1ère", 2, "niveau lycée sans le bac")]
    // University credits held, 60 a year.
    [InlineData("j'ai validé 120 crédits en fac de psycho", 5, "120 ECTS (bac+2)")]
    [InlineData("j'ai 180 crédits en sociologie", 6, "180 ECTS (bac+3)")]
    [InlineData("j'ai validé 60 ECTS", 4, "60 ECTS (bac+1)")]
    [InlineData("I've completed 120 ECTS credits in psychology", 5, "120 ECTS (bac+2)")]
    public void DiplomaIsMappedToALevel(string text, int level, string labelStart)
    {
        var diploma = UnderstandingFixture.Recognize(text).Entities.Diploma;
        Assert.NotNull(diploma);
        Assert.Equal(level, diploma.Level);
        Assert.StartsWith(labelStart, diploma.Label, StringComparison.Ordinal);
    }

    // What the person did with their schooling is their own level, said without "j'ai" / "I have" and not negated.
    [Theory]
    [InlineData("I didn't finish high school")]
    [InlineData("I dropped out of school at 16")]
    [InlineData("je n'ai pas fini le lycée")]
    [InlineData("arrêtée en première")]
    public void SchoolingLeftIsTheOwnLevel(string text)
    {
        var diploma = UnderstandingFixture.Recognize(text).Entities.Diploma;
        Assert.NotNull(diploma);
        Assert.Equal(2, diploma.Level);
        Assert.True(diploma.Held);
        Assert.False(diploma.Negated);
    }

    [Theory]
    [InlineData("j'ai le titre CIP", true, false)]
    [InlineData("Can I join the licence pro if I hold the CIP title?", true, false)]
    [InlineData("j'ai le titre chargé d'accompagnement social et professionnel", false, true)]
    [InlineData("j'ai obtenu le CASP", false, true)]
    [InlineData("j'ai un BTS", false, false)]
    public void CipAndCnamFirstCycleFlagsAreSet(string text, bool isCip, bool isCnamFirstCycle)
    {
        var diploma = UnderstandingFixture.Recognize(text).Entities.Diploma;
        Assert.NotNull(diploma);
        Assert.Equal(isCip, diploma.IsCip);
        Assert.Equal(isCnamFirstCycle, diploma.IsCnamFirstCycle);
        Assert.True(diploma.Held);
    }

    [Theory]
    [InlineData("Avec un diplôme d'État d'assistant de service social, je peux entrer en licence ?", 6)]
    [InlineData("j'ai le diplôme d'état de moniteur éducateur", 4)]
    [InlineData("Avec le CP29, puis-je faire le titre CASP ?", 4)]
    [InlineData("je peux faire le CASP avec une licence de sociologie ?", 6)]
    [InlineData("je suis éducateur spécialisé diplômé d'état", 6)]
    [InlineData("je travaille comme éducatrice spécialisée, diplôme d'état", 6)]
    [InlineData("assistante sociale diplômée d'état", 6)]
    // The age said between "j'ai" and the diploma.
    [InlineData("J'ai 45 ans, un BEP et 12 ans d'expérience comme aide à domicile", 3)]
    [InlineData("j'ai 30 ans et un bac pro", 4)]
    public void ADiplomaNamedAsTheDiplomaOfIsHeld(string text, int level)
    {
        var diploma = UnderstandingFixture.Recognize(text).Entities.Diploma;
        Assert.NotNull(diploma);
        Assert.Equal(level, diploma.Level);
        Assert.True(diploma.Held);
    }

    [Theory]
    [InlineData("je suis diplômé en BTS ESF", true)]
    [InlineData("je suis diplômée d'un DUT", true)]
    // "diplôme" folds as "diplômé" does: a question about the diploma a programme gives holds none.
    [InlineData("elle donne quel diplôme la licence pro ?", false)]
    // Credits are held after a possession cue only: a programme's credits are not.
    [InlineData("la licence fait 120 crédits ?", false)]
    [InlineData("combien coûtent 120 crédits à la Réunion ?", false)]
    public void DiplomeIsAPossessionCueOnlyAsAnAdjective(string text, bool held)
    {
        var diploma = UnderstandingFixture.Recognize(text).Entities.Diplomas.FirstOrDefault();
        Assert.Equal(held, diploma?.Held == true);
    }

    // Someone else's diploma ("ma fille vient d'avoir son bac"), and a diploma that names what one is ("je suis AES");
    // a diploma one studies for is not held.
    [Theory]
    [InlineData("ma fille vient d'avoir son bac, peut-elle faire le CASP ?", "bac", true)]
    [InlineData("il a un BTS, il peut faire la licence ?", "BTS", true)]
    [InlineData("je suis AES, ça compte comme diplôme pour le CASP ?", "DEAES", true)]
    // The job its diploma names, with no diploma said: the job, not the diploma.
    [InlineData("je suis CIP depuis 5 ans sans diplôme, la licence ?", "aucun diplôme", true)]
    [InlineData("je suis en BTS, je peux faire la licence ?", "BTS", false)]
    [InlineData("je suis intéressée par le CASP", null, false)]
    // Listed beside a number of years: one item of the profile the person gives.
    [InlineData("ancienne commerciale 15 ans, bac STG, je voudrais travailler dans le social", "bac", true)]
    [InlineData("BTS SP3S et 3 ans en mission locale", "BTS SP3S", true)]
    [InlineData("j'ai 15 ans d'expérience, le bac est-il obligatoire ?", "bac", false)]
    // The programme after a sequence cue, with another named later, is the one held when asking about the other.
    [InlineData("après le CASP je peux faire la licence ?", "titre CASP", true)]
    [InlineData("une fois le CP29 obtenu je peux faire le CASP ?", "certificat CP29", true)]
    [InlineData("After the CASP, can I do the licence?", "titre CASP", true)]
    [InlineData("après le CASP, quels métiers ?", null, false)]
    // The programme's award in the passive, not the person's diploma; the person's own still is.
    [InlineData("comment est validée la licence ?", null, false)]
    [InlineData("comment est obtenu le CASP ?", null, false)]
    [InlineData("j'ai validé une licence de socio", "licence", true)]
    // A message that says only a diploma answers who the person is; a programme's name alone is the programme.
    [InlineData("bac +2", "bac+2", true)]
    [InlineData("un BTS ESF", "BTS ESF", true)]
    [InlineData("CAP petite enfance", "CAP petite enfance", true)]
    [InlineData("bac+2 c'est quoi ?", "bac+2", false)]
    [InlineData("licence", null, false)]
    public void ThirdPersonAndJobTitleDiplomasAreHeld(string text, string? label, bool held)
    {
        var diplomas = UnderstandingFixture.Recognize(text).Entities.Diplomas;
        var diploma = diplomas.FirstOrDefault(d => d.Held) ?? diplomas.FirstOrDefault();
        Assert.Equal(label, diploma?.Label);
        Assert.Equal(held, diploma?.Held == true);
    }

    [Fact]
    public void StoppingStudiesWithoutAGradeIsNoDiploma()
    {
        // "arrêté en première" is a level; "arrêté mes études" says none, the BTS after it does.
        var u = UnderstandingFixture.Recognize("j'ai arrêté mes études après mon BTS");
        Assert.Equal("BTS", Assert.Single(u.Entities.Diplomas).Label);
    }

    [Fact]
    public void AProgrammeNamedAfterNoDiplomaIsNotADiplomaHeld()
    {
        var u = UnderstandingFixture.Recognize("Je suis conseillère en insertion depuis 6 ans sans diplôme, la licence c'est possible ?");
        var diploma = Assert.Single(u.Entities.Diplomas);
        Assert.Equal(0, diploma.Level);
        Assert.Equal(Programme.LicencePro, u.Entities.Programme);
    }

    [Theory]
    // The comma is gone once normalised: a programme's name right after a diploma held is the programme asked about.
    [InlineData("j'ai un DUT carrières sociales, licence en cours du jour : tarif ?", 1)]
    // Joined by "et", it is a second diploma held.
    [InlineData("j'ai un BTS et une licence, je peux faire quoi ?", 2)]
    public void AProgrammesNameRightAfterADiplomaIsHeldOnlyWhenListed(string text, int held)
    {
        var u = UnderstandingFixture.Recognize(text);
        Assert.Equal(held, u.Entities.Diplomas.Count(d => d.Held));
        Assert.Equal(held == 1, u.Entities.Programme == Programme.LicencePro);
    }

    [Fact]
    public void TheNameOfADiplomaWantedIsNotHeld()
    {
        var diploma = UnderstandingFixture.Recognize("je voudrais le diplôme d'éducateur spécialisé").Entities.Diploma;
        Assert.NotNull(diploma);
        Assert.False(diploma.Held);
    }

    [Theory]
    [InlineData("J'ai un bac+2, je voudrais commencer avec le CP29")]
    [InlineData("je voudrais continuer avec le CASP")]
    [InlineData("Quelles compétences vais-je acquérir avec le CASP ?")]
    // Someone in general, not the person.
    [InlineData("Dans quelles structures peut travailler un titulaire de la licence ?")]
    [InlineData("que devient une titulaire du CASP ?")]
    public void AProgrammeToStartWithIsNoDiplomaHeld(string text)
    {
        var u = UnderstandingFixture.Recognize(text);
        Assert.DoesNotContain(u.Entities.Diplomas, d => d.Held && (d.Label.Contains("CP29", StringComparison.Ordinal) || d.IsCnamFirstCycle));
        Assert.NotNull(u.Entities.Programme);
    }

    [Theory]
    [InlineData("j'ai validé une L2 de psychologie")]
    [InlineData("je n'ai que le bac")]
    public void ADiplomaValidatedOrAloneIsHeld(string text)
    {
        var diploma = UnderstandingFixture.Recognize(text).Entities.Diploma;
        Assert.NotNull(diploma);
        Assert.True(diploma.Held);
        Assert.False(diploma.Negated);
    }

    [Fact]
    public void ADiplomaFailedIsNotTheOneHeld()
    {
        // "J'ai raté mon BTS, je n'ai que le bac": the bac is what the person holds.
        var diploma = UnderstandingFixture.Recognize("J'ai raté mon BTS, je n'ai que le bac, je peux faire la licence ?").Entities.Diploma;
        Assert.NotNull(diploma);
        Assert.Equal(4, diploma.Level);
        Assert.False(diploma.Negated);
    }

    [Fact]
    public void NegatedDiplomaIsFlagged()
    {
        var diploma = UnderstandingFixture.Recognize("je n'ai pas le bac").Entities.Diploma;
        Assert.NotNull(diploma);
        Assert.Equal(4, diploma.Level);
        Assert.True(diploma.Negated);
        Assert.False(diploma.Held);
    }

    [Theory]
    [InlineData("je voudrais faire la licence pro")]
    [InlineData("le master existe ?")]
    [InlineData("le titre CASP en cours du soir")]
    public void ProgrammeNamesAreNoDiplomaUnlessOwned(string text)
    {
        Assert.Empty(UnderstandingFixture.Recognize(text).Entities.Diplomas);
    }

    [Fact]
    public void BareAnswerIsADiplomaWhenTheDialogAskedForOne()
    {
        var diploma = UnderstandingFixture.Recognize("une licence", new RecognizerContext(Expecting: Expectation.Diploma)).Entities.Diploma;
        Assert.NotNull(diploma);
        Assert.Equal(6, diploma.Level);
    }

    [Fact]
    public void BestDiplomaIsTheHighestHeld()
    {
        var diploma = UnderstandingFixture.Recognize("j'ai le bac et un BTS").Entities.Diploma;
        Assert.Equal("BTS", diploma?.Label);
    }

    [Fact]
    public void QuestionAboutADiplomaIsNotOwnership()
    {
        var diploma = UnderstandingFixture.Recognize("Faut-il avoir le bac pour faire la formation ?").Entities.Diploma;
        Assert.NotNull(diploma);
        Assert.False(diploma.Held);
    }
}
