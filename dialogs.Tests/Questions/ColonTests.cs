namespace Cnam.Bot.Tests.Questions;

/// <summary>French puts a space before a colon, English does not: the answers' headings and lines follow the question's language.</summary>
public sealed class ColonTests(QuestionsFixture fixture) : IClassFixture<QuestionsFixture>
{
    private static readonly DateTimeOffset Nov20 = new(2022, 11, 20, 10, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData("day classes, which UE on 12 January 2023?", "(Thursday 12 January 2023):", "Thursday 12 January 2023: AST113")]
    [InlineData("When do the day classes start?", "professional integration track): first class on", null)]
    [InlineData("When is the welcome day for the day course?", "track):", "Monday 14 November 2022: Journée d'accueil")]
    [InlineData("What is TRS102?", "Les dispositifs d'insertion et leurs acteurs: **4 ECTS**", null)]
    [InlineData("How long is the CASP?", "(Paris): 2 à 3 ans", null)]
    [InlineData("How much does the VAE cost in Réunion?", "professionnelle: **1 200 €**", null)]
    public void EnglishAnswersPutNoSpaceBeforeAColon(string question, string heading, string? line)
    {
        var text = string.Join("\n", fixture.Ask(question, now: Nov20).Sections.Select(x => x.Text));

        Assert.Contains(heading, text);
        if (line is not null)
        {
            Assert.Contains(line, text);
        }
    }

    [Fact]
    public void FrenchPlanningAnswersKeepTheSpaceBeforeAColon()
    {
        var text = string.Join("\n", fixture.Ask("en cours du jour, quelle UE le 12 janvier 2023 ?", now: Nov20).Sections.Select(x => x.Text));

        Assert.Contains("(jeudi 12 janvier 2023) :", text);
        Assert.Contains("jeudi 12 janvier 2023 : AST113", text);
    }
}
