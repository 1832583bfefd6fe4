using Cnam.Bot.Meetings;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using Cnam.Bot.Tests.DirectLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cnam.Bot.Tests.Meetings;

/// <summary>
/// The whole web host (real CnamBot, LiteDB store in a temporary folder, built-in Direct Line) over the fixture
/// meetings, with an admin key (or none) and no pause between proactive messages.
/// </summary>
public sealed class MeetingsAppFactory(string? apiKey = MeetingsAppFactory.ApiKey) : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-admin-key-0123456789";
    private readonly TempDirectory _data = new();

    public IStateStore Store => Services.GetRequiredService<IStateStore>();
    public MeetingStore Meetings => Services.GetRequiredService<MeetingStore>();

    /// <summary>An HTTP client that sends the admin key in <c>X-Api-Key</c>.</summary>
    public HttpClient AdminClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(AdminApiKeyFilter.HeaderName, ApiKey);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataDirectory", _data.Path);
        builder.UseSetting("Knowledge:DataDirectory", MeetingsTestData.DataDirectory);
        builder.UseSetting("Meetings:SendDelay", "00:00:00");
        builder.UseSetting("DirectLine:Secret", DirectLineAppFactory.Secret);
        builder.UseSetting("Admin:ApiKey", apiKey ?? "");
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
