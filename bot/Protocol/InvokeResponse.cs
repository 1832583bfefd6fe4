namespace Cnam.Bot.Protocol;

/// <summary>
/// What an <c>invoke</c> activity is answered with: the HTTP status code is <see cref="Status"/> and the
/// body is the JSON of <see cref="Body"/>, with no wrapper (SDK HttpHelper.WriteResponseAsync).
/// </summary>
public sealed record InvokeResponse(int Status, object? Body = null);

/// <summary>Body of an <c>adaptiveCard/action</c> invoke response: <c>{statusCode, type, value}</c>.</summary>
public sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, object? Value)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";
}
