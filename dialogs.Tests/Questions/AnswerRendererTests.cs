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
}
