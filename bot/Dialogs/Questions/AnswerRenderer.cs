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
        if (SourceLines(answer.Sources, language) is { Length: > 0 } lines)
        {
            text += "\n\n" + lines;
        }
        var activity = MessageFactory.Text(text);
        activity.TextFormat = "markdown";
        if (answer.Suggestions.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions { Actions = answer.Suggestions.Select(s => CardAction.ImBack(s.Title, s.Value)).ToList() };
        }
        return activity;
    }

    /// <summary>
    /// Each document of <paramref name="sources"/> once, a line each: "_Source : title (valable 2016-2017)_" with the French
    /// space before the colon, "_Source: title (valid for 2016-2017)_" in English; empty when there is none.
    /// </summary>
    public static string SourceLines(IEnumerable<Provenance?> sources, string language)
    {
        var label = language == "en" ? "Source:" : "Source :";
        return string.Join("\n", sources.OfType<Provenance>().DistinctBy(p => (p.Source, p.ValidFor))
            .Select(p => $"_{label} {p.SourceTitle ?? p.Source} ({(language == "en" ? "valid for" : "valable")} {p.ValidFor})_"));
    }
}
