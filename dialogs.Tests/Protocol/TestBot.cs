using System.Text.Json;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Tests.Protocol;

/// <summary>
/// A small bot behind the real <see cref="ActivityHandler"/> routing: echoes messages, waits when asked,
/// fails when asked, answers <c>adaptiveCard/action</c> with a card (verb <c>refresh</c>) or a 400 error.
/// </summary>
public sealed class TestBot : ActivityHandler
{
    public const string SlowText = "slow";
    public const string FailText = "fail: do not log this sentence";

    private readonly List<Activity> _received = [];

    /// <summary>Runs while a <see cref="SlowText"/> turn is in progress; the turn ends when it completes.</summary>
    public Func<Task> WhileSlow { get; set; } = () => Task.CompletedTask;

    public IReadOnlyList<Activity> Received
    {
        get { lock (_received) { return _received.ToArray(); } }
    }

    public override Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        lock (_received)
        {
            _received.Add(turn.Activity);
        }
        return base.OnTurnAsync(turn, cancellationToken);
    }

    protected override async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var text = turn.Activity.Text ?? "";
        if (text == FailText)
        {
            throw new InvalidOperationException(text);
        }
        if (text == SlowText)
        {
            await WhileSlow();
        }
        await turn.SendActivityAsync(new Activity { Text = "écho : " + text, InputHint = InputHints.AcceptingInput }, cancellationToken);
    }

    protected override Task<InvokeResponse> OnAdaptiveCardActionAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var verb = turn.Activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("action", out var action)
            && action.TryGetProperty("verb", out var v) ? v.GetString() : null;
        if (verb == "refresh")
        {
            var card = JsonSerializer.SerializeToElement(new { type = "AdaptiveCard", version = "1.5", body = new[] { new { type = "TextBlock", text = "Carte mise à jour" } } });
            return Task.FromResult(new InvokeResponse(200, new AdaptiveCardInvokeResponse(200, AdaptiveCardInvokeResponse.CardType, card)));
        }
        var error = new { code = "BadRequest", message = "Unknown verb." };
        return Task.FromResult(new InvokeResponse(400, new AdaptiveCardInvokeResponse(400, AdaptiveCardInvokeResponse.ErrorType, error)));
    }
}
