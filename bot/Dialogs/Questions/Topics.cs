namespace Cnam.Bot.Dialogs.Questions;

/// <summary>Small helpers shared by the topic answerers.</summary>
public static class Topics
{
    /// <summary>Markdown bullet lines.</summary>
    public static string Bullets(IEnumerable<string?> lines) =>
        string.Join("\n", lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => "- " + l!.Trim()));

    /// <summary>The three programmes as buttons.</summary>
    public static IReadOnlyList<Suggestion> ProgrammeChoices(Slots s) =>
    [
        new(s.L("Licence pro (LP110)", "Licence pro (LP110)"), "Licence pro intervention sociale"),
        new(s.L("Titre CASP (CPN42)", "CASP title (CPN42)"), "Titre CASP"),
        new(s.L("Certificat CP29", "CP29 certificate"), "Certificat CP29"),
    ];

    /// <summary>Asks which programme the question is about.</summary>
    public static Clarify AskProgramme(Slots s) =>
        new(s.L("De quelle formation parlez-vous ?", "Which programme do you mean?"), ProgrammeChoices(s));
}
