using System.Text.Json;
using Cnam.Bot.Auth;
using Cnam.Bot.Connector;
using Cnam.Bot.Dialogs;
using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.DirectLine;
using Cnam.Bot.Protocol;
using Cnam.Bot.State;

namespace Cnam.Bot.Meetings;

/// <summary>
/// Delivers a proactive message to the conversation a person registered from: appended to the built-in Direct Line
/// log for web visitors (they see it when they come back), otherwise posted through the Bot Connector with the stored
/// conversation reference (Teams, Azure channels), with the Connector client's retries on 429 / Retry-After.
/// </summary>
public sealed class ProactiveMessenger(IStateStore store, IConnectorClient connector, TrustedServiceUrls trusted, IServiceProvider services)
{
    /// <summary>Key of the message's channel data that carries the delivery id.</summary>
    public const string DeliveryIdKey = "cnamDelivery";

    private readonly ConversationReferences _references = new(store);

    // Direct Line is registered by the web host only (AddDirectLine); the staff command may run without it.
    private DirectLineChannel? DirectLine => services.GetService<DirectLineChannel>();

    /// <summary>Sends <paramref name="text"/> to the registration's conversation; throws when it could not be delivered.</summary>
    public async Task SendAsync(MeetingRegistration registration, string text, string deliveryId, CancellationToken cancellationToken)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            // Written in markdown like every dialog's message (MessageFactory), in the language the person registered in.
            Text = MarkdownLines.Kept(text),
            Locale = registration.Language == "en" ? "en-US" : "fr-FR",
            ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, string> { [DeliveryIdKey] = deliveryId }),
        };
        if (await DirectLineConversationAsync(registration, cancellationToken) is { } conversationId)
        {
            await DirectLine!.SendProactiveAsync(conversationId, activity, cancellationToken);
            return;
        }
        var stored = await _references.GetAsync(registration.ChannelId, registration.ConversationId, cancellationToken)
            ?? throw new ProactiveDeliveryException("no-conversation-reference");
        if (stored.ServiceUrlVerified && stored.Reference.ServiceUrl is { } serviceUrl)
        {
            // The serviceUrl came with a validated token (A7560): the bot's token may go there again after a restart.
            trusted.Add(serviceUrl);
        }
        try
        {
            await connector.SendToConversationAsync(stored.Reference, activity, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            throw new ProactiveDeliveryException(ex.StatusCode is { } status ? $"connector-{status}" : "connector-unreachable", ex);
        }
        catch (ArgumentException ex)
        {
            throw new ProactiveDeliveryException("bad-conversation-reference", ex);
        }
    }

    /// <summary>
    /// Whether a message with <paramref name="deliveryId"/> is in the conversation: true/false for a Direct Line
    /// conversation (its log is ours to read), null when nobody can tell (Bot Connector channels).
    /// </summary>
    public async Task<bool?> WasDeliveredAsync(MeetingRegistration registration, string deliveryId, CancellationToken cancellationToken)
    {
        if (await DirectLineConversationAsync(registration, cancellationToken) is not { } conversationId)
        {
            return null;
        }
        long watermark = 0;
        while (await DirectLine!.ReadAsync(conversationId, watermark, cancellationToken) is { } page && page.Activities.Count > 0)
        {
            if (page.Activities.Any(a => HasDeliveryId(a, deliveryId)))
            {
                return true;
            }
            watermark = page.Watermark;
        }
        return false;
    }

    private async Task<string?> DirectLineConversationAsync(MeetingRegistration registration, CancellationToken cancellationToken) =>
        registration.ChannelId == DirectLineChannel.ChannelId && DirectLine is { } channel
            && await channel.GetConversationAsync(registration.ConversationId, cancellationToken) is not null
            ? registration.ConversationId
            : null;

    private static bool HasDeliveryId(Activity activity, string deliveryId) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty(DeliveryIdKey, out var id) && id.ValueKind == JsonValueKind.String && id.GetString() == deliveryId;
}

/// <summary>A proactive message could not be delivered; <see cref="Reason"/> is short and free of personal data.</summary>
public sealed class ProactiveDeliveryException(string reason, Exception? inner = null)
    : Exception($"The message could not be delivered ({reason}).", inner)
{
    public string Reason { get; } = reason;
}
