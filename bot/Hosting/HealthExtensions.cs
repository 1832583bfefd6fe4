namespace Cnam.Bot;

public static class HealthExtensions
{
    /// <summary><c>GET /healthz</c>: 200 when the host is up.</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        return app;
    }
}
