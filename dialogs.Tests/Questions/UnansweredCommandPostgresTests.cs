using Cnam.Bot.Dialogs.Questions;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Cnam.Bot.Tests.Questions;

/// <summary><c>kb unanswered</c> with <c>Storage:Provider = Postgres</c>: it reads the shared table while the bot instances run.</summary>
[Collection(PostgresCollection.Name)]
public sealed class UnansweredCommandPostgresTests(PostgresServer server, QuestionsFixture fixture) : IClassFixture<QuestionsFixture>
{
    private static readonly DateTimeOffset Monday = new(2022, 11, 21, 9, 0, 0, TimeSpan.Zero);

    private async Task<(int Code, string Output)> RunAsync(IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>()!;
        var output = new StringWriter();
        var code = await UnansweredCommand.RunAsync([], configuration, options, "/nonexistent", output);
        return (code, output.ToString());
    }

    private Dictionary<string, string?> Settings(string table) => new()
    {
        ["Storage:Provider"] = "Postgres",
        ["ConnectionStrings:Postgres"] = server.ConnectionString,
        ["Storage:Postgres:Table"] = table,
    };

    [Fact]
    public async Task ListsTheQuestionsTheRunningInstancesRecordedWithoutShowingThePassword()
    {
        var table = server.NewTable();
        var running = await server.CreateStoreAsync(table);
        var unanswered = QuestionsFixture.Unanswered(running);
        foreach (var (question, at) in new[] { ("Quel salaire après la formation ?", Monday), ("quel salaire apres la formation", Monday.AddDays(1)) })
        {
            await unanswered.RecordAsync(fixture.Recognizer.Recognize(question, at), "out-of-scope", at, CancellationToken.None);
        }

        var (code, output) = await RunAsync(Settings(table));

        Assert.True(code == 0, output);
        Assert.Contains("2 question(s) sans réponse, 1 distincte(s)", output, StringComparison.Ordinal);
        Assert.Contains($"table {table}", output, StringComparison.Ordinal);
        Assert.Contains("quel salaire apres la formation", output, StringComparison.Ordinal);
        Assert.DoesNotContain(new NpgsqlConnectionStringBuilder(server.ConnectionString).Password!, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATableNoInstanceCreatedYetMeansNoQuestion()
    {
        var (code, output) = await RunAsync(Settings(server.NewTable()));

        Assert.Equal(0, code);
        Assert.Contains("la table d'état n'existe pas encore", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingConnectionStringIsReportedWithExitCodeTwo()
    {
        var (code, output) = await RunAsync(new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres" });

        Assert.Equal(2, code);
        Assert.Contains("Storage:Postgres:ConnectionString", output, StringComparison.Ordinal);
    }
}
