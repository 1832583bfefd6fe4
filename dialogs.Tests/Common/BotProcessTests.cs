namespace Cnam.Bot.Tests.Common;

public sealed class BotProcessTests
{
    [Fact]
    public async Task TheBuiltBotStartsHealthyWithItsStoreInTheGivenDataDirectoryAndDiesOnKill()
    {
        using var data = new TempDirectory();
        await using var bot = await BotProcess.StartAsync(data.Path);

        using var client = bot.CreateClient();
        Assert.Equal("ok", await client.GetStringAsync("healthz"));
        // The store is opened at start-up, before any traffic.
        Assert.True(File.Exists(Path.Combine(data.Path, "cnam-bot.db")), bot.Output);

        bot.Kill();
        Assert.True(bot.HasExited);
    }

    [Fact]
    public async Task AnUnsupportedStorageProviderStopsTheBotAtStartup()
    {
        using var data = new TempDirectory();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            BotProcess.StartAsync(data.Path, new Dictionary<string, string> { ["Storage__Provider"] = "Redis" }));
        Assert.Contains("Storage:Provider 'Redis' is not supported", error.Message);
    }
}
