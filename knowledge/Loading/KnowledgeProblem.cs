namespace Cnam.Bot.Knowledge.Loading;

/// <summary>A problem found in the data files, printed as <c>file:line: what</c>.</summary>
public sealed record KnowledgeProblem(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>Thrown when the knowledge base has problems: a broken knowledge base is never loaded.</summary>
public sealed class KnowledgeValidationException(IReadOnlyList<KnowledgeProblem> problems)
    : Exception($"La base de connaissances contient {problems.Count} problème(s) :{Environment.NewLine}"
        + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<KnowledgeProblem> Problems { get; } = problems;
}
