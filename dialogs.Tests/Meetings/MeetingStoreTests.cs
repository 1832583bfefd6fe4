using Cnam.Bot.Meetings;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cnam.Bot.Tests.Meetings;

/// <summary>The registration store on the real LiteDB store: capacity and duplicates hold under concurrent requests.</summary>
public sealed class MeetingStoreTests
{
    [Fact]
    public async Task ConcurrentRegistrationsNeverExceedTheCapacityNorDuplicateAnEmail()
    {
        using var data = new TempDirectory();
        using var lite = new LiteDbStateStore(new StorageOptions(), data.Path, NullLogger<LiteDbStateStore>.Instance);
        // Two stores over one state store stand for two bot instances: between them only the etags keep order.
        MeetingStore[] instances = [new MeetingStore(lite), new MeetingStore(lite)];
        var store = instances[0];
        // 40 requests for 10 seats, from 20 people each asking twice (the second time in other letter case).
        var requests = Enumerable.Range(0, 40).Select(i => Task.Run(() => instances[i % 2].RegisterAsync(new MeetingRegistration
        {
            Id = $"r{i}",
            MeetingId = "m1",
            Name = $"P{i % 20}",
            Email = i < 20 ? $"p{i}@exemple.fr" : $"P{i - 20}@EXEMPLE.FR",
        }, capacity: 10, default))).ToList();
        var results = await Task.WhenAll(requests);

        var stored = await store.ListAsync("m1", default);
        Assert.Equal(10, stored.Count);
        Assert.Equal(10, stored.Select(r => r.Email.ToLowerInvariant()).Distinct().Count());
        Assert.Equal(10, results.Count(r => r.Result == RegistrationResult.Registered));
        Assert.All(results.Where(r => r.Result == RegistrationResult.Registered), r => Assert.Contains(stored, s => s.Id == r.Registration.Id));
        Assert.Equal(30, results.Count(r => r.Result is RegistrationResult.Full or RegistrationResult.Duplicate));
    }
}
