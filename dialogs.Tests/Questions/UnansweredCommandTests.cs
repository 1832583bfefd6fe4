using Cnam.Bot.Dialogs.Questions;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cnam.Bot.Tests.Questions;

/// <summary>Issue 4: <c>kb unanswered</c> lists the recorded questions from the LiteDB state store, grouped, most frequent first.</summary>
public sealed class UnansweredCommandTests(QuestionsFixture fixture) : IClassFixture<QuestionsFixture>, IDisposable
{
    private static readonly DateTimeOffset Monday = new(2022, 11, 21, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _data = new();
    private readonly StorageOptions _options = new();

    public void Dispose() => _data.Dispose();

    private LiteDbStateStore OpenStore() => new(_options, _data.Path, NullLogger<LiteDbStateStore>.Instance);

    private async Task RecordAsync(IStateStore store, string question, string reason, DateTimeOffset at) =>
        await QuestionsFixture.Unanswered(store).RecordAsync(fixture.Recognizer.Recognize(question, at), reason, at, CancellationToken.None);

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var code = await UnansweredCommand.RunAsync(args, _options, _data.Path, output);
        return (code, output.ToString());
    }

    [Fact]
    public async Task ListsGroupsMostFrequentFirstWithCountLastSeenAndReason()
    {
        using (var store = OpenStore())
        {
            await RecordAsync(store, "Quel salaire après la formation ?", "out-of-scope", Monday);
            await RecordAsync(store, "quel salaire apres la formation", "out-of-scope", Monday.AddHours(2));
            await RecordAsync(store, "quel  SALAIRE après la formation ?!", "not-understood", Monday.AddDays(1));
            await RecordAsync(store, "vous proposez un logement ?", "out-of-scope", Monday.AddDays(3));
            await RecordAsync(store, "tarifs 2026-2027", "tariff-year", Monday.AddDays(2));
            await RecordAsync(store, "Tarifs 2026-2027 ?", "tariff-year", Monday.AddDays(2).AddHours(1));
        }

        var (code, output) = await RunAsync();

        Assert.True(code == 0, output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("6 question(s) sans réponse, 3 distincte(s)", lines[0], StringComparison.Ordinal);
        var rows = lines.Skip(2).ToList();
        Assert.Equal(3, rows.Count);
        Assert.StartsWith("3  2022-11-22 09:00", rows[0], StringComparison.Ordinal);
        Assert.Contains("out-of-scope, not-understood", rows[0], StringComparison.Ordinal);
        Assert.EndsWith("quel  SALAIRE après la formation ?!", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("2  2022-11-23 10:00", rows[1], StringComparison.Ordinal);
        Assert.Contains("tariff-year", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("1  2022-11-24 09:00", rows[2], StringComparison.Ordinal);
        Assert.EndsWith("vous proposez un logement ?", rows[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TopLimitsTheGroupsShown()
    {
        using (var store = OpenStore())
        {
            await RecordAsync(store, "quel salaire ?", "out-of-scope", Monday);
            await RecordAsync(store, "quel salaire ?", "out-of-scope", Monday);
            await RecordAsync(store, "un logement ?", "out-of-scope", Monday);
        }

        var (code, output) = await RunAsync("--top", "1");

        Assert.Equal(0, code);
        Assert.Contains("quel salaire ?", output, StringComparison.Ordinal);
        Assert.DoesNotContain("un logement ?", output, StringComparison.Ordinal);
        Assert.Contains("1 autre(s) question(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALockedStoreIsReportedWithExitCodeOne()
    {
        using var running = OpenStore();
        await RecordAsync(running, "quel salaire ?", "out-of-scope", Monday);

        var (code, output) = await RunAsync();

        Assert.Equal(1, code);
        Assert.Contains("ouverte par un autre processus", output, StringComparison.Ordinal);
        Assert.Contains("le bot est-il lancé ?", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingStoreIsNotCreated()
    {
        var (code, output) = await RunAsync();

        Assert.Equal(0, code);
        Assert.Contains("Aucune question sans réponse", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_data.Path, _options.FileName)));
    }

    [Fact]
    public async Task AStoreWithoutUnansweredQuestionsSaysSo()
    {
        using (var store = OpenStore())
        {
            await store.WriteAsync("conv/webchat/1", "{}", null);
        }

        var (code, output) = await RunAsync();

        Assert.Equal(0, code);
        Assert.Contains("Aucune question sans réponse enregistrée", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--top")]
    [InlineData("--top", "0")]
    [InlineData("--top", "deux")]
    [InlineData("autre")]
    public async Task WrongArgumentsPrintTheUsageWithExitCodeTwo(params string[] args)
    {
        var (code, output) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.StartsWith("usage: kb unanswered", output, StringComparison.Ordinal);
    }

    [Fact]
    public void GroupsKeepTheLatestWordingAndTheMostFrequentReasonFirst()
    {
        UnansweredQuestion Entry(string text, string reason, int day) => new(Monday.AddDays(day), text, "fr", reason, []);
        var groups = UnansweredCommand.GroupEntries(
        [
            Entry("Un logement ?", "out-of-scope", 0),
            Entry("un logement", "not-understood", 1),
            Entry("un LOGEMENT !", "not-understood", 2),
            Entry("quel salaire ?", "out-of-scope", 5),
        ]);

        Assert.Collection(groups,
            g =>
            {
                Assert.Equal("un LOGEMENT !", g.Text);
                Assert.Equal(3, g.Count);
                Assert.Equal(Monday.AddDays(2), g.LastSeen);
                Assert.Equal(["not-understood", "out-of-scope"], g.Reasons);
            },
            g => Assert.Equal(("quel salaire ?", 1), (g.Text, g.Count)));
    }
}
