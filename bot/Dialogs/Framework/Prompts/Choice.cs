namespace Cnam.Bot.Dialogs.Framework.Prompts;

/// <summary>
/// One option of a <see cref="ChoicePrompt"/>: <see cref="Value"/> is what the dialog gets back,
/// <see cref="Title"/> what the user sees (defaults to the value), <see cref="Synonyms"/> other ways to say it.
/// </summary>
public sealed record Choice(string Value)
{
    public string? Title { get; init; }

    public IReadOnlyList<string> Synonyms { get; init; } = [];

    public string DisplayTitle => Title ?? Value;
}
