using Cnam.Bot.Meetings;
using Cnam.Bot.Tests.DirectLine;
using Microsoft.Extensions.DependencyInjection;

namespace Cnam.Bot.Tests.Meetings;

/// <summary>Issue 8: the reminder goes out by itself the day before the meeting, once, from one instance.</summary>
public sealed class ReminderSchedulerTests
{
    private const string Meeting = "lp110-paris-oct"; // 1 October 2030, Paris

    [Fact]
    public async Task TheReminderGoesOutTheDayBeforeFromTenOClockParisTimeOnce()
    {
        await using var connector = await FakeConnectorServer.StartAsync();
        var clock = new ManualClock(new DateTimeOffset(2030, 9, 29, 12, 0, 0, TimeSpan.Zero));
        using var h = await RegisteredAsync(connector, clock, "ana", "ben");
        var scheduler = h.Services.GetRequiredService<ReminderScheduler>();

        // Two days before, then the day before at 9:59 in Paris (UTC+2 in October): not yet.
        Assert.Empty(await scheduler.RunOnceAsync(default));
        clock.Advance(new DateTimeOffset(2030, 9, 30, 7, 59, 0, TimeSpan.Zero) - clock.GetUtcNow());
        Assert.Empty(await scheduler.RunOnceAsync(default));
        Assert.Empty(connector.Calls);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal([Meeting], await scheduler.RunOnceAsync(default));
        Assert.Equal(["conv-ana", "conv-ben"], connector.Calls.Select(c => c.ConversationId).Order());
        Assert.All(connector.Calls, c => Assert.Contains("petit rappel", c.Text));

        // Later checks the same day send nothing again; the meeting day itself is past the reminder.
        clock.Advance(TimeSpan.FromMinutes(15));
        await scheduler.RunOnceAsync(default);
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Empty(await scheduler.RunOnceAsync(default));
        Assert.Equal(2, connector.Calls.Count);
    }

    [Fact]
    public async Task AnotherInstanceOnTheSameStoreLeavesTheMeetingToTheOneHoldingItsLease()
    {
        await using var connector = await FakeConnectorServer.StartAsync();
        var clock = new ManualClock(new DateTimeOffset(2030, 9, 30, 9, 0, 0, TimeSpan.Zero));
        using var h = await RegisteredAsync(connector, clock, "ana");
        var first = h.Services.GetRequiredService<ReminderScheduler>();
        var second = ActivatorUtilities.CreateInstance<ReminderScheduler>(h.Services);

        Assert.Equal([Meeting], await first.RunOnceAsync(default));
        Assert.Empty(await second.RunOnceAsync(default));

        // A lease left by an instance that stopped expires: the other one takes over (and finds nothing left to send).
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal([Meeting], await second.RunOnceAsync(default));
        Assert.Single(connector.Calls);
    }

    /// <summary>A bot on <paramref name="clock"/> whose Connector is <paramref name="connector"/>, with these people registered.</summary>
    private static async Task<MeetingsHarness> RegisteredAsync(FakeConnectorServer connector, ManualClock clock, params string[] people)
    {
        var h = new MeetingsHarness(configure: s =>
        {
            FollowUpDeliveryTests.WithConnector(s);
            s.AddSingleton<TimeProvider>(clock);
        });
        foreach (var person in people)
        {
            await FollowUpDeliveryTests.RegisterAsync(h, connector.ServiceUrl, person, Meeting);
        }
        return h;
    }
}
