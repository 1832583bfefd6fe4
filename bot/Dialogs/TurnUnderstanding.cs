using Cnam.Bot.Protocol;
using Cnam.Bot.Understanding;

namespace Cnam.Bot.Dialogs;

/// <summary>
/// Understands a text once per turn. Several parts look at the same message in one turn (the topics in turn, then
/// the question answerer or the schedule recogniser); recognition is pure (<see cref="IUtteranceRecognizer"/>), so
/// each text and context is recognised once and shared for the rest of the turn, and never beyond it. With no context
/// given, a day or month said without a year is read inside the turn's academic year, as the question answerer and
/// the schedules read it: the message is then recognised once.
/// </summary>
public static class TurnUnderstanding
{
    private static readonly object Key = new();

    /// <summary>
    /// What <paramref name="text"/> means on this turn's "now" and <paramref name="context"/> (by default, the academic
    /// year of "now": <see cref="RecognizerContext.ForAcademicYearOf"/>).
    /// </summary>
    public static Utterance Recognize(this IUtteranceRecognizer recognizer, TurnContext turn, string? text, RecognizerContext? context = null)
    {
        context ??= RecognizerContext.ForAcademicYearOf(turn.Now);
        text ??= string.Empty;
        if (!turn.Items.TryGetValue(Key, out var found))
        {
            found = new List<Recognized>(2);
            turn.Items[Key] = found;
        }
        var seen = (List<Recognized>)found;
        foreach (var r in seen)
        {
            if (r.Context == context && string.Equals(r.Text, text, StringComparison.Ordinal))
            {
                return r.Utterance;
            }
        }
        var utterance = recognizer.Recognize(text, turn.Now, context);
        seen.Add(new Recognized(text, context, utterance));
        return utterance;
    }

    private sealed record Recognized(string Text, RecognizerContext Context, Utterance Utterance);
}
