namespace Cnam.Bot.Dialogs.Questions;

/// <summary>What a topic answerer made of a question.</summary>
public abstract record TopicResult;

/// <summary>The topic's answer, with where it comes from.</summary>
public sealed record Found(AnswerSection Section) : TopicResult
{
    public Found(string text, IEnumerable<Provenance?> sources)
        : this(new AnswerSection(text, sources.OfType<Provenance>().Distinct().ToList()))
    {
    }

    /// <summary>
    /// The same answer after <paramref name="lead"/> (what the documents do not say, or the yes or no the question asks),
    /// <paramref name="separator"/> between them; <paramref name="leadSources"/> are the lead's own sources, if any.
    /// </summary>
    public Found WithLead(string lead, string separator = "\n\n", IEnumerable<Provenance?>? leadSources = null) =>
        new(Section with
        {
            Text = lead + separator + Section.Text,
            Sources = Section.Sources.Concat(leadSources?.OfType<Provenance>() ?? []).Distinct().ToList(),
        });
}

/// <summary>The topic needs to know which programme (or centre, modality) is meant: ask with buttons.</summary>
public sealed record Clarify(string Text, IReadOnlyList<Suggestion> Suggestions) : TopicResult;

/// <summary>The knowledge base lacks it: say so plainly (the right contact is added to the answer).</summary>
public sealed record Missing(string Text, string Reason) : TopicResult;

/// <summary>Answers the intents of one topic from the knowledge base.</summary>
public interface ITopicAnswerer
{
    /// <summary>The intents (see Understanding.Intents) this answerer handles.</summary>
    IReadOnlyCollection<string> Intents { get; }

    /// <summary>Answers <paramref name="intent"/> for the resolved <paramref name="slots"/>; null when it has nothing to say.</summary>
    TopicResult? Answer(string intent, Slots slots);
}
