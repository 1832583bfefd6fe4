using Cnam.Bot.State;

namespace Cnam.Bot.Tests.State;

public sealed class KeyFilterTests
{
    [Fact]
    public void BeforeItIsReadyEveryKeyMayBePresent()
    {
        var filter = new KeyFilter();
        Assert.True(filter.MayContain("conv/webchat/never-added"));
    }

    [Fact]
    public void AnAddedKeyIsAlwaysMaybePresentAndMostOthersAreCertainlyAbsent()
    {
        var filter = new KeyFilter(1 << 20);
        var added = Enumerable.Range(0, 20_000).Select(i => $"conv/webchat/{Guid.NewGuid():N}-{i}").ToList();
        added.ForEach(filter.Add);
        filter.MarkReady();

        Assert.All(added, key => Assert.True(filter.MayContain(key)));
        var falsePositives = Enumerable.Range(0, 20_000).Count(i => filter.MayContain($"user/webchat/{Guid.NewGuid():N}-{i}"));
        // 20,000 keys in 1 Mbit with 4 hashes: about 0.2 % expected.
        Assert.InRange(falsePositives, 0, 200);
    }
}
