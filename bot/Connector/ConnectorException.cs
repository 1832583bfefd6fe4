namespace Cnam.Bot.Connector;

/// <summary>A Bot Connector call that failed for good (after retries, or with a non-retryable answer).</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(string message, int? statusCode = null, string? errorCode = null, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    /// <summary>HTTP status of the last answer, when there was one.</summary>
    public int? StatusCode { get; }

    /// <summary><c>error.code</c> of the Connector's answer, when it sent one (e.g. <c>MessageSizeTooBig</c>).</summary>
    public string? ErrorCode { get; }
}
