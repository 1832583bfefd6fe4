using System.Text.RegularExpressions;
using Cnam.Bot.Dialogs.Questions;
using Cnam.Bot.Tests.Common;

namespace Cnam.Bot.Tests.Questions;

/// <summary>
/// Issue 4: a question the documents do not answer gets the right contact (an e-mail address or phone number of
/// contacts.yaml) and no figure; a question about a year the documents do not cover never shows a figure as that year's.
/// </summary>
public sealed partial class OutOfScopeTests(QuestionsFixture fixture) : IClassFixture<QuestionsFixture>
{
    private async Task<string> AnswerAsync(string question)
    {
        var replies = await fixture.Conversation().SendAsync(TestConversation.Message(question));
        return string.Join("\n", replies.Select(r => r.Text));
    }

    [Theory]
    [InlineData("quel salaire après la formation ?")]
    [InlineData("combien gagne un conseiller en insertion ?")]
    [InlineData("est-ce que vous proposez un logement étudiant ?")]
    [InlineData("je cherche un master en intervention sociale")]
    [InlineData("la licence est-elle possible en apprentissage ?")]
    [InlineData("vous avez un BTS comptabilité ?")]
    [InlineData("je veux faire un doctorat en sociologie")]
    [InlineData("combien coûte le DEES ?")]
    [InlineData("what is the salary after the degree?")]
    [InlineData("do you offer student housing?")]
    [InlineData("quel est le taux de réussite de la licence ?")]
    [InlineData("What is the success rate of the CASP?")]
    [InlineData("Do I need a computer?")]
    [InlineData("Peut-on faire la licence pro à La Réunion ?")]
    [InlineData("Faut-il un ordinateur ?")]
    public async Task OutOfScopeQuestionGetsAContactAndNoFigure(string question)
    {
        var answer = await AnswerAsync(question);

        AnswerText.AssertContact(answer, fixture.Knowledge);
        Assert.True(AnswerText.Amounts(answer).Count == 0, $"No amount expected for \"{question}\":\n{answer}");
    }

    [Theory]
    [InlineData("quel salaire après la formation ?")]
    [InlineData("est-ce que vous proposez un logement étudiant ?")]
    [InlineData("combien coûte le DEES ?")]
    // Not the programme's parcours, nor the questionnaire: the documents do not speak of Parcoursup.
    [InlineData("Est-ce que la formation est éligible à Parcoursup ?")]
    // What kind of school the Cnam is, not whom a programme is for ("à quel public").
    [InlineData("Le Cnam c'est public ou privé ?")]
    // Whether the internship is paid: no document says (the internship answer says so, not the internship's length).
    [InlineData("le stage est-il rémunéré ?")]
    [InlineData("est-ce que le stage est payé ?")]
    [InlineData("Is the internship paid?")]
    [InlineData("Le stage peut-il être rémunéré ?")]
    // Partnerships with employers: not the employer's fees (a funding named in a question out of scope).
    [InlineData("Y a-t-il des partenariats avec des employeurs ?")]
    // How to pay for the licence: the documents of Paris do not say.
    [InlineData("comment régler la licence ?")]
    // The students' average mark is a result, not the pass mark (which "quelle moyenne pour valider ?" still gets).
    [InlineData("Quelle est la note moyenne des étudiants ?")]
    [InlineData("What is the class average?")]
    // A waiting list, places left: the documents do not say (not the programme's presentation).
    [InlineData("Y a-t-il une liste d'attente pour la licence ?")]
    [InlineData("Reste-t-il des places pour le CASP ?")]
    [InlineData("Is there a waiting list for the CASP?")]
    [InlineData("Are there still places left in the licence?")]
    // How many are admitted: the documents do not say.
    [InlineData("combien de personnes sont admises chaque année ?")]
    // A refresher course: not the programmes' levels (the documents speak of none but the CASP's language support).
    [InlineData("est-ce qu'il y a une prépa ou une remise à niveau ?")]
    // The language of teaching: the documents do not say (an English UE is no answer to it).
    [InlineData("Is the licence taught in English?")]
    [InlineData("la licence est-elle enseignée en anglais ?")]
    // The length of the thesis: the documents do not give it (not the programme's length nor a price).
    [InlineData("Le mémoire, ça fait combien de pages ?")]
    [InlineData("How long should the dissertation be?")]
    [InlineData("How many words is the thesis?")]
    // Bringing someone along is not the papers to bring.
    [InlineData("Can I bring my child to class?")]
    public void OutOfScopeQuestionIsNotFound(string question) =>
        Assert.Equal(AnswerStatus.NotFound, fixture.Ask(question).Status);

