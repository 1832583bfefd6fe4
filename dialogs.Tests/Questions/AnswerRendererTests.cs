using Cnam.Bot.Dialogs.Questions;

namespace Cnam.Bot.Tests.Questions;

/// <summary>The message an answer becomes: its sections, then one source line per document, in the answer's language.</summary>
public class AnswerRendererTests
{
    private static readonly Answer Answered = new(AnswerStatus.Answered,
        [new AnswerSection("Texte", [new Provenance("000_x.txt", "Licence professionnelle", "2022-2023", "Paris")])], [], QuestionContext.Empty);

    [Theory]
    // French puts a space before the colon, English does not.
    [InlineData("fr", "Texte\n\n_Source : Licence professionnelle (valable 2022-2023)_")]
    [InlineData("en", "Texte\n\n_Source: Licence professionnelle (valid for 2022-2023)_")]
    public void TheSourceLineIsWrittenInTheAnswersLanguage(string language, string expected) =>
        Assert.Equal(expected, AnswerRenderer.ToActivity(Answered, language).Text);

    [Fact]
    public void EveryDocumentOfTheAnswerGetsItsSourceLineOnce()
    {
        // An overview of four programmes' internships and a workshop sentence of a fifth document: five sources, none
        // dropped (a fact is never left without its source), the one repeated written once.
        var sources = Enumerable.Range(0, 5).Select(i => new Provenance($"00{i}_x.txt", $"Document {i}", "2022-2023", null)).ToList();
        var answer = Answered with { Sections = [new AnswerSection("Texte", [.. sources, sources[0]])] };

        var text = AnswerRenderer.ToActivity(answer, "fr").Text ?? "";

        Assert.All(sources, p => Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, $"_Source : {p.SourceTitle} ")));
    }

    [Fact]
    public void TheMessagesLinesAreKeptForWebChatsMarkdown()
    {
        // "Admission : …" after the routes' list would otherwise continue their last item, and two source lines one line.
        var answer = Answered with
        {
            Sections = [new AnswerSection("**Accès**\n- Accès direct : le bac.\nAdmission : un entretien.", [
                new Provenance("003_x.txt", "Titre CASP", "2016-2017", "Paris"), new Provenance("004_x.txt", "CASP La Réunion", "2016-2017", "La Réunion")])],
        };

        Assert.Equal("**Accès**\n- Accès direct : le bac.\n\nAdmission : un entretien.\n\n_Source : Titre CASP (valable 2016-2017)_  \n_Source : CASP La Réunion (valable 2016-2017)_",
            AnswerRenderer.ToActivity(answer, "fr").Text);
    }
}
