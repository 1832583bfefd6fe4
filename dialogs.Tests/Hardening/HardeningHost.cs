using System.Net;
using Cnam.Bot.Tests.Common;
using Cnam.Bot.Tests.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cnam.Bot.Tests.Hardening;

/// <summary>
/// The real app (real bot, knowledge and LiteDB store in a temporary directory) for hostile-input tests, in anonymous
/// development mode or with an app id (inbound tokens checked against the fake network's keys). A request may say
/// which client address it comes from with <see cref="ClientAddressHeader"/> (the in-memory server has none).
/// </summary>
public sealed class HardeningHost : WebApplicationFactory<Program>
{
    public const string ClientAddressHeader = "X-Test-Client-Address";
    public const string DirectLineSecret = "hardening-secret-5c1e8b";

    private readonly TempDirectory _data = new();
    private readonly Dictionary<string, string?> _settings;

    public HardeningHost(bool authenticated = false, IDictionary<string, string?>? settings = null)
    {
        Authenticated = authenticated;
        Network = new FakeNetwork(new TestSigningKeys());
        _settings = ProtocolHost.Settings(authenticated);
        _settings["Storage:DataDirectory"] = _data.Path;
        _settings["DirectLine:Secret"] = DirectLineSecret;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public bool Authenticated { get; }

    public FakeNetwork Network { get; }

    public string DataDirectory => _data.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting, not ConfigureAppConfiguration: Program reads some settings (the data directory) before Build().
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            ProtocolHost.RouteOutboundTo(services, Network);
            services.AddSingleton<IStartupFilter, ClientAddressFilter>();
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

    /// <summary>Sets the connection's remote address from the test header, before any other middleware runs.</summary>
    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(ClientAddressHeader, out var value) && IPAddress.TryParse(value.ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
