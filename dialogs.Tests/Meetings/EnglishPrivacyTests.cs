using Cnam.Bot.Dialogs.Meetings;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;

namespace Cnam.Bot.Tests.Meetings;

/// <summary>"what do you know about me?" and "delete my data": answered, asked and confirmed in English.</summary>
public sealed class EnglishPrivacyTests
{
    private const string Email = "jane.doe@example.com";

    [Fact]
    public async Task WhatDoYouKnowAboutMeAnswersInEnglish()
    {
        using var h = new MeetingsHarness();
        var c = h.Conversation();
        await MeetingRegistrationTests.RegisterAsync(c, "1", Email, "Jane Doe");
        var text = Assert.Single(await c.SendAsync(TestConversation.Message("What do you know about me?"))).Text!;
        Assert.StartsWith("Here is what I keep about you:", text);
        Assert.Contains("- Registration for the information meeting on Tuesday 1 October 2030, 18:00–19:30: Jane Doe, jane.doe@example.com, Licence pro (LP110) (registered on", text);
        Assert.Contains("- The state of this conversation", text);
        Assert.EndsWith("Write \"delete my data\" to erase it all.", text);
        Assert.DoesNotContain("Voici", text);

        var nothing = Assert.Single(await h.Conversation(userId: "nobody", conversationId: "other").SendAsync(TestConversation.Message("what do you know about me?"))).Text!;
        Assert.DoesNotContain("Inscription", nothing);
        Assert.DoesNotContain("Registration for", nothing);
        Assert.StartsWith("Here is what I keep about you:", nothing);
    }

    [Theory]
    [InlineData("What data do you have on me?", "Here is what I keep about you:")]
    [InlineData("What data do you store?", "Here is what I keep about you:")]
    [InlineData("Quelles données avez-vous sur moi ?", "Voici")]
    public async Task OtherWaysOfAskingWhatIsKeptGetTheReport(string question, string start)
    {
        using var h = new MeetingsHarness();
        var text = Assert.Single(await h.Conversation().SendAsync(TestConversation.Message(question))).Text!;
        Assert.StartsWith(start, text);
    }

    [Fact]
    public async Task DeleteMyDataAsksAndAnswersInEnglish()
    {
        using var h = new MeetingsHarness();
        var c = h.Conversation();
        await MeetingRegistrationTests.RegisterAsync(c, "1", Email, "Jane Doe");
        var ask = await c.SendAsync(TestConversation.Message("delete my data"));
        Assert.Contains(PrivacyDialog.AskEraseEn, ask[^1].Text);
        Assert.Equal(["Yes", "No"], ask[^1].SuggestedActions!.Actions!.Select(a => a.Title));
        await c.PlayAsync([new("hmm", PrivacyDialog.EraseRetryEn), new("no", PrivacyDialog.KeptAsIsEn)]);
        Assert.Single(await h.Meetings.ListAsync("lp110-paris-oct", default));

        await c.PlayAsync([new("delete my data", PrivacyDialog.AskEraseEn), new("yes", PrivacyDialog.ErasingEn)]);
        Assert.Empty(await h.Meetings.ListAsync("lp110-paris-oct", default));
    }

    [Fact]
    public async Task AnErasureConfirmationSavedBeforeTheLanguageExistedIsFrench()
    {
        var store = new InMemoryStateStore();
        using var h = new MeetingsHarness(store: store);
        var c = h.Conversation();
        await c.PlayAsync([new("supprimer mes données", PrivacyDialog.AskErase)]);
        var key = StateKeys.Conversation(TestConversation.WebChat, c.ConversationId);
        var item = (await store.ReadAsync(key))!;
        Assert.Contains("\"language\":\"fr\"", item.Json);
        await store.WriteAsync(key, item.Json.Replace(",\"language\":\"fr\"", "", StringComparison.Ordinal), item.ETag);
        await c.PlayAsync([new("no", PrivacyDialog.KeptAsIs)]);
    }
}