    // A subject no document covers, asked in so many words: what is said of it, whatever the rest of the words look like
    // (a mode, a job, a programme), with whom to ask.
    [Theory]
    [InlineData("il y a combien de places en cours du jour ?", "Mes documents ne donnent pas le nombre de places ni la taille des promotions.")]
    [InlineData("how many students per class?", "My documents do not give the number of places or the size of the classes.")]
    [InlineData("quel est le salaire d'un coordonnateur de projets d'insertion ?", "Mes documents ne donnent pas de salaires pour les métiers visés.")]
    [InlineData("What salary can I expect after the CASP?", "My documents give no salaries for the jobs the programmes lead to.")]
    [InlineData("quel est le taux de réussite au CASP ?", "Mes documents ne donnent pas de taux de réussite ni d'insertion.")]
    [InlineData("je peux changer de parcours en cours d'année ?", "Mes documents ne disent pas si l'on peut changer de parcours en cours de formation.")]
    public async Task ASubjectNoDocumentCoversIsSaidSoWithWhomToAsk(string question, string said)
    {
        var answer = await AnswerAsync(question);

        Assert.StartsWith(said, answer);
        AnswerText.AssertContact(answer, fixture.Knowledge);
        Assert.Equal(AnswerStatus.NotFound, fixture.Ask(question).Status);
    }

    // A UE code the documents lack: said so, with the contact, rather than "which programme?" or every UE listed; the
    // known codes that look like it are offered, the nearest first.
    [Theory]
    [InlineData("c'est quoi l'UE XYZ123 ?", "XYZ123", "")]
    [InlineData("c'est quoi l'UE USOA3F ?", "USOA3F", "UASO03")]
    [InlineData("combien de crédits vaut TRS999 ?", "TRS999", "")]
    [InlineData("quand a lieu l'UE TRS108 ?", "TRS108", "TRS107")]
    [InlineData("c'est quoi DRS104 ?", "DRS104", "TRS104")]
    [InlineData("bonjour, UASO09 ça vaut combien d'ects ?", "UASO09", "UASO08")]
    [InlineData("What is UE ANG201?", "ANG201", "ANG200")]
    public async Task UnknownUeCodeIsSaidUnknownWithTheNearestCodes(string question, string code, string nearest)
    {
        var answer = fixture.Ask(question);
        var text = string.Join("\n", answer.Sections.Select(x => x.Text));

        Assert.Equal(AnswerStatus.NotFound, answer.Status);
        Assert.Contains(code, text.Split('\n')[0], StringComparison.Ordinal);
        AnswerText.AssertContact(await AnswerAsync(question), fixture.Knowledge);
        if (nearest.Length > 0)
        {
            Assert.Equal(nearest, answer.Suggestions[0].Value);
        }
        else
        {
            Assert.Empty(answer.Suggestions);
        }
    }

    [Fact]
    public void KnownUeCodeIsNotSaidUnknown()
    {
        var answer = fixture.Ask("c'est quoi TRS107 ?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.DoesNotContain("Je ne trouve pas", string.Join("\n", answer.Sections.Select(x => x.Text)), StringComparison.Ordinal);
    }

    private const string Nov2022 = "2022-11-20T10:00:00";
    private const string Nov2026 = "2026-11-20T10:00:00";

    // The documents hold tariffs for 2022-2023 (seed 000) and 2016-2017 (seeds 003, 004) only; "now" is November 2022, or November 2026 as for today's users.
    [Theory]
    [InlineData("tarifs 2026-2027", "2026", Nov2022)]
    [InlineData("tarifs 2026-2027", "2026", Nov2026)]
    [InlineData("tarifs 2026-2027 de la licence", "2026", Nov2022)]
    [InlineData("combien coûtera la licence en 2026-2027 ?", "2026", Nov2022)]
    [InlineData("combien coûte le CASP en 2026-2027 ?", "2026", Nov2022)]
    [InlineData("les tarifs pour la rentrée 2025 ?", "2025", Nov2022)]
    [InlineData("quels sont les tarifs de l'année prochaine ?", "2023-2024", Nov2022)]
    [InlineData("quels sont les tarifs de l'année prochaine ?", "2027", Nov2026)]
    [InlineData("how much will the licence cost in 2026-2027?", "2026", Nov2022)]
    public async Task FeesOfAYearTheDocumentsDoNotCoverGetAContactAndNoFigureForThatYear(string question, string year, string today)
    {
        var now = new DateTimeOffset(DateTime.Parse(today, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromHours(1));
        var replies = await fixture.Conversation(now: now).SendAsync(TestConversation.Message(question));
        var answer = string.Join("\n", replies.Select(r => r.Text));

        AnswerText.AssertContact(answer, fixture.Knowledge);
        foreach (var line in answer.Split('\n'))
        {
            Assert.False(line.Contains(year, StringComparison.Ordinal) && AnswerText.Amounts(line).Count > 0,
                $"A figure is presented as {year}'s: \"{line}\"");
        }
        // Any figure shown is labelled with the year its document is valid for.
        if (AnswerText.Amounts(answer).Count > 0)
        {
            Assert.True(KnownYear().IsMatch(answer), $"Figures without the year they are valid for:\n{answer}");
        }
        // A fee question is not answered with class dates.
        Assert.False(AnswerText.Has(answer, "séances") || AnswerText.Has(answer, "premier cours") || AnswerText.Has(answer, "planning"),
            $"Class dates in a fee answer:\n{answer}");
    }

    [GeneratedRegex(@"2022-2023|2016-2017", RegexOptions.NonBacktracking)]
    private static partial Regex KnownYear();
}
