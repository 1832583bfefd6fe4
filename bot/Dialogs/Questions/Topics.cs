namespace Cnam.Bot.Dialogs.Questions;

/// <summary>Small helpers shared by the topic answerers.</summary>
public static class Topics
{
    /// <summary>Markdown bullet lines.</summary>
    public static string Bullets(IEnumerable<string?> lines) =>
        string.Join("\n", lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => "- " + l!.Trim()));

    /// <summary>The programmes as buttons; only those taught at the centre the question names, when the knowledge base is given.</summary>
    public static IReadOnlyList<Suggestion> ProgrammeChoices(Slots s, Knowledge.KnowledgeBase? kb = null)
    {
        var all = new (string Code, Suggestion Button)[]
        {
            ("LP110", new(Format.ProgrammeShort("LP110", s.Language), "Licence pro intervention sociale")),
            ("CPN42", new(Format.ProgrammeShort("CPN42", s.Language), "Titre CASP")),
            ("CP29", new(Format.ProgrammeShort("CP29", s.Language), "Certificat CP29")),
        };
        var taught = kb is not null && s.CentreSaid && s.Centre is not null
            ? all.Where(p => kb.Programmes(p.Code, s.Centre).Count > 0).ToList()
            : [];
        return (taught.Count > 0 ? taught : all.ToList()).Select(p => p.Button).ToList();
    }

    /// <summary>Asks which programme the question is about.</summary>
    public static Clarify AskProgramme(Slots s, Knowledge.KnowledgeBase? kb = null) =>
        new(s.L("De quelle formation parlez-vous ?", "Which programme do you mean?"), ProgrammeChoices(s, kb));
}
