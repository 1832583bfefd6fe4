using System.Globalization;
using Cnam.Bot.Tests.Common;

namespace Cnam.Bot.Tests.Questions;

/// <summary>
/// Issue 4: each topic answers with the document's facts and its provenance (the answer ends with a
/// "Source : title (valable year)" line). Expected values come from the seeds (/work/shared/seeds), not from the bot:
/// <c>expected</c> lists fragments that must appear ("a | b") or must not ("!c"); <c>source</c> is the seed's number.
/// </summary>
public sealed partial class TopicAnswerTests(QuestionsFixture fixture) : IClassFixture<QuestionsFixture>
{
    private const string Nov20 = "2022-11-20";

    private async Task AssertAnswerAsync(string question, string expected, string source, string today)
    {
        var now = new DateTimeOffset(DateTime.ParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddHours(10), TimeSpan.FromHours(1));
        var replies = await fixture.Conversation(now: now).SendAsync(TestConversation.Message(question));
        var answer = Assert.Single(replies).Text ?? "";
        AnswerText.AssertFragments(answer, expected, $"\"{question}\"");
        AnswerText.AssertSource(answer, fixture.Knowledge, source);
    }

    // The licence is taught in Paris only: asked at La Réunion, the answer says so and answers for Paris, with its contact,

    // never with La Réunion's fees for its other programmes.
    [Theory]
    [InlineData("combien coûte la licence à La Réunion ?", "ne propose pas la Licence professionnelle | qu'au Cnam Paris | 820 € | par_intervention-sociale@lecnam.net | !60 €", "000")]
    [InlineData("Qui contacter pour la licence à La Réunion ?", "qu'au Cnam Paris | par_intervention-sociale@lecnam.net | !Je n'ai pas cette information", "000")]
    [InlineData("How much is the licence in Reunion?", "only Cnam Paris | 820 €", "000")]
    // Whether a centre offers it: the same.
    [InlineData("est ce que le cnam de la réunion propose la licence intervention sociale ?", "ne propose pas la Licence professionnelle | qu'au Cnam Paris | 60 ECTS | !Je n'ai pas cette information", "000")]
    [InlineData("Does Cnam La Réunion offer the licence?", "does not offer the Licence professionnelle | only Cnam Paris does | 60 ECTS", "000")]
    public Task AProgrammeAskedAtACentreThatDoesNotTeachItIsAnsweredForTheCentreThatDoes(string question, string expected, string source) =>
        AssertAnswerAsync(question, expected, source, Nov20);
}
