namespace Cnam.Bot.Dialogs.Framework.Prompts;

/// <summary>The choice recognised in an answer: its value, its zero-based index, and how close the match was (0..1).</summary>
public sealed record FoundChoice(string Value, int Index, double Score);
