namespace Cnam.Bot.Dialogs.Framework;

/// <summary>A dialog stack, innermost last; saved in conversation state between turns.</summary>
public sealed class DialogState
{
    public List<DialogInstance> Stack { get; set; } = [];
}
