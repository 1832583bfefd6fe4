using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Dialogs;

/// <summary>
/// A conversation the main dialog can start on request (eligibility questionnaire, meeting registration,
/// schedule questions…). Register implementations as singletons: <see cref="MainDialog"/> adds each
/// <see cref="Dialog"/> and, for a message when nothing is in progress, starts the first topic (in
/// registration order) that recognises it, before falling back on the question answerer.
/// </summary>
public interface IDialogTopic
{
    /// <summary>The topic's top-level dialog; "recommencer" restarts it from its first step.</summary>
    Dialog Dialog { get; }

    /// <summary>
    /// True when <paramref name="turn"/>'s message asks for this topic; <paramref name="options"/> then holds the
    /// dialog's answers record with whatever the message already told (or null).
    /// </summary>
    bool TryRecognize(TurnContext turn, out object? options);

    /// <summary>
    /// As <see cref="TryRecognize(TurnContext, out object?)"/>, with the conversation's state: a topic that continues
    /// its own last answer ("et après ?" after the next class) reads it here.
    /// </summary>
    bool TryRecognize(DialogContext dc, out object? options) => TryRecognize(dc.Turn, out options);
}
