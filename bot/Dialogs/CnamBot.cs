using System.Text.Json;
using Cnam.Bot.Cards;
using Cnam.Bot.Dialogs.Meetings;
using Cnam.Bot.Meetings;
using Cnam.Bot.Protocol;
using Cnam.Bot.Protocol.Teams;
using Cnam.Bot.State;

namespace Cnam.Bot.Dialogs;

/// <summary>
/// The bot: each turn loads the conversation's state, runs the dialogs (or the welcome), and saves the state
/// once at the end with its etag. When that save meets a concurrent change (<see cref="ConcurrencyException"/>:
/// another instance or an overlapping turn wrote the same document), nothing of this turn is stored and the
/// user is asked to send the message again: re-running the turn automatically could repeat side effects
/// (a registration, an e-mail) that already happened. The information meetings add the <paramref name="greeter"/> of
/// <c>/?reunion=</c> links and the <paramref name="eraser"/> that "supprimer mes données" runs once the turn is saved.
/// </summary>
public sealed class CnamBot(
    IStateStore store,
    MainDialog mainDialog,
    ILogger<CnamBot> logger,
    MeetingGreeter? greeter = null,
    PersonalDataEraser? eraser = null) : ActivityHandler
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();
    private readonly DialogRunner _runner = new(mainDialog);
    private readonly ConversationReferences _references = new(store);

    /// <summary>
    /// Before routing: a Teams channel or group-chat message loses the bot's own @mention (read from the mention
    /// entities), and the conversation reference is kept, with its tenant, for proactive messages. The reference's
    /// write is committed while the turn runs and awaited before the turn ends (nothing in a turn reads it): one
    /// durable commit less to wait for in a conversation's first turn (bench/ TurnBenchmarks).
    /// </summary>
    public override async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        turn.Activity.RemoveRecipientMention();
        var referenceSaved = _references.SaveAsync(turn.Activity, cancellationToken);
        try
        {
            await base.OnTurnAsync(turn, cancellationToken);
        }
        finally
        {
            await referenceSaved;
        }
    }

    protected override Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken) =>
        RunTurnAsync(turn, state => _runner.RunAsync(turn, state, cancellationToken), cancellationToken);

    /// <summary>Someone other than the bot joined (Web Chat opens, a Teams chat starts): welcome them once.</summary>
    protected override Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, TurnContext turn, CancellationToken cancellationToken) =>
        RunTurnAsync(turn, state => WelcomeAsync(turn, state, cancellationToken), cancellationToken);

    /// <summary>Teams installed (or upgraded) the app in this conversation: the same welcome, still once.</summary>
    protected override Task OnInstallationUpdateAsync(TurnContext turn, CancellationToken cancellationToken) =>
        turn.Activity.Action is "add" or "add-upgrade"
            ? RunTurnAsync(turn, state => WelcomeAsync(turn, state, cancellationToken), cancellationToken)
            : Task.CompletedTask;

    /// <summary>
    /// The website opened from an information meeting's follow-up link (<c>/?reunion=&lt;id&gt;</c>): the page sends
    /// the event <see cref="MeetingFollowUpEvent"/> with <c>value.meetingId</c> once, right after the conversation starts.
    /// </summary>
    protected override Task OnEventAsync(TurnContext turn, CancellationToken cancellationToken) =>
        turn.Activity.Name == MeetingFollowUpEvent && TryReadMeetingId(turn.Activity.Value, out var meetingId)
            ? RunTurnAsync(turn, state => MeetingFollowUpAsync(turn, state, meetingId, cancellationToken), cancellationToken)
            : Task.CompletedTask;

    /// <summary>Name of the event the website sends for a meeting follow-up link.</summary>
    public const string MeetingFollowUpEvent = "cnam/meetingFollowUp";

    /// <summary>
    /// Action.Execute: its <c>value.action.data</c> goes to the dialogs as a card submission. A card among the
    /// replies becomes the invoke response (it replaces the submitted card); other replies are sent as messages.
    /// </summary>
    protected override async Task<InvokeResponse> OnAdaptiveCardActionAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (!TryReadActionData(turn.Activity.Value, out var data))
        {
            return new InvokeResponse(StatusCodes.Status200OK, new AdaptiveCardInvokeResponse(
                StatusCodes.Status400BadRequest, AdaptiveCardInvokeResponse.ErrorType,
                new InvokeError("BadRequest", "The invoke value must be an object with an 'action' object.")));
        }
        var submission = AsSubmission(turn.Activity, data);
        var replies = new BufferedReplySink();
        var submissionTurn = new TurnContext(submission, replies, turn.Clock);
        await OnMessageAsync(submissionTurn, cancellationToken);

        var card = replies.Activities.LastOrDefault(a => FindCard(a) is not null);
        foreach (var reply in replies.Activities.Where(a => !ReferenceEquals(a, card)))
        {
            await turn.SendActivityAsync(reply, cancellationToken);
        }
        var body = card is not null
            ? new AdaptiveCardInvokeResponse(StatusCodes.Status200OK, AdaptiveCardInvokeResponse.CardType, FindCard(card)!.Content)
            : new AdaptiveCardInvokeResponse(StatusCodes.Status200OK, AdaptiveCardInvokeResponse.MessageType, BotTexts.SubmissionReceived);
        return new InvokeResponse(StatusCodes.Status200OK, body);
    }

    private async Task RunTurnAsync(TurnContext turn, Func<TurnState, Task> work, CancellationToken cancellationToken)
    {
        var state = await TurnState.LoadAsync(store, turn.Activity, cancellationToken);
        await work(state);
        try
        {
            await state.SaveAsync(cancellationToken);
        }
        catch (ConcurrencyException ex)
        {
            // The scope only: keys carry user and conversation ids.
            logger.LogWarning("The {Scope} state changed during the turn; the user is asked to resend", ex.Key.Split('/')[0]);
            await turn.SendTextAsync(BotTexts.ConcurrentChange, cancellationToken);
            return;
        }
        if (state.Conversation.ErasureRequested && eraser is not null && PrivacyDialog.Person(turn) is { } person)
        {
            // After the save, so that nothing this turn wrote (dialog state, transcript) outlives the erasure.
            var erased = await eraser.EraseAsync(person, cancellationToken, turn.Activity.Id);
            logger.LogInformation("Personal data erased on request: {Registrations} registration(s), {Conversations} conversation(s), {Transcripts} transcript(s)",
                erased.Registrations, erased.Conversations, erased.Transcripts);
        }
    }

    private static async Task WelcomeAsync(TurnContext turn, TurnState state, CancellationToken cancellationToken)
    {
        if (state.Conversation.Welcomed)
        {
            return;
        }
        state.Conversation.Welcomed = true;
        await turn.SendActivityAsync(WelcomeCard.Message(WelcomeCard.LanguageOf(turn.Activity.Locale)), cancellationToken);
    }

    /// <summary>
    /// The website opened from a meeting's link: the welcome if it was not sent yet, then the greeting for that meeting
    /// (date, place, next steps); an unknown meeting id gets the generic meeting greeting.
    /// </summary>
    private async Task MeetingFollowUpAsync(TurnContext turn, TurnState state, string meetingId, CancellationToken cancellationToken)
    {
        await WelcomeAsync(turn, state, cancellationToken);
        if (greeter is null || !await greeter.GreetAsync(turn, state, meetingId, cancellationToken))
        {
            await turn.SendTextAsync(WelcomeCard.MeetingFollowUp, cancellationToken);
        }
    }

    /// <summary>A meeting id from the page: 1 to 64 letters, digits, '-' or '_' (anything else is ignored).</summary>
    internal static bool TryReadMeetingId(JsonElement? value, out string meetingId)
    {
        meetingId = "";
        if (value is not { ValueKind: JsonValueKind.Object } v
            || !v.TryGetProperty("meetingId", out var id)
            || id.ValueKind != JsonValueKind.String
            || id.GetString() is not { Length: > 0 and <= 64 } text
            || !text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return false;
        }
        meetingId = text;
        return true;
    }

    private static bool TryReadActionData(JsonElement? value, out JsonElement data)
    {
        data = default;
        if (value is not { ValueKind: JsonValueKind.Object } invoke
            || !invoke.TryGetProperty("action", out var action)
            || action.ValueKind != JsonValueKind.Object)
        {
            return false;
        }
        if (!action.TryGetProperty("data", out data) || data.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            // An action without data still submits the card's inputs: an empty object.
            data = EmptyObject;
            return true;
        }
        return data.ValueKind is JsonValueKind.Object or JsonValueKind.String;
    }

    // The invoke seen as the message Action.Submit would have sent: string data as text, object data as value.
    private static Activity AsSubmission(Activity invoke, JsonElement data) => new()
    {
        Type = ActivityTypes.Message,
        Id = invoke.Id,
        Timestamp = invoke.Timestamp,
        LocalTimestamp = invoke.LocalTimestamp,
        LocalTimezone = invoke.LocalTimezone,
        ServiceUrl = invoke.ServiceUrl,
        ChannelId = invoke.ChannelId,
        From = invoke.From,
        Conversation = invoke.Conversation,
        Recipient = invoke.Recipient,
        ReplyToId = invoke.ReplyToId,
        Locale = invoke.Locale,
        ChannelData = invoke.ChannelData,
        Text = data.ValueKind == JsonValueKind.String ? data.GetString() : null,
        Value = data.ValueKind == JsonValueKind.Object ? data.Clone() : null,
    };

    private static Attachment? FindCard(Activity activity) =>
        activity.Attachments?.FirstOrDefault(a => a.ContentType == Attachment.AdaptiveCardContentType && a.Content is not null);

    /// <summary>Error body of an invoke response: <c>{code, message}</c>.</summary>
    private sealed record InvokeError(string Code, string Message);
}
