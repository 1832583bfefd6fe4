using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using Cnam.Bot.Protocol;
using Cnam.Bot.State;
using Microsoft.Extensions.Options;

namespace Cnam.Bot.DirectLine;

/// <summary>
/// The built-in Direct Line 3.0 channel: starts conversations, turns what a visitor posts into a bot turn
/// (through <see cref="BotAdapter"/>) and keeps every activity clients may see in one ordered log per conversation.
/// Other parts of the bot use it to look a conversation up and to message a visitor proactively.
/// </summary>
public sealed class DirectLineChannel
{
    public const string ChannelId = "directline";

    /// <summary>Prefix that marks a user id embedded in a token (Direct Line reserves it).</summary>
    public const string EmbeddedUserPrefix = "dl_";

    private readonly DirectLineConversationStore _store;
    private readonly BotAdapter _adapter;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<DirectLineChannel> _logger;
    private readonly CancellationToken _stopping;

    public DirectLineChannel(
        IStateStore stateStore,
        BotAdapter adapter,
        IOptions<DirectLineOptions> options,
        TimeProvider clock,
        IHostApplicationLifetime lifetime,
        ILogger<DirectLineChannel> logger)
    {
        _store = new DirectLineConversationStore(stateStore, clock, logger);
        _adapter = adapter;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        _stopping = lifetime.ApplicationStopping;
    }

    /// <summary>The bot's account in every Direct Line conversation.</summary>
    public ChannelAccount BotAccount => new() { Id = _options.BotId, Name = _options.BotName, Role = "bot" };

