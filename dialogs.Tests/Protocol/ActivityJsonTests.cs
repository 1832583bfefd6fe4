using System.Text.Json;
using System.Text.Json.Nodes;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Tests.Protocol;

/// <summary>Golden activity JSON: what channels send us is read without loss, what we send has the wire shape.</summary>
public sealed class ActivityJsonTests
{
    public static TheoryData<string> InboundFixtures =>
    [
        "webchat-message.json",
        "teams-message-mention.json",
        "conversation-update.json",
        "invoke-adaptivecard-action.json",
        "webchat-postback-submit.json",
    ];

    [Theory]
    [MemberData(nameof(InboundFixtures))]
    public void InboundActivitySurvivesARoundTripUnchanged(string fixture)
    {
        var original = Read(fixture);

        var activity = ProtocolJson.Deserialize<Activity>(original)!;
        var rewritten = ProtocolJson.Serialize(activity);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(original), JsonNode.Parse(rewritten)), rewritten);
    }

    [Fact]
    public void WebChatMessageIsReadWithItsClientActivityIdAndUnknownFieldsKept()
    {
        var activity = ProtocolJson.Deserialize<Activity>(Read("webchat-message.json"))!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("webchat", activity.ChannelId);
        Assert.Equal("dl_5f0c9a2e7b", activity.From!.Id);
        Assert.Equal("user", activity.From.Role);
        Assert.Equal(new DateTimeOffset(2025, 3, 10, 13, 15, 1, 987, TimeSpan.FromHours(4)), activity.LocalTimestamp);
        Assert.Equal("1741597701987v2xq8kz1m5", activity.ChannelData!.Value.GetProperty("clientActivityID").GetString());
        Assert.Equal("ClientCapabilities", Assert.Single(activity.Entities!).Type);
        // A2005: fields we do not model are kept.
        Assert.True(activity.Properties!.ContainsKey("rawTimestamp"));
        Assert.True(activity.Properties.ContainsKey("rawLocalTimestamp"));
    }

    [Fact]
    public void TeamsMessageIsReadWithItsMentionTenantAndTeam()
    {
        var activity = ProtocolJson.Deserialize<Activity>(Read("teams-message-mention.json"))!;

        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal("channel", activity.Conversation!.ConversationType);
        Assert.True(activity.Conversation.IsGroup);
        Assert.Equal("5e2b7c1d-8f3a-4b6c-9d0e-1f2a3b4c5d6e", activity.Conversation.TenantId);
        Assert.Equal("6f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b", activity.From!.AadObjectId);
        var mention = Assert.Single(activity.Entities!, e => e.Type == "mention");
        Assert.Equal(activity.Recipient!.Id, mention.Properties!["mentioned"].GetProperty("id").GetString());
        Assert.Equal("<at>Cnam Bot</at>", mention.Properties["text"].GetString());
        Assert.Contains(activity.Entities!, e => e.Type == "clientInfo");
        var channelData = activity.ChannelData!.Value;
        Assert.Equal("5e2b7c1d-8f3a-4b6c-9d0e-1f2a3b4c5d6e", channelData.GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal("LP Intervention sociale", channelData.GetProperty("team").GetProperty("name").GetString());
        Assert.Equal("text/html", Assert.Single(activity.Attachments!).ContentType);
    }

    [Fact]
    public void ConversationUpdateIsReadWithTheMembersAdded()
    {
        var activity = ProtocolJson.Deserialize<Activity>(Read("conversation-update.json"))!;

        Assert.Equal(ActivityTypes.ConversationUpdate, activity.Type);
        Assert.Equal(["cnam-bot@Y2lfBx7w", "dl_5f0c9a2e7b"], activity.MembersAdded!.Select(m => m.Id));
        Assert.Equal(activity.Recipient!.Id, activity.MembersAdded![0].Id);
    }

    [Fact]
    public void AdaptiveCardActionInvokeIsReadWithItsVerbAndData()
    {
        var activity = ProtocolJson.Deserialize<Activity>(Read("invoke-adaptivecard-action.json"))!;

        Assert.Equal(ActivityTypes.Invoke, activity.Type);
        Assert.Equal(ActivityHandler.AdaptiveCardActionInvoke, activity.Name);
        var action = activity.Value!.Value.GetProperty("action");
        Assert.Equal("Action.Execute", action.GetProperty("type").GetString());
        Assert.Equal("checkEligibility", action.GetProperty("verb").GetString());
        Assert.Equal("LP110", action.GetProperty("data").GetProperty("programme").GetString());
        Assert.Equal("manual", activity.Value.Value.GetProperty("trigger").GetString());
    }

    [Fact]
    public void WebChatSubmitIsAPostBackMessageWithAValueAndNoText()
    {
        var activity = ProtocolJson.Deserialize<Activity>(Read("webchat-postback-submit.json"))!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Null(activity.Text);
        Assert.True(activity.ChannelData!.Value.GetProperty("postBack").GetBoolean());
        Assert.Equal(JsonValueKind.Object, activity.Value!.Value.ValueKind);
        Assert.Equal("eligibility", activity.Value.Value.GetProperty("form").GetString());
        Assert.Equal("Kx3f9Q2Lz1A8bYt7Vw-eu|0000006", activity.ReplyToId);
    }

    [Fact]
    public async Task ReplyIsWrittenInTheGoldenWireShape()
    {
        var inbound = ProtocolJson.Deserialize<Activity>(Read("webchat-message.json"))!;
        var sink = new BufferedReplySink();
        var turn = new TurnContext(inbound, sink);
        var card = JsonSerializer.SerializeToElement(new
        {
            type = "AdaptiveCard",
            version = "1.5",
            body = new object[] { new { type = "TextBlock", text = "Licence professionnelle", wrap = true } },
        });
        var reply = new Activity
        {
            Text = "Voici ce que je peux vous dire.",
            InputHint = InputHints.AcceptingInput,
            Attachments = [Attachment.AdaptiveCard(card)],
            SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("Parcours"), CardAction.OpenUrl("En savoir plus", "https://example.org/formations")] },
            Entities = [],
            Speak = "",
            // A bot never sends these (A2031, A2041, A2300): the writer must drop them even if set.
            Id = "bot-made-id",
            Timestamp = DateTimeOffset.UnixEpoch,
            ServiceUrl = "https://elsewhere.test/",
            CallerId = "urn:botframework:azure",
        };

        await turn.SendActivityAsync(reply);
        var written = JsonSerializer.Serialize(Assert.Single(sink.Activities), ProtocolJson.OutboundOptions);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Read("reply-message.json")), JsonNode.Parse(written)), written);
    }

    [Theory]
    [InlineData("accepting", "acceptingInput")]
    [InlineData("expecting", "expectingInput")]
    [InlineData("ignoring", "ignoringInput")]
    [InlineData("expectingInput", "expectingInput")]
    public void OutboundInputHintUsesTheWireSpelling(string given, string written)
    {
        var json = JsonSerializer.Serialize(new Activity { Type = ActivityTypes.Message, InputHint = given }, ProtocolJson.OutboundOptions);

        Assert.Equal(written, (string?)JsonNode.Parse(json)!["inputHint"]);
    }

    [Fact]
    public void ChannelSideWriterKeepsIdAndWritesTimestampInUtcWithZ()
    {
        // Direct Line echoes activities to clients with the id and timestamp the channel gave them.
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "conv|0000001",
            Timestamp = new DateTimeOffset(2025, 3, 10, 13, 15, 2, 120, TimeSpan.FromHours(4)),
            MembersAdded = [],
        };

        var json = JsonNode.Parse(ProtocolJson.Serialize(activity))!;

        Assert.Equal("conv|0000001", (string?)json["id"]);
        Assert.Equal("2025-03-10T09:15:02.12Z", (string?)json["timestamp"]);
        Assert.Null(json["membersAdded"]);
    }

    private static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Protocol", "Resources", name));
}
