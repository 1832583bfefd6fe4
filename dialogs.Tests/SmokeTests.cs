using Cnam.Bot.Tests.Common;

namespace Cnam.Bot.Tests;

public class SmokeTests(BotApplicationFactory factory) : IClassFixture<BotApplicationFactory>
{
    [Fact]
    public async Task HealthEndpointAnswersOk()
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync("/healthz");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
        // The host's store lives in the factory's own directory, never in the source tree.
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "cnam-bot.db")));
    }
}
