using Microsoft.Extensions.Options;

namespace Cnam.Bot.Auth;

/// <summary>
/// The bot's identity and where tokens are checked and obtained. Read from the root keys
/// <c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>
/// (the names Azure Bot Service templates use) and the <c>BotFrameworkAuthentication</c> section.
/// </summary>
public sealed class BotAuthenticationOptions
{
    public const string SectionName = "BotFrameworkAuthentication";
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultLoginAuthorityHost = "https://login.microsoftonline.com";
    public const string DefaultOAuthScope = "https://api.botframework.com/.default";

    /// <summary>The only issuer accepted on tokens from Azure Bot Service channels.</summary>
    public const string BotFrameworkTokenIssuer = "https://api.botframework.com";

    /// <summary>Tenant that issues tokens for multi-tenant bots.</summary>
    public const string BotFrameworkTenant = "botframework.com";

    /// <summary>Raw <c>MicrosoftAppType</c>; empty means <see cref="BotAppType.MultiTenant"/>.</summary>
    public string? AppTypeName { get; set; }

    public string? AppId { get; set; }
    public string? AppPassword { get; set; }
    public string? TenantId { get; set; }

    /// <summary>OpenID metadata of the Bot Framework token service (its <c>jwks_uri</c> lists the signing keys).</summary>
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>Scheme and host of the Entra token service; the tenant is appended (replaceable for tests).</summary>
    public string LoginAuthorityHost { get; set; } = DefaultLoginAuthorityHost;

    /// <summary>Scope asked for when calling the Bot Connector.</summary>
    public string OAuthScope { get; set; } = DefaultOAuthScope;

    /// <summary>
    /// Lets the anonymous development mode (no <see cref="AppId"/>) start in the Production environment. Off by
    /// default: an unauthenticated <c>/api/messages</c> on a public host would let anyone post as any user.
    /// </summary>
    public bool AllowAnonymousInProduction { get; set; }

    /// <summary>Parsed <see cref="AppTypeName"/> (valid once the options passed validation).</summary>
    public BotAppType AppType =>
        string.IsNullOrWhiteSpace(AppTypeName) ? BotAppType.MultiTenant : Enum.Parse<BotAppType>(AppTypeName.Trim(), ignoreCase: true);

    /// <summary>No app id: development mode, requests without a token are accepted and no token is sent.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(AppId);

    /// <summary>Authority used to obtain Connector tokens: <c>{host}/botframework.com</c> or <c>{host}/{tenant}</c>.</summary>
    public string Authority =>
        LoginAuthorityHost.TrimEnd('/') + "/" + (AppType == BotAppType.MultiTenant ? BotFrameworkTenant : TenantId!.Trim());

    /// <summary>Fills the options from configuration.</summary>
    public void Load(IConfiguration configuration)
    {
        AppTypeName = configuration["MicrosoftAppType"];
        AppId = configuration["MicrosoftAppId"];
        AppPassword = configuration["MicrosoftAppPassword"];
        TenantId = configuration["MicrosoftAppTenantId"];
        var section = configuration.GetSection(SectionName);
        OpenIdMetadataUrl = NonEmpty(section["OpenIdMetadataUrl"]) ?? DefaultOpenIdMetadataUrl;
        LoginAuthorityHost = NonEmpty(section["LoginAuthorityHost"]) ?? DefaultLoginAuthorityHost;
        OAuthScope = NonEmpty(section["OAuthScope"]) ?? DefaultOAuthScope;
        AllowAnonymousInProduction = bool.TryParse(section["AllowAnonymousInProduction"], out var allow) && allow;
    }

    /// <summary>Every problem with the combination of settings, as sentences an operator can act on.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        var hasId = !string.IsNullOrWhiteSpace(AppId);
        var hasPassword = !string.IsNullOrEmpty(AppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(TenantId);
        if (!string.IsNullOrWhiteSpace(AppTypeName) && !Enum.TryParse<BotAppType>(AppTypeName.Trim(), ignoreCase: true, out _))
        {
            errors.Add($"MicrosoftAppType '{AppTypeName}' is not one of MultiTenant, SingleTenant, UserAssignedMSI.");
            return errors;
        }
        switch (AppType)
        {
            case BotAppType.MultiTenant when hasId && !hasPassword:
                errors.Add("MicrosoftAppPassword is required when MicrosoftAppId is set (MultiTenant).");
                break;
            case BotAppType.MultiTenant when !hasId && hasPassword:
                errors.Add("MicrosoftAppPassword is set but MicrosoftAppId is empty: set both, or neither for anonymous development mode.");
                break;
            case BotAppType.SingleTenant when !hasId || !hasPassword || !hasTenant:
                errors.Add("SingleTenant needs MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId.");
                break;
            case BotAppType.UserAssignedMSI when !hasId || !hasTenant:
                errors.Add("UserAssignedMSI needs MicrosoftAppId (the identity's client id) and MicrosoftAppTenantId.");
                break;
            case BotAppType.UserAssignedMSI when hasPassword:
                errors.Add("UserAssignedMSI must not have a MicrosoftAppPassword.");
                break;
        }
        if (!IsHttpsUrl(OpenIdMetadataUrl))
        {
            errors.Add($"{SectionName}:OpenIdMetadataUrl must be an absolute https URL.");
        }
        if (!IsHttpsUrl(LoginAuthorityHost))
        {
            errors.Add($"{SectionName}:LoginAuthorityHost must be an absolute https URL.");
        }
        return errors;
    }

    private static bool IsHttpsUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>Fails host start with a clear message when the bot credentials do not fit together.</summary>
internal sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        var errors = options.Validate();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
