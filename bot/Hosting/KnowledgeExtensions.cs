using Cnam.Bot.Knowledge;

namespace Cnam.Bot;

public static class KnowledgeExtensions
{
    /// <summary>Where the data files and the LiteDB copy live.</summary>
    public sealed record KnowledgeOptions(string DataDirectory, string DatabasePath);

    /// <summary>
    /// Registers the knowledge base built from knowledge/Data (copied next to the binaries). The LiteDB copy
    /// (<c>knowledge.db</c> in the data directory) is rebuilt when the files changed; a broken knowledge base
    /// throws here with its <c>file:line: what</c> list, so the bot never starts on bad facts.
    /// </summary>
    public static WebApplicationBuilder AddKnowledge(this WebApplicationBuilder builder)
    {
        var options = Options(builder.Configuration, builder.Environment);
        KnowledgeBase knowledge;
        try
        {
            knowledge = KnowledgeBase.Open(options.DataDirectory, options.DatabasePath);
        }
        catch (IOException)
        {
            // The database file is only a cache of the files: if another process holds it, load the files directly.
            knowledge = KnowledgeBase.Load(options.DataDirectory);
        }
        builder.Services.AddSingleton(knowledge);
        return builder;
    }

    /// <summary>
    /// <c>Knowledge:DataDirectory</c> (default: knowledge/Data next to the binaries) and
    /// <c>Knowledge:DatabasePath</c> (default: knowledge.db in <c>Storage:DataDirectory</c>).
    /// </summary>
    public static KnowledgeOptions Options(IConfiguration configuration, IHostEnvironment environment)
    {
        var data = configuration["Knowledge:DataDirectory"] ?? Path.Combine(AppContext.BaseDirectory, "knowledge", "Data");
        var storage = configuration["Storage:DataDirectory"] ?? "App_Data";
        var database = configuration["Knowledge:DatabasePath"]
            ?? Path.Combine(Path.GetFullPath(storage, environment.ContentRootPath), "knowledge.db");
        return new KnowledgeOptions(Path.GetFullPath(data, environment.ContentRootPath), database);
    }
}
