using System.Net;
using System.Net.Http.Json;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Tests.Hardening;

/// <summary>Corpus findings: ids too long for a state key (500, 502) and channel ids that reach other channels' keys.</summary>
public sealed class IdLimitsRegressionTests(RegressionHost host) : IClassFixture<RegressionHost>
{
    /// <summary>A 20,000-character conversation id made LiteDB refuse the key (500); a '/' in a channel id reached other channels' keys.</summary>
    [Theory]
    [InlineData("webchat", 20000, "conversation.id")]
    [InlineData("webchat/../msteams", 10, "channelId")]
    [InlineData("msteams*", 10, "channelId")]
    public async Task IdsThatCannotAddressStateAre400(string channelId, int conversationLength, string property)
    {
        using var response = await host.PostAsync(new { text = "bonjour" }, channelId, new string('c', conversationLength));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(property, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConversationIdAtTheByteLimitStillWorks()
    {
        using var response = await host.PostAsync(new { text = "Poser une question" }, "webchat", new string('é', MessagesEndpoint.MaxIdBytes / 2));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await RegressionHost.RepliesAsync(response));
    }

    /// <summary>With the secret (no user in the token), a 5,000-character from.id made the user's state key too long (502).</summary>
    [Fact]
    public async Task ADirectLineUserIdLongerThan128CharactersIs400()
    {
        var session = await DirectLineSession.StartAsync(host.App.CreateClient());
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{session.ConversationId}/activities")
        {
            Content = JsonContent.Create(new { type = "message", from = new { id = new string('u', 5000) }, text = "bonjour" }),
        };
        request.Headers.Authorization = new("Bearer", HardeningHost.DirectLineSecret);
        using var response = await host.App.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
