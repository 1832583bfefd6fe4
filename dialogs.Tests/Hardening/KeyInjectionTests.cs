using Cnam.Bot.Dialogs;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cnam.Bot.Tests.Hardening;

/// <summary>
/// Issue 10, injection against the store: keys are built from ids (<c>conv/{channel}/{conversation}</c>,
/// <c>ref/{channel}/{conversation}</c>) and listed by prefix. LiteDB turns a prefix into <c>LIKE 'prefix%'</c>, where
/// <c>%</c> and <c>_</c> are wildcards: ids holding them, or '/', '*', '..', must neither widen a listing nor reach another
/// document. Runs on every store implementation.
/// </summary>
public sealed class KeyInjectionTests
{
    public static TheoryData<string> Stores => new() { "LiteDb", "InMemory" };

    private static readonly string[] HostileIds = ["a%", "a_", "a*", "a/..", "..", "a/b", "%", "_", "*", "a'--", "a\\", "a%b", "a_b", "é%", "😀_"];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task APrefixBuiltFromAHostileIdListsExactlyTheKeysThatStartWithIt(string kind)
    {
        using var data = new TempDirectory();
        using var disposable = Create(kind, data.Path, out var store);
        var keys = HostileIds.Select(id => ConversationReferences.Key("msteams", id))
            .Concat(["ref/msteams/abc", "ref/msteams/aXb", "ref/msteamsX/a", "ref/webchat/a%", "conv/msteams/a%"])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var key in keys)
        {
            await store.WriteAsync(key, "{}", IStateStore.AnyETag);
        }

        foreach (var id in HostileIds)
        {
            var prefix = ConversationReferences.Key("msteams", id);
            var listed = (await store.ListAsync(prefix)).Select(i => i.Key).ToList();
            var expected = keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, listed);
        }
        var teams = (await store.ListAsync("ref/msteams/")).Select(i => i.Key).ToList();
        Assert.DoesNotContain("ref/msteamsX/a", teams);
        Assert.DoesNotContain("ref/webchat/a%", teams);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task DeletingByAHostilePrefixDeletesOnlyWhatStartsWithIt(string kind)
    {
        using var data = new TempDirectory();
        using var disposable = Create(kind, data.Path, out var store);
        foreach (var key in new[] { "ref/msteams/a%", "ref/msteams/a%b", "ref/msteams/abc", "ref/msteams/a_", "ref/msteams/aXb" })
        {
            await store.WriteAsync(key, "{}", IStateStore.AnyETag);
        }
        Assert.Equal(2, await store.DeleteByPrefixAsync("ref/msteams/a%"));
        Assert.Equal(1, await store.DeleteByPrefixAsync("ref/msteams/a_"));
        Assert.Equal(["ref/msteams/aXb", "ref/msteams/abc"], (await store.ListAsync("ref/")).Select(i => i.Key).ToList());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task HostileIdsAddressTheirOwnDocumentOnly(string kind)
    {
        using var data = new TempDirectory();
        using var disposable = Create(kind, data.Path, out var store);
        foreach (var id in HostileIds)
        {
            await store.WriteAsync(StateKeys.Conversation("webchat", id), $"{{\"id\":{System.Text.Json.JsonSerializer.Serialize(id)}}}", IStateStore.AnyETag);
        }
        foreach (var id in HostileIds)
        {
            var item = await store.ReadAsync(StateKeys.Conversation("webchat", id));
            Assert.NotNull(item);
            Assert.Contains(System.Text.Json.JsonSerializer.Serialize(id), item.Json, StringComparison.Ordinal);
        }
        Assert.Equal(HostileIds.Length, (await store.ListAsync("conv/webchat/")).Count);
    }

    /// <summary>The store of <paramref name="kind"/>, and what to dispose (null for the in-memory one).</summary>
    private static IDisposable? Create(string kind, string directory, out IStateStore store)
    {
        if (kind == "LiteDb")
        {
            var lite = new LiteDbStateStore(new StorageOptions(), directory, NullLogger<LiteDbStateStore>.Instance);
            store = lite;
            return lite;
        }
        store = new InMemoryStateStore();
        return null;
    }
}
