using System.Text.Json;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Protocol;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cnam.Bot.Tests.Schedules;

/// <summary>The real bot logic (AddBotLogic) over the shipped knowledge base and an in-memory state store.</summary>
internal sealed class ScheduleBot
{
    private readonly ServiceProvider _services;

    public ScheduleBot(KnowledgeBase kb, IStateStore? store = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Calendar:PublicBaseUrl"] = "https://bot.example.org/" })
            .Build());
        services.AddSingleton(kb);
        services.AddSingleton(Store = store ?? new InMemoryStateStore());
        services.AddBotLogic();
        _services = services.BuildServiceProvider();
    }

    public IStateStore Store { get; }

    public IBot Bot => _services.GetRequiredService<IBot>();

    public TestConversation Conversation(string channelId = TestConversation.WebChat, DateTimeOffset? now = null, string userId = "user-1") =>
        new(Bot, channelId) { LocalTimestamp = now, UserId = userId };

    /// <summary>Every human-visible text of a reply: its text, its suggested actions and its card's texts.</summary>
    public static string AllText(Activity reply)
    {
        var parts = new List<string?> { reply.Text };
        parts.AddRange(reply.SuggestedActions?.Actions.Select(a => a.Title) ?? []);
        foreach (var card in reply.Attachments?.Select(a => a.Content).OfType<JsonElement>() ?? [])
        {
            Collect(card, parts);
        }
        return string.Join("\n", parts.OfType<string>());
    }

    /// <summary>The Adaptive Card of a reply.</summary>
    public static JsonElement Card(Activity reply) =>
        Assert.Single(reply.Attachments ?? [], a => a.ContentType == Attachment.AdaptiveCardContentType).Content!.Value;

    private static void Collect(JsonElement node, List<string?> into)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in node.EnumerateObject())
                {
                    if (p.Value.ValueKind == JsonValueKind.String && p.Name is "text" or "title" or "value")
                    {
                        into.Add(p.Value.GetString());
                    }
                    else
                    {
                        Collect(p.Value, into);
                    }
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray())
                {
                    Collect(item, into);
                }
                break;
        }
    }
}
