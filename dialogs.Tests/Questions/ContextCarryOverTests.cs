using Cnam.Bot.Protocol;
using Cnam.Bot.Tests.Common;

namespace Cnam.Bot.Tests.Questions;

/// <summary>
/// Issue 4: multi-turn conversations through the real <see cref="Dialogs.CnamBot"/>, knowledge base and recogniser.
/// A follow-up that names only a modality, a funding, a programme or a UE is answered with the rest of the previous
/// question; a new programme does not inherit what belonged to the old one. Figures are the documents' (seeds 000, 003, 004).
/// </summary>
public sealed partial class ContextCarryOverTests(QuestionsFixture fixture) : IClassFixture<QuestionsFixture>
{
    private static string Text(IReadOnlyList<Activity> replies) => string.Join("\n", replies.Select(r => r.Text));

    private async Task<string> SayAsync(TestConversation conversation, string text) =>
        Text(await conversation.SendAsync(TestConversation.Message(text)));

    [Theory]
    [InlineData("c'est quoi le CASP ?", "et le CP29 ?", "quelle est la différence entre les deux ?", "sont aussi des UE du titre | **Titre CASP (CPN42)** — accès | **Certificat CP29** — accès")]
    [InlineData("quelles sont les UE du CASP ?", "et celles du CP29 ?", "lesquelles sont en commun ?", "Les 6 UE du certificat professionnel CP29 (TET099, AST004, TRS001, CCE001, TET003, TET007) sont aussi des UE du titre")]
    [InlineData("What is the CASP?", "and the CP29?", "what's the difference between them?", "are also units of the titre | **CP29 certificate** — entry")]
    public async Task TheTwoProgrammesOfTheConversationAreBothWhenNoneIsNamed(string first, string second, string both, string expected)
    {
        var conversation = fixture.Conversation();
        await SayAsync(conversation, first);
        await SayAsync(conversation, second);
        AnswerText.AssertFragments(await SayAsync(conversation, both), expected, "both programmes");
    }

    [Fact]
    public async Task TheCommonCoreOfTheLicenceIsStillItsOwnAfterOneProgramme()
    {
        var conversation = fixture.Conversation();
        await SayAsync(conversation, "quelles sont les UE de la licence ?");
        AnswerText.AssertFragments(await SayAsync(conversation, "lesquelles sont communes aux deux parcours ?"), "Tronc commun | !CASP", "the licence's common core");
    }

    [Fact]
    public async Task TheTwoParcoursAreTheLicencesNotTheTwoProgrammesOfTheConversation()
    {
        var conversation = fixture.Conversation();
        await SayAsync(conversation, "c'est quoi le CASP ?");
        await SayAsync(conversation, "et la licence ?");
        AnswerText.AssertFragments(await SayAsync(conversation, "quelle est la différence entre les deux parcours ?"),
            "Insertion par la culture | !Chargé d'accompagnement social et professionnel** (CPN42", "the licence's parcours");
    }

    [Fact]
    public async Task ASubjectAskedOfTheUesOfTheConversationsProgrammeListsThoseOnIt()
    {
        var conversation = fixture.Conversation();
        await SayAsync(conversation, "je voudrais des infos sur la licence");
        var subject = await SayAsync(conversation, "quelle UE parle de communication ?");

        AnswerText.AssertFragments(subject, "« communication » | CCE105 | !TRS103", "the licence's UEs on communication");
        AnswerText.AssertSource(subject, fixture.Knowledge, "000");
    }

    [Fact]
    public async Task GoingOnAfterTheProgrammeOfTheConversationIsItsFurtherStudy()
    {
        var conversation = fixture.Conversation();
        await SayAsync(conversation, "c quoi le cp29");
        var next = await SayAsync(conversation, "et apres je peux continuer ?");

        // Its 6 UEs are the CASP's first: said before the jobs the documents do not list for it.
        AnswerText.AssertFragments(next, "Poursuite d'études : les 6 UE du certificat professionnel CP29 | sont aussi des UE du titre Chargé d'accompagnement",
            "the CP29's further study");
        Assert.StartsWith("Poursuite d'études", next);
    }

    [Theory]
    [InlineData("je voudrais des infos sur la licence", "et c'est quand la rentrée ?")]
    [InlineData("comment s'inscrire à la licence ?", "et les dates ?")]
    public async Task AWhenAfterAnotherQuestionAsksTheDatesNotThatQuestionAgain(string first, string then)
    {
        var conversation = fixture.Conversation();
        var before = await SayAsync(conversation, first);
        var dates = await SayAsync(conversation, then);

        Assert.NotEqual(before, dates);
        AnswerText.AssertFragments(dates, "lundi 3 octobre 2022", "the licence's first evening class");
    }

    [Fact]
    public async Task TheDifferenceWithAnotherProgrammeComparesItWithTheProgrammeOfTheConversation()
    {
        var conversation = fixture.Conversation();
        await SayAsync(conversation, "combien coûte le CASP en cours du soir ?");

        // Seeds 003 and 004: the CASP bac+2, 120 ECTS; the CP29 bac+1, 54 ECTS, its 6 UE those of the titre.
        var difference = await SayAsync(conversation, "quelle est la différence avec le CP29 ?");
        AnswerText.AssertFragments(difference,
            "**Titre CASP (CPN42)** — accès : niveau bac ; niveau de sortie : bac+2 | **Certificat CP29** — accès : niveau bac ; niveau de sortie : bac+1 | 54 ECTS | sont aussi des UE | !144 €",
            "difference");

        // In English, "What's..." reads like a follow-up of the fee question; a difference asked is still a comparison.
        var english = fixture.Conversation();
        await SayAsync(english, "What are the fees for the CASP in La Réunion if my employer pays?");
        AnswerText.AssertFragments(await SayAsync(english, "What's the difference with the CP29?"),
            "**CP29 certificate** — entry: niveau bac | !per ECTS", "english difference");
    }

