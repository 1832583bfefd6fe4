using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cnam.Bot.Tests.Common;

/// <summary>
/// The web host in memory with its own temporary data directory, so test classes never share (or lock)
/// one LiteDB file, and nothing is written into the source tree.
/// </summary>
public sealed class BotApplicationFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _data = new();

    public string DataDirectory => _data.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("Storage:DataDirectory", _data.Path);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
        }
    }
}
