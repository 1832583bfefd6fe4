namespace Cnam.Bot;

public static class DirectLineExtensions
{
    /// <summary>Registers the built-in Direct Line 3.0 channel.</summary>
    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder) => builder;

    /// <summary>Maps <c>/v3/directline/*</c>.</summary>
    public static WebApplication MapDirectLine(this WebApplication app) => app;
}
