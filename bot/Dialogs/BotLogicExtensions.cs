namespace Cnam.Bot;

public static class BotLogicExtensions
{
    /// <summary>Registers the bot's logic: understanding, dialogs and the <see cref="Protocol.IBot"/>.</summary>
    public static WebApplicationBuilder AddBotLogic(this WebApplicationBuilder builder) => builder;
}
