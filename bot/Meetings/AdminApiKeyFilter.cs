using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Cnam.Bot.Meetings;

/// <summary>
/// Guards <c>/api/admin/*</c>: the key of <c>Admin:ApiKey</c> in <c>X-Api-Key</c> or <c>Authorization: ApiKey …</c>,
/// compared in constant time (<see cref="CryptographicOperations.FixedTimeEquals"/>) so the answer time says nothing
/// about how much of a guess was right. No key configured: the admin API does not exist (404).
/// </summary>
public sealed class AdminApiKeyFilter(IOptions<AdminOptions> options) : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";
    public const string Scheme = "ApiKey";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var configured = options.Value.ApiKey;
        if (string.IsNullOrEmpty(configured))
        {
            return Results.NotFound();
        }
        var given = Presented(context.HttpContext.Request);
        if (given is null || !Matches(given, configured))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = Scheme;
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "A valid API key is required (X-Api-Key).");
        }
        return await next(context);
    }

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers.TryGetValue(HeaderName, out var header) && header.Count == 1 && !string.IsNullOrEmpty(header[0]))
        {
            return header[0];
        }
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(Scheme + " ", StringComparison.OrdinalIgnoreCase) ? authorization[(Scheme.Length + 1)..].Trim() : null;
    }

    // Hashing both sides first gives equal lengths, so the comparison time does not reveal the key's length either.
    private static bool Matches(string given, string configured) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
}
