namespace Cnam.Bot.Auth;

/// <summary>How the bot's Azure registration obtains tokens (<c>MicrosoftAppType</c>).</summary>
public enum BotAppType
{
    /// <summary>App registration usable from any tenant; tokens from the <c>botframework.com</c> tenant.</summary>
    MultiTenant,

    /// <summary>App registration in one tenant; tokens from <c>MicrosoftAppTenantId</c>.</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity whose client id is <c>MicrosoftAppId</c>; no password.</summary>
    UserAssignedMSI,
}