    [Fact]
    public async Task AQuestionForTheUsersOwnCaseContinuesTheLastTopicRatherThanStartingTheQuestionnaire()
    {
        var conversation = fixture.Conversation();
        await SayAsync(conversation, "il y a un stage dans la licence ?");

        // Seed 001: the internship is required of those who cannot show a year's experience in the field.
        var ownCase = await SayAsync(conversation, "je dois le faire si je travaille déjà dans l'insertion ?");
        AnswerText.AssertFragments(ownCase, "Stage — Licence pro (LP110) | expérience minimale d'un an | !Je vérifie avec vous", "own case");
    }

    [Fact]
    public async Task TheCentreOfTheConversationCarriesToTheInternshipAndTheContact()
    {
        var conversation = fixture.Conversation();
        await SayAsync(conversation, "combien coûte le CASP à la Réunion ?");

        var internship = await SayAsync(conversation, "et il y a un stage ?");
        Assert.Contains("(La Réunion)", internship, StringComparison.Ordinal);
        Assert.DoesNotContain("(Paris)", internship, StringComparison.Ordinal);

        var contact = await SayAsync(conversation, "qui je contacte ?");
        Assert.Contains("Cnam La Réunion", contact, StringComparison.Ordinal);
        // Nothing said of which contact: the centre's reception, for any question (not a site's contact).
        Assert.StartsWith("**Service accueil — Centre régional du Port", contact, StringComparison.Ordinal);
        Assert.DoesNotContain("Je n'ai pas cette information", contact, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWhatIsOnQuestionAfterAProgrammeQuestionGetsTheDayNotTheProgrammeAgain()
    {
        var conversation = fixture.Conversation(now: new DateTimeOffset(2022, 11, 21, 10, 0, 0, TimeSpan.FromHours(1)));
        await SayAsync(conversation, "combien coûte la licence ?");

        var thursday = await SayAsync(conversation, "qu'est-ce que j'ai jeudi en cours du soir ?");

        AnswerText.AssertFragments(thursday, "jeudi 24 novembre 2022 | TRS102 | !tronc commun", "thursday");
    }

    [Fact]
    public async Task AProfileAfterAnEntryQuestionIsAnsweredForTheCentreAskedAbout()
    {
        var conversation = fixture.Conversation();
        await SayAsync(conversation, "quelles sont les conditions d'accès au CASP à la Réunion ?");
        var profile = await SayAsync(conversation, "je n'ai pas le bac");

        AnswerText.AssertFragments(profile, "Accès — Titre CASP (CPN42), Cnam La Réunion | Sans bac | VAP85 | !Cnam Paris**", "La Réunion's routes only");
    }

    [Theory]
    // The centre said is the person's: another programme named after it is answered for that centre (both centres teach
    // the CP29); a centre that only came from the licence (taught in Paris alone) is not carried over.
    [InlineData("combien coûte le CASP à la Réunion ?", "et pour le CP29 ?", "54 ECTS | 3 358 € | !144 €")]
    [InlineData("combien coûte le CASP à Paris en cours du soir ?", "et pour le CP29 ?", "144 € | !60 € par ECTS")]
    [InlineData("combien coûte la licence ?", "et pour le CASP ?", "Cnam Paris | Cnam La Réunion")]
    public async Task TheCentreSaidStaysForAnotherProgramme(string first, string second, string expected)
    {
        var conversation = fixture.Conversation();
        await SayAsync(conversation, first);
        AnswerText.AssertFragments(await SayAsync(conversation, second), expected, "the centre of the conversation");
    }

    [Theory]
    // A follow-up that only adds what does not change the answer is told so, before the same answer.
    [InlineData("quelles sont les conditions d'accès à la licence ?", "en cours du soir", "C'est la même réponse en cours du soir | bac+2")]
    [InlineData("What are the entry requirements for the licence?", "and in the evening?", "The answer is the same in evening classes | bac+2")]
    public async Task AFollowUpThatChangesNothingIsToldSo(string first, string second, string expected)
    {
        var conversation = fixture.Conversation();
        AnswerText.AssertFragments(await SayAsync(conversation, first), "bac+2 | !C'est la même réponse | !The answer is the same", "the first answer");
        AnswerText.AssertFragments(await SayAsync(conversation, second), expected, "the same answer");
        // Asked again with nothing new, it is no follow-up that adds anything.
        AnswerText.AssertFragments(await SayAsync(conversation, second), "bac+2 | !C'est la même réponse | !The answer is the same", "asked again");
    }

    [Fact]
    public async Task ContextIsKeptPerConversation()
    {
        var first = fixture.Conversation();
        var second = fixture.Conversation();
        await SayAsync(first, "combien coûte la licence en cours du soir ?");

        // The other conversation knows nothing of the licence: the bare follow-up gets every programme's employer fees
        // (the CASP's 144 € a credit among them), where the first one's gets the licence's evening fee only.
        var other = await SayAsync(second, "et si c'est mon employeur qui paie ?");
        Assert.True(AnswerText.Has(other, "144 €"), other);
        var same = await SayAsync(first, "et si c'est mon employeur qui paie ?");
        Assert.True(AnswerText.Has(same, "3 000 €"), same);
        Assert.False(AnswerText.Has(same, "144 €"), same);
    }
}
