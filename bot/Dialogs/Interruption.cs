using Cnam.Bot.Knowledge.Text;

namespace Cnam.Bot.Dialogs;

/// <summary>A command the user may type at any moment, whatever dialog is waiting.</summary>
public enum Interruption
{
    /// <summary>The message is not a command.</summary>
    None,

    /// <summary>"aide": show the help, then ask the pending question again.</summary>
    Help,

    /// <summary>"annuler": cancel everything in progress.</summary>
    Cancel,

    /// <summary>"recommencer": start the current top-level dialog again from its first step.</summary>
    Restart,

    /// <summary>"menu": cancel everything and show the main entry points.</summary>
    Menu,
}

/// <summary>
/// Recognises <see cref="Interruption"/> commands. Only a message that is the command as a whole counts
/// ("aide", "Aide !", "annuler svp"), so "aides financières" stays a question. Accents and case are ignored.
/// </summary>
public static class InterruptionRecognizer
{
    private static readonly Dictionary<string, Interruption> Commands = new(StringComparer.Ordinal)
    {
        ["aide"] = Interruption.Help, ["a l aide"] = Interruption.Help, ["help"] = Interruption.Help,
        ["au secours"] = Interruption.Help, ["besoin d aide"] = Interruption.Help, ["j ai besoin d aide"] = Interruption.Help,
        ["annuler"] = Interruption.Cancel, ["annule"] = Interruption.Cancel, ["annulez"] = Interruption.Cancel,
        ["cancel"] = Interruption.Cancel, ["stop"] = Interruption.Cancel, ["arreter"] = Interruption.Cancel,
        ["arrete"] = Interruption.Cancel, ["arretez"] = Interruption.Cancel, ["laisse tomber"] = Interruption.Cancel,
        ["laissez tomber"] = Interruption.Cancel, ["quitter"] = Interruption.Cancel,
        ["recommencer"] = Interruption.Restart, ["recommence"] = Interruption.Restart, ["recommencons"] = Interruption.Restart,
        ["on recommence"] = Interruption.Restart, ["restart"] = Interruption.Restart, ["start over"] = Interruption.Restart,
        ["reprendre depuis le debut"] = Interruption.Restart, ["depuis le debut"] = Interruption.Restart,
        ["menu"] = Interruption.Menu, ["menu principal"] = Interruption.Menu, ["retour au menu"] = Interruption.Menu,
        ["accueil"] = Interruption.Menu, ["retour"] = Interruption.Menu, ["main menu"] = Interruption.Menu,
        // "back" is "retour": the menu, except in the eligibility questions, where it takes the last answer back.
        ["back"] = Interruption.Menu,
    };

    private static readonly string[] PoliteEndings = [" s il vous plait", " s il te plait", " svp", " stp", " please", " merci"];

    // The commands that are English words only ("stop" and "menu" are French as well).
    private static readonly HashSet<string> EnglishCommands = new(StringComparer.Ordinal) { "help", "cancel", "restart", "start over", "main menu" };

    public static Interruption Recognize(string? text) => Commands.GetValueOrDefault(Command(text), Interruption.None);

    /// <summary>"en" when the command is said in English ("cancel", "help please"), else null (French).</summary>
    public static string? Language(string? text) =>
        EnglishCommands.Contains(Command(text)) || FrenchText.Fold(text).EndsWith(" please", StringComparison.Ordinal) ? "en" : null;

    private static string Command(string? text)
    {
        var folded = FrenchText.Fold(text);
        foreach (var ending in PoliteEndings)
        {
            if (folded.EndsWith(ending, StringComparison.Ordinal))
            {
                folded = folded[..^ending.Length];
            }
        }
        return folded;
    }
}
