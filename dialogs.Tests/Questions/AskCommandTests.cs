using Cnam.Bot.Dialogs.Questions;

namespace Cnam.Bot.Tests.Questions;

/// <summary><c>kb ask</c>: staff see how a question is understood, which way the bot takes it, and the answer.</summary>
public sealed class AskCommandTests(QuestionsFixture fixture) : IClassFixture<QuestionsFixture>
{
    [Fact]
    public void AskShowsIntentsEntitiesRouteAndTheAnswerWithItsSource()
    {
        var output = new StringWriter();
        var code = AskCommand.Run(["je", "suis", "salarié,", "combien", "coûte", "le", "CP29", "en", "cours", "du", "soir", "si", "mon", "employeur", "paie", "?",
            "--now", "2022-11-20T10:00:00+01:00"], fixture.Knowledge, output);
        var text = output.ToString();
        Assert.Equal(0, code);
        Assert.Contains("intentions : tariffs", text);
        Assert.Contains("\"Funding\":\"Employer\"", text);
        Assert.Contains("parcours du bot : réponse aux questions", text);
        Assert.Contains("144 €", text);
        Assert.Contains("2016-2017", text);
    }

    [Fact]
    public void AQuestionAboutOneselfShowsTheQuestionnaireRoute()
    {
        var output = new StringWriter();
        AskCommand.Run(["J'ai un BTS ESF et 3 ans en mission locale, je peux faire la licence pro ?"], fixture.Knowledge, output);
        Assert.Contains("parcours du bot : questionnaire d'éligibilité", output.ToString());
    }

    [Theory]
    [InlineData()]
    [InlineData("--now")]
    [InlineData("question", "--now", "hier")]
    public void MissingQuestionOrBadDateIsAUsageError(params string[] args)
    {
        var output = new StringWriter();
        Assert.Equal(2, AskCommand.Run(args, fixture.Knowledge, output));
        Assert.Contains(AskCommand.Usage, output.ToString());
    }
}
