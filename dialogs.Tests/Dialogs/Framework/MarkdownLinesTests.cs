using Cnam.Bot.Dialogs.Framework;

namespace Cnam.Bot.Tests.Dialogs.Framework;

/// <summary>
/// A message's lines stay lines once its markdown is rendered by Web Chat (CommonMark without "breaks"): two lines of
/// text are joined by a hard break, a line after a list starts a new paragraph, a list keeps its items.
/// </summary>
public class MarkdownLinesTests
{
    [Theory]
    [InlineData("Une ligne", "Une ligne")]
    // Two lines of text: a hard break, not one paragraph.
    [InlineData("Paris : **Non**.\nLa Réunion : **Non**.", "Paris : **Non**.  \nLa Réunion : **Non**.")]
    // A list opened under a line, and its items: as they are.
    [InlineData("Les voies :\n- VAE\n- VES", "Les voies :\n- VAE\n- VES")]
    // A line after a list: a paragraph of its own, not the last item's continuation.
    [InlineData("- VAE\n- VES\nAdmission : un entretien.", "- VAE\n- VES\n\nAdmission : un entretien.")]
    // Paragraphs, numbered items and a line already ending in a hard break: unchanged.
    [InlineData("Titre\n\nTexte", "Titre\n\nTexte")]
    [InlineData("Étapes :\n1. Définir le stage\n2) Faire la convention", "Étapes :\n1. Définir le stage\n2) Faire la convention")]
    [InlineData("Ligne  \nSuite", "Ligne  \nSuite")]
    // Source lines, one per document.
    [InlineData("_Source : A_\n_Source : B_", "_Source : A_  \n_Source : B_")]
    public void LinesStayLinesOnceRendered(string text, string expected) =>
        Assert.Equal(expected, MarkdownLines.Kept(text));

    [Fact]
    public void AListInsideAnItemStaysInsideIt()
    {
        var steps = MarkdownLines.Numbered(["Vérifiez votre éligibilité.", "Une question ? Écrivez à :\n- A (Cnam Paris)\n- B (Cnam Paris)", "Venez."]);

        Assert.Equal("1. Vérifiez votre éligibilité.\n2. Une question ? Écrivez à :\n   - A (Cnam Paris)\n   - B (Cnam Paris)\n3. Venez.", steps);
        Assert.Equal("- Pièces : un CV.\n- Écrivez à :\n  - A", MarkdownLines.Bulleted(["Pièces : un CV.", "Écrivez à :\n- A"]));
        // Rendered, the numbering goes on after the nested list.
        Assert.Equal(steps, MarkdownLines.Kept(steps));
    }
}
