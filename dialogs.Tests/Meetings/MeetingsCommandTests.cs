using Cnam.Bot.Meetings;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cnam.Bot.Tests.Meetings;

/// <summary><c>meetings list|registrations|export|attend|…</c>: output and exit codes, on the fixture meetings.</summary>
public sealed class MeetingsCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [$"--Storage:DataDirectory={_data.Path}", $"--Knowledge:DataDirectory={MeetingsTestData.DataDirectory}", "--Logging:LogLevel:Default=Warning"],
            ContentRootPath = _data.Path,
        });
        var output = new StringWriter();
        var code = await MeetingsCommand.RunAsync(args, builder, output);
        return (code, output.ToString());
    }

    private async Task SeedAsync()
    {
        using var lite = new LiteDbStateStore(new StorageOptions(), _data.Path, NullLogger<LiteDbStateStore>.Instance);
        await new MeetingStore(lite).RegisterAsync(new MeetingRegistration
        {
            Id = "r1", MeetingId = "lp110-paris-oct", Name = "Léa Martin", Email = "lea@exemple.fr", ChannelId = "webchat", UserId = "u1", ConversationId = "c1",
        }, 3, default);
    }

    [Fact]
    public async Task ListShowsEveryMeetingWithItsCounts()
    {
        await SeedAsync();
        var (code, output) = await RunAsync("list");
        Assert.Equal(0, code);
        Assert.Contains("lp110-paris-oct\t2030-10-01 18:00-19:30\tParis\t1/3 inscrits\t0 présents", output);
        Assert.Contains("reunion-port-oct\t2030-10-08 17:00-18:30\tLa Réunion\t0/1 inscrits", output);
    }

    [Fact]
    public async Task ExportAttendAndRegistrationsWorkOnTheStore()
    {
        await SeedAsync();
        var (code, output) = await RunAsync("attend", "lp110-paris-oct", "LEA@exemple.fr");
        Assert.Equal((0, "Présence enregistrée."), (code, output.Trim()));

        (code, output) = await RunAsync("export", "lp110-paris-oct");
        Assert.Equal(0, code);
        Assert.StartsWith(string.Join(',', RegistrationCsv.Header) + "\r\n", output);
        Assert.Contains("r1,lp110-paris-oct,Léa Martin,lea@exemple.fr,,,webchat,", output);
        Assert.Contains(",yes,,,,,", output);

        (code, output) = await RunAsync("registrations", "lp110-paris-oct");
        Assert.Equal(0, code);
        Assert.Contains("r1\tLéa Martin\tlea@exemple.fr", output);
    }

    [Fact]
    public async Task ProblemsExitWithAClearMessage()
    {
        var (code, output) = await RunAsync("registrations", "nope");
        Assert.Equal(1, code);
        Assert.Contains("Aucune réunion « nope » dans meetings.yaml", output);

        (code, output) = await RunAsync("attend", "lp110-paris-oct", "personne@exemple.fr");
        Assert.Equal(1, code);
        Assert.Contains("Personne n'est inscrit(e) à la réunion lp110-paris-oct avec l'adresse personne@exemple.fr", output);

        (code, output) = await RunAsync("follow-up");
        Assert.Equal(2, code);
        Assert.StartsWith("usage: meetings", output);
    }

    [Fact]
    public async Task TheCommandRefusesToOpenTheStoreWhileTheBotHoldsIt()
    {
        await SeedAsync();
        using var running = new LiteDbStateStore(new StorageOptions(), _data.Path, NullLogger<LiteDbStateStore>.Instance);
        _ = await running.ReadAsync("x");
        var (code, output) = await RunAsync("list");
        Assert.Equal(1, code);
        Assert.Contains("ouverte par le bot en marche : utilisez l'API d'administration", output);
    }
}
