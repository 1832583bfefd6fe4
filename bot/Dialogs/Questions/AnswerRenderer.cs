using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>Turns an <see cref="Answer"/> into a message: markdown text, the sources it comes from, and buttons.</summary>
public static class AnswerRenderer
{
    public static Activity ToActivity(Answer answer, string language)
    {
        var text = string.Join("\n\n", answer.Sections.Select(s => s.Text));
        // Every document a fact of the answer comes from, once: a fact is never left without its source.
        var sources = answer.Sources.DistinctBy(p => (p.Source, p.ValidFor)).ToList();
        if (sources.Count > 0)
        {
            // "Source : …" with the French space before the colon, "Source: …" in English.
            var label = language == "en" ? "Source:" : "Source :";
            text += "\n\n" + string.Join("\n", sources.Select(p => $"_{label} {p.SourceTitle ?? p.Source} ({(language == "en" ? "valid for" : "valable")} {p.ValidFor})_"));
        }
        var activity = MessageFactory.Text(text);
        activity.TextFormat = "markdown";
        if (answer.Suggestions.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions { Actions = answer.Suggestions.Select(s => CardAction.ImBack(s.Title, s.Value)).ToList() };
        }
        return activity;
    }
}
