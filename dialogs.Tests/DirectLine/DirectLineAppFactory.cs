using Cnam.Bot.Protocol;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cnam.Bot.Tests.DirectLine;

/// <summary>
/// The whole app with an in-memory state store, the Direct Line test bot and (unless <paramref name="clock"/> is
/// null) a hand-driven clock.
/// </summary>
public sealed class DirectLineAppFactory(IStateStore? store = null, ManualClock? clock = null) : WebApplicationFactory<Program>
{
    public const string Secret = "test-secret-7f3a9c";
    public const string AllowedOrigin = "https://www.example.test";

    private readonly TempDirectory _data = new();

    public IStateStore Store { get; } = store ?? new InMemoryStateStore();

    public DirectLineTestBot Bot => Services.GetRequiredService<DirectLineTestBot>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Its own data directory (the knowledge copy lives there): never the source tree, never shared with another host.
        builder.UseSetting("Storage:DataDirectory", _data.Path);
        builder.UseSetting("DirectLine:Secret", Secret);
        builder.UseSetting("DirectLine:AllowedOrigins:0", AllowedOrigin);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Store);
            services.AddSingleton<DirectLineTestBot>();
            services.AddSingleton<IBot>(sp => sp.GetRequiredService<DirectLineTestBot>());
            services.TryAddSingleton<BotAdapter>();
            if (clock is not null)
            {
                services.AddSingleton<TimeProvider>(clock);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
        }
    }
}
