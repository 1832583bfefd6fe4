using Cnam.Bot.Knowledge;
using Cnam.Bot.Meetings;
using Cnam.Bot.Protocol;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cnam.Bot.Tests.Meetings;

/// <summary>
/// The bot's logic as the host registers it (AddBotLogic + AddMeetings) over a knowledge base and a fresh in-memory
/// store: one per test, so registrations never leak between tests.
/// </summary>
public sealed class MeetingsHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public MeetingsHarness(KnowledgeBase? knowledge = null, IStateStore? store = null, Action<IServiceCollection>? configure = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build());
        services.AddSingleton(knowledge ?? MeetingsTestData.WithMeetings);
        services.AddSingleton(store ?? new InMemoryStateStore());
        services.AddBotLogic();
        services.AddMeetings();
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    public IServiceProvider Services => _services;
    public IStateStore Store => _services.GetRequiredService<IStateStore>();
    public MeetingStore Meetings => _services.GetRequiredService<MeetingStore>();

    /// <summary>A new conversation with the bot (Web Chat unless told), at <see cref="MeetingsTestData.Now"/>.</summary>
    public TestConversation Conversation(string channelId = TestConversation.WebChat, string userId = "user-1", string? conversationId = null) =>
        new(_services.GetRequiredService<IBot>(), channelId, conversationId) { UserId = userId, LocalTimestamp = MeetingsTestData.Now };

    /// <summary>Every key of the store.</summary>
    public async Task<IReadOnlyList<StoreItem>> AllItemsAsync() => await Store.ListAsync("");

    public void Dispose() => _services.Dispose();
}
