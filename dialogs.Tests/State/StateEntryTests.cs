using Cnam.Bot.Dialogs;
using Cnam.Bot.Dialogs.Schedules;
using Cnam.Bot.State;

namespace Cnam.Bot.Tests.State;

public sealed class StateEntryTests
{
    private const string Key = "user/webchat/visitor";
    private readonly InMemoryStateStore _store = new();

    [Fact]
    public async Task ADocumentReadButNeverChangedIsNotCreated()
    {
        // A website visitor's question reads their user document (a learner profile?) and changes nothing: no empty
        // document per visitor.
        var entry = await StateEntry<UserData>.LoadAsync(_store, Key, CancellationToken.None);

        Assert.False(await entry.SaveAsync(_store, CancellationToken.None));
        Assert.Null(await _store.ReadAsync(Key));
    }

    [Fact]
    public async Task ANewDocumentIsCreatedOnceItChanges()
    {
        var entry = await StateEntry<UserData>.LoadAsync(_store, Key, CancellationToken.None);
        entry.Value.LearnerProfile = new LearnerProfile { Programme = "LP110" };

        Assert.True(await entry.SaveAsync(_store, CancellationToken.None));
        Assert.Contains("LP110", (await _store.ReadAsync(Key))!.Json);
        Assert.False(await entry.SaveAsync(_store, CancellationToken.None));
    }

    [Fact]
    public async Task ADocumentThatExistsIsWrittenWhenItGoesBackToItsFirstShape()
    {
        // Forgetting a learner's profile leaves a document like a new one; the stored one must still lose the profile.
        var first = await StateEntry<UserData>.LoadAsync(_store, Key, CancellationToken.None);
        first.Value.LearnerProfile = new LearnerProfile { Programme = "LP110" };
        await first.SaveAsync(_store, CancellationToken.None);

        var second = await StateEntry<UserData>.LoadAsync(_store, Key, CancellationToken.None);
        second.Value.LearnerProfile = null;

        Assert.True(await second.SaveAsync(_store, CancellationToken.None));
        Assert.DoesNotContain("LP110", (await _store.ReadAsync(Key))!.Json);
    }
}
