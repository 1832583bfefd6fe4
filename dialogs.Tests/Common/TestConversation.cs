using System.Text.Json;
using Cnam.Bot.Dialogs;
using Cnam.Bot.Protocol;
using Cnam.Bot.State;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cnam.Bot.Tests.Common;

/// <summary>
/// One conversation with a bot, driven through <see cref="BotAdapter"/> and <see cref="BufferedReplySink"/>
/// as a channel would: it builds inbound activities (text, card submissions in the Web Chat or Teams shape,
/// invokes, conversation updates) and queues the bot's replies for the assertions of <see cref="TestFlow"/>.
/// </summary>
public sealed class TestConversation
{
    public const string WebChat = "webchat";
    public const string Teams = "msteams";

    private readonly BotAdapter _adapter;
    private readonly Queue<Activity> _replies = new();
    private int _sequence;

    public TestConversation(IBot bot, string channelId = WebChat, string? conversationId = null)
    {
        _adapter = new BotAdapter(bot, NullLogger<BotAdapter>.Instance);
        ChannelId = channelId;
        ConversationId = conversationId ?? Guid.NewGuid().ToString("N");
    }

    /// <summary>A <see cref="CnamBot"/> over <paramref name="store"/> (in memory by default) with optional fakes.</summary>
    public static TestConversation WithCnamBot(
        IStateStore? store = null,
        IQuestionAnswerer? answerer = null,
        IEnumerable<IDialogTopic>? topics = null,
        string channelId = WebChat,
        string? conversationId = null)
    {
        var main = new MainDialog(answerer ?? new NoAnswerQuestionAnswerer(), topics ?? []);
        var bot = new CnamBot(store ?? new InMemoryStateStore(), main, NullLogger<CnamBot>.Instance);
        return new TestConversation(bot, channelId, conversationId);
    }

    public string ChannelId { get; }
    public string ConversationId { get; }
    public string UserId { get; init; } = "user-1";
    public string BotId { get; init; } = "bot-1";

    /// <summary>The user's local time sent with each activity (<c>localTimestamp</c>), or none.</summary>
    public DateTimeOffset? LocalTimestamp { get; set; }

    /// <summary>The answer to the last invoke sent.</summary>
    public InvokeResponse? LastInvokeResponse { get; private set; }

    /// <summary>Id of the last bot message, used as <c>replyToId</c> of Teams card submissions.</summary>
    public string? LastBotActivityId { get; private set; }

    public TestFlow Flow() => new(this);

    /// <summary>Replies not yet consumed by an assertion.</summary>
    public int PendingReplies => _replies.Count;

    public Activity NextReply() =>
        _replies.Count > 0 ? _replies.Dequeue() : throw new Xunit.Sdk.XunitException("The bot sent no (more) reply.");

    /// <summary>Sends an activity (routing fields the test left empty are filled in) and returns the bot's replies.</summary>
    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        var seq = ++_sequence;
        activity.Id ??= $"{ConversationId}|{seq:D7}";
        activity.ChannelId ??= ChannelId;
        activity.Conversation ??= new ConversationAccount { Id = ConversationId };
        activity.From ??= new ChannelAccount { Id = UserId, Name = "Utilisateur", Role = "user" };
        activity.Recipient ??= new ChannelAccount { Id = BotId, Name = "Cnam.Bot", Role = "bot" };
        activity.ServiceUrl ??= "http://localhost/test";
        activity.Timestamp ??= DateTimeOffset.UtcNow;
        activity.LocalTimestamp ??= LocalTimestamp;
        activity.Locale ??= "fr-FR";

        var sink = new BufferedReplySink();
        var invokeResponse = await _adapter.ProcessActivityAsync(activity, sink, CancellationToken.None);
        if (activity.Type == ActivityTypes.Invoke)
        {
            LastInvokeResponse = invokeResponse;
        }
        var replies = sink.Activities.Where(a => a.Type == ActivityTypes.Message).ToList();
        for (var i = 0; i < replies.Count; i++)
        {
            replies[i].Id ??= $"{ConversationId}|{seq:D7}.{i}";
            LastBotActivityId = replies[i].Id;
            _replies.Enqueue(replies[i]);
        }
        return replies;
    }

    public static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>
    /// What Action.Submit sends with object data: Web Chat posts a message with <c>value</c>, no text and
    /// <c>channelData.postBack: true</c>; Teams posts <c>value</c> with <c>replyToId</c> = the card's message.
    /// </summary>
    public Activity CardSubmission(object data)
    {
        var value = JsonSerializer.SerializeToElement(data, ProtocolJson.Options);
        return ChannelId == Teams
            ? new Activity { Type = ActivityTypes.Message, Value = value, ReplyToId = LastBotActivityId, Text = "" }
            : new Activity
            {
                Type = ActivityTypes.Message,
                Value = value,
                ChannelData = JsonSerializer.SerializeToElement(new { postBack = true }),
            };
    }

    /// <summary>An <c>adaptiveCard/action</c> invoke whose <c>value</c> is <paramref name="value"/> as given.</summary>
    public static Activity Invoke(object value) => new()
    {
        Type = ActivityTypes.Invoke,
        Name = ActivityHandler.AdaptiveCardActionInvoke,
        Value = JsonSerializer.SerializeToElement(value, ProtocolJson.Options),
    };

    /// <summary>An Action.Execute invoke carrying <paramref name="data"/>.</summary>
    public static Activity ExecuteAction(object data, string verb = "submit") =>
        Invoke(new { action = new { type = "Action.Execute", id = verb, verb, data }, trigger = "manual" });

    /// <summary>A conversationUpdate adding the given member ids (the bot's id, the user's, or others).</summary>
    public static Activity MembersAdded(params string[] memberIds) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = memberIds.Select(id => new ChannelAccount { Id = id }).ToList(),
    };

    public static Activity InstallationUpdate(string action) => new() { Type = ActivityTypes.InstallationUpdate, Action = action };
}