    /// <summary>Looks a conversation up; null when it does not exist.</summary>
    public async Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        if (!IsValidConversationId(conversationId))
        {
            return null;
        }
        var meta = await _store.GetAsync(conversationId, cancellationToken);
        if (meta is null)
        {
            return null;
        }
        var user = meta.UserId is null ? null : new ChannelAccount { Id = meta.UserId, Name = meta.UserName, Role = "user" };
        var reference = new ConversationReference
        {
            ChannelId = ChannelId,
            Conversation = new ConversationAccount { Id = meta.ConversationId },
            User = user,
            Bot = BotAccount,
            ServiceUrl = meta.ServiceUrl,
            Locale = meta.Locale,
        };
        return new DirectLineConversation(
            meta.ConversationId, user, meta.Locale, meta.CreatedAt,
            meta.LastSequence > 0 ? meta.LastTimestamp : null, meta.LastSequence, reference);
    }

    /// <summary>
    /// Appends a bot activity to an existing conversation, outside any turn (a proactive follow-up); the visitor's
    /// client receives it on its next poll. Returns the activity's id ("" for <c>typing</c>, which is not kept).
    /// </summary>
    /// <exception cref="KeyNotFoundException">The conversation does not exist.</exception>
    public async Task<string> SendProactiveAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        if (!IsValidConversationId(conversationId))
        {
            throw new KeyNotFoundException($"Unknown Direct Line conversation '{conversationId}'.");
        }
        return await AppendBotActivityAsync(conversationId, activity, cancellationToken) ?? "";
    }

    internal static bool IsValidConversationId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    internal static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    internal static string NewUserId() => EmbeddedUserPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));

    /// <summary>
    /// Starts the conversation if it does not exist yet and tells the bot who joined. Returns whether it was created.
    /// </summary>
    internal async Task<bool> StartAsync(string conversationId, string? userId, string? userName, string? locale, string serviceUrl, CancellationToken cancellationToken)
    {
        var meta = new ConversationMeta
        {
            ConversationId = conversationId,
            UserId = userId,
            UserName = userName,
            Locale = locale,
            ServiceUrl = serviceUrl,
            CreatedAt = _clock.GetUtcNow(),
            UserAnnounced = userId is not null,
        };
        if (!await _store.TryCreateAsync(meta, cancellationToken))
        {
            return false;
        }
        _logger.LogInformation("Direct Line conversation {ConversationId} started", conversationId);
        var user = userId is null ? null : new ChannelAccount { Id = userId, Name = userName, Role = "user" };
        await AnnounceAsync(meta, user is null ? [BotAccount] : [BotAccount, user], serviceUrl);
        return true;
    }

    /// <summary>Stores a visitor's activity, then runs the bot's turn on it; the result says what to answer.</summary>
    internal async Task<PostResult> PostAsync(string conversationId, Activity activity, DirectLineCaller caller, string serviceUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.Type))
        {
            return PostResult.Rejected(StatusCodes.Status400BadRequest, "MissingProperty", "The activity has no type.");
        }
        if (activity.Type is ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate)
        {
            return PostResult.Rejected(StatusCodes.Status400BadRequest, "BadArgument", "Only the channel sends this activity type.");
        }
        var userId = caller.Claims?.UserId ?? activity.From?.Id;
        if (string.IsNullOrEmpty(userId))
        {
            return PostResult.Rejected(StatusCodes.Status400BadRequest, "MissingProperty", "The activity has no from.id.");
        }
        if (userId.Length > 128)
        {
            return PostResult.Rejected(StatusCodes.Status400BadRequest, "BadArgument", "from.id is longer than 128 characters.");
        }
        if (caller.Claims?.UserId is null && !caller.IsSecret && userId.StartsWith(EmbeddedUserPrefix, StringComparison.Ordinal))
        {
            return PostResult.Rejected(StatusCodes.Status403Forbidden, "Forbidden", "User ids starting with 'dl_' must be embedded in the token.");
        }

        activity.From = new ChannelAccount
        {
            Id = userId,
            Name = caller.Claims?.UserName ?? activity.From?.Name,
            Role = "user",
            Properties = activity.From?.Properties,
        };
        activity.Recipient = BotAccount;
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.CallerId = null;

        var announce = false;
        var meta = await _store.UpdateAsync(conversationId, m =>
        {
            // May run again on a header another instance changed: decide from this header only.
            announce = !m.UserAnnounced;
            if (!announce)
            {
                return false;
            }
            m.UserId ??= userId;
            m.UserName ??= activity.From.Name;
            m.UserAnnounced = true;
            return true;
        }, cancellationToken);
        if (meta is null)
        {
            return PostResult.Rejected(StatusCodes.Status404NotFound, "NotFound", "Unknown conversation.");
        }
        if (meta.LastSequence >= _options.MaxActivitiesPerConversation)
        {
            return PostResult.Rejected(StatusCodes.Status409Conflict, "ConversationFull",
                $"This conversation has reached its limit of {_options.MaxActivitiesPerConversation} activities: start a new conversation.");
        }
        if (announce)
        {
            await AnnounceAsync(meta, [new ChannelAccount { Id = userId, Name = activity.From.Name, Role = "user" }], serviceUrl);
        }

        if (activity.Type == ActivityTypes.Typing)
        {
            // Typing is never kept in the polled log (Direct Line sends it over WebSocket only).
            activity.Id = conversationId + "|typing-" + _clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
            activity.Timestamp = _clock.GetUtcNow();
        }
        else if (!await _store.AppendAsync(conversationId, activity, cancellationToken))
        {
            return PostResult.Rejected(StatusCodes.Status404NotFound, "NotFound", "Unknown conversation.");
        }

        var id = activity.Id!;
        try
        {
            // The visitor's activity is stored: the turn runs to its end even if the browser gives up waiting.
            await _adapter.ProcessActivityAsync(activity, new DirectLineReplySink(this, conversationId, activity.Type != ActivityTypes.Typing), _stopping);
        }
        catch (Exception ex) when (!_stopping.IsCancellationRequested)
        {
            _logger.LogWarning(ex, "The bot failed on activity {ActivityId} of type {ActivityType}", id, activity.Type);
            return PostResult.Rejected(StatusCodes.Status502BadGateway, "BotRejectedActivity", "The bot failed to process the activity.", id);
        }
        return PostResult.Accepted(id);
    }

    internal Task<(IReadOnlyList<Activity> Activities, long Watermark)?> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken) =>
        _store.ReadAfterAsync(conversationId, watermark, Math.Max(1, _options.MaxActivitiesPerGet), cancellationToken);

    internal async Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken) =>
        await _store.GetAsync(conversationId, cancellationToken) is not null;

    /// <summary>Stores a bot activity for clients; null when its type is never shown to clients.</summary>
    internal async Task<string?> AppendBotActivityAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        activity.Type ??= ActivityTypes.Message;
        if (activity.Type is ActivityTypes.Typing or ActivityTypes.ConversationUpdate)
        {
            return null;
        }
        if (activity.Recipient is null)
        {
            var meta = await _store.GetAsync(conversationId, cancellationToken)
                ?? throw new KeyNotFoundException($"Unknown Direct Line conversation '{conversationId}'.");
            activity.Recipient = meta.UserId is null ? null : new ChannelAccount { Id = meta.UserId, Name = meta.UserName, Role = "user" };
        }
        activity.From = BotAccount;
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = null;
        activity.CallerId = null;
        if (!await _store.AppendAsync(conversationId, activity, cancellationToken))
        {
            throw new KeyNotFoundException($"Unknown Direct Line conversation '{conversationId}'.");
        }
        return activity.Id;
    }

    // conversationUpdate goes to the bot only; a failing welcome must not stop the conversation from starting.
    private async Task AnnounceAsync(ConversationMeta meta, List<ChannelAccount> membersAdded, string serviceUrl)
    {
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = meta.ConversationId + "|update-" + _clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            Timestamp = _clock.GetUtcNow(),
            ChannelId = ChannelId,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount { Id = meta.ConversationId },
            From = membersAdded[^1],
            Recipient = BotAccount,
            MembersAdded = membersAdded,
            Locale = meta.Locale,
        };
        try
        {
            await _adapter.ProcessActivityAsync(update, new DirectLineReplySink(this, meta.ConversationId, inboundIsLogged: false), _stopping);
        }
        catch (Exception ex) when (!_stopping.IsCancellationRequested)
        {
            _logger.LogWarning(ex, "The bot failed on the conversationUpdate of {ConversationId}", meta.ConversationId);
        }
    }
}

/// <summary>Who is calling: the secret holder, or a token's bearer with its claims.</summary>
internal sealed record DirectLineCaller(bool IsSecret, DirectLineTokenClaims? Claims);

/// <summary>What to answer to a posted activity.</summary>
internal sealed record PostResult(int Status, string? Id, string? ErrorCode, string? ErrorMessage)
{
    public static PostResult Accepted(string id) => new(StatusCodes.Status200OK, id, null, null);

    public static PostResult Rejected(int status, string code, string message, string? id = null) => new(status, id, code, message);
}
