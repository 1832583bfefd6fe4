namespace Cnam.Bot.Knowledge;

/// <summary>Read-only queries over the knowledge base, used by the dialogs.</summary>
public sealed class KnowledgeBase
{
}
