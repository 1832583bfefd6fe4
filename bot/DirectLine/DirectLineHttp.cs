using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cnam.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace Cnam.Bot.DirectLine;

/// <summary>What the endpoints share: bearer authorisation, Direct Line errors, bounded body reading.</summary>
internal sealed class DirectLineHttp(DirectLineTokenService tokens, IOptions<DirectLineOptions> options)
{
    private readonly DirectLineOptions _options = options.Value;

    public DirectLineOptions Options => _options;

    public static IResult Error(int status, string code, string message) =>
        Results.Json(new ErrorResponse(new ErrorBody(code, message)), ProtocolJson.Options, statusCode: status);

    public static IResult Json(object value, int status = StatusCodes.Status200OK) =>
        Results.Json(value, ProtocolJson.Options, statusCode: status);

    /// <summary>
    /// Reads <c>Authorization: Bearer &lt;secret|token&gt;</c>: 401 when missing or malformed, 403 when the token is
    /// not ours or expired (<c>TokenExpired</c>).
    /// </summary>
    public async Task<(DirectLineCaller? Caller, IResult? Error)> AuthorizeAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization;
        var value = header.Count == 1 ? header[0] : null;
        const string scheme = "Bearer ";
        if (value is null || !value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return (null, Error(StatusCodes.Status401Unauthorized, "Unauthorized", "Missing or malformed Authorization header."));
        }
        var credential = value[scheme.Length..].Trim();
        if (credential.Length == 0 || credential.Contains(' '))
        {
            return (null, Error(StatusCodes.Status401Unauthorized, "Unauthorized", "Missing or malformed Authorization header."));
        }
        if (IsSecret(credential))
        {
            return (new DirectLineCaller(IsSecret: true, Claims: null), null);
        }
        var (status, claims) = await tokens.ValidateAsync(credential, context.RequestAborted);
        return status switch
        {
            TokenValidationStatus.Valid => (new DirectLineCaller(IsSecret: false, claims), null),
            TokenValidationStatus.Expired => (null, Error(StatusCodes.Status403Forbidden, "TokenExpired", "Token expired.")),
            _ => (null, Error(StatusCodes.Status403Forbidden, "Forbidden", "Invalid token or secret.")),
        };
    }

    /// <summary>A token opens its own conversation only; the secret opens every conversation.</summary>
    public static IResult? CheckAccess(DirectLineCaller caller, string conversationId) =>
        caller.IsSecret || caller.Claims?.ConversationId == conversationId
            ? null
            : Error(StatusCodes.Status403Forbidden, "Forbidden", "The token does not grant access to this conversation.");

    /// <summary>The <c>serviceUrl</c> given to the bot: configured, else this server's base address.</summary>
    public string ServiceUrl(HttpRequest request) =>
        !string.IsNullOrEmpty(_options.ServiceUrl) ? _options.ServiceUrl : $"{request.Scheme}://{request.Host}{request.PathBase}/";

    /// <summary>Reads at most <paramref name="max"/> bytes of the body; null when it is longer.</summary>
    public static async Task<byte[]?> ReadBoundedAsync(Stream body, long? declaredLength, int max, CancellationToken cancellationToken)
    {
        if (declaredLength > max)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>Parses a JSON body; an empty body gives a default value, invalid JSON gives null.</summary>
    public static bool TryReadJson<T>(byte[] json, out T? value)
    {
        value = default;
        if (json.Length == 0 || json.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            return true;
        }
        try
        {
            value = JsonSerializer.Deserialize<T>(json, ProtocolJson.Options);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // Hashing first makes the comparison independent of the candidate's length.
    private bool IsSecret(string credential) =>
        _options.Secret.Length > 0
        && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(credential)),
            SHA256.HashData(Encoding.UTF8.GetBytes(_options.Secret)));
}
