using Cnam.Bot.Dialogs.Framework;

namespace Cnam.Bot.Dialogs;

/// <summary>
/// A dialog whose language is fixed when it starts (the eligibility questionnaire): the commands said while it runs
/// ("menu", "stop") are answered in its language.
/// </summary>
public interface ISpeaksLanguage
{
    /// <summary>"en" when the running <paramref name="instance"/> speaks English, else null (French).</summary>
    string? LanguageOf(DialogInstance instance);

    /// <summary>The options that start the dialog afresh in <paramref name="language"/> ("recommencer" / "restart").</summary>
    object? StartOptions(string? language);
}
