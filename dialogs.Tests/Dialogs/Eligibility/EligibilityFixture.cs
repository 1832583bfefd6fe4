using Microsoft.Extensions.Configuration;
using Cnam.Bot.Dialogs.Eligibility;
using Cnam.Bot.Knowledge;
using Cnam.Bot.Protocol;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using Cnam.Bot.Tests.Knowledge;
using Cnam.Bot.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace Cnam.Bot.Tests.Dialogs.Eligibility;

/// <summary>
/// The bot's logic as the host registers it (AddBotLogic: understanding, question answering, the eligibility topic)
/// over the shipped knowledge base and an in-memory state store, built once for a test class.
/// </summary>
public sealed class EligibilityFixture : IDisposable
{
    private readonly ServiceProvider _services;

    public EligibilityFixture()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        // The host provides configuration; the bot's services read it (calendar links in the schedule card).
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton(KnowledgeBase.Load(KnowledgeTestData.Shipped));
        services.AddSingleton<IStateStore, InMemoryStateStore>();
        services.AddBotLogic();
        _services = services.BuildServiceProvider();
    }

    public KnowledgeBase Knowledge => _services.GetRequiredService<KnowledgeBase>();
    public EligibilityRules Rules => _services.GetRequiredService<EligibilityRules>();
    public EligibilityFees Fees => _services.GetRequiredService<EligibilityFees>();
    public EligibilityTopic Topic => _services.GetRequiredService<EligibilityTopic>();
    public IUtteranceRecognizer Recognizer => _services.GetRequiredService<IUtteranceRecognizer>();
    public IStateStore Store => _services.GetRequiredService<IStateStore>();

    /// <summary>A new conversation with the bot, in Web Chat (cards) unless told otherwise.</summary>
    public TestConversation Conversation(string channelId = TestConversation.WebChat) =>
        new(_services.GetRequiredService<IBot>(), channelId) { LocalTimestamp = new DateTimeOffset(2022, 9, 5, 10, 0, 0, TimeSpan.FromHours(2)) };

    public void Dispose() => _services.Dispose();
}
