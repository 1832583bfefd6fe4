using System.Globalization;
using System.Text.Json;
using Cnam.Bot.Dialogs;
using Cnam.Bot.Knowledge.Text;
using Cnam.Bot.Protocol;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using Cnam.Bot.Tests.Knowledge;

namespace Cnam.Bot.Tests.Schedules;

// Learners' schedule questions in English: asked, answered and remembered in English to the end.
public sealed partial class ScheduleDialogTests
{
    [Fact]
    public async Task AnEnglishNextClassQuestionOnTeamsIsAskedAndAnsweredInEnglishToTheEnd()
    {
        var conversation = Bot().Conversation(TestConversation.Teams, InYear);
        await conversation.Flow()
            .Send("When is my next class?")
            .AssertReply(r =>
            {
                Contains(r, "Are you in the evening or the day classes?");
                DoesNotContain(r, "cours du soir ou du jour");
                Assert.Equal(["Evening classes", "Day classes", "I don't know"], r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            // A short English reply, not the button's title, is understood.
            .Send("evening")
            .AssertReply(r =>
            {
                Contains(r, "And your track?");
                Assert.Equal(["Integration through culture track", "Professional integration track"], r.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .Send("professional integration")
            .AssertReply(r =>
            {
                Contains(r, "Evening classes 2022-2023 (LP110, professional integration track): next class on **Wednesday 16 November 2022**, 18h15 - 21h15 — TRS103",
                    "My next classes", "Add to my calendar");
                DoesNotContain(r, "prochain cours");
                DoesNotContain(r, "Ajouter");
            })
            .AssertNoReply()
            // Remembered: the next English question is answered at once, a French one in French.
            .Send("what do I have this week?")
            .AssertReply(r => Contains(r, "My classes", "Evening classes 2022-2023"))
            .Send("c'est quand mon prochain cours ?")
            .AssertReply(r => Contains(r, "Cours du soir 2022-2023", "prochain cours le **mercredi 16 novembre 2022**"));
    }

    [Theory]
    // The day classes have one track: the answer comes at once. "I don't know": both modalities.
    [InlineData("day classes", "Day classes 2022-2023 (LP110, professional integration track): next class on **Thursday 17 November 2022**")]
    [InlineData("I don't know", "Evening classes 2022-2023 (LP110, professional integration track): next class on **Wednesday 16 November 2022**")]
    // The track said in English with the modality: answered at once, not asked again.
    [InlineData("I'm in the evening classes, integration track", "Evening classes 2022-2023 (LP110, professional integration track): next class on **Wednesday 16 November 2022**")]
    public async Task EnglishAnswersToTheModalityQuestionAreUnderstood(string answer, string expected)
    {
        var conversation = Bot().Conversation(now: InYear);
        await conversation.Flow()
            .Send("When is my next class?").AssertReply("evening or the day classes")
            .Send(answer)
            .AssertReply(r =>
            {
                Contains(r, expected);
                DoesNotContain(r, "prochain");
            });
    }

    [Fact]
    public async Task BothModalitiesShownToAnEnglishLearnerTheOfferToRememberIsInEnglishAndWorks()
    {
        var conversation = Bot().Conversation(now: OtherYear);
        var replies = await conversation.SendAsync(TestConversation.Message("Do we have classes on November 11?"));
        Contains(replies[^1], "To see only your classes", "I'm in the evening classes", "I'm in the day classes");
        DoesNotContain(replies[^1], "Je suis en");
        var noted = Assert.Single(await conversation.SendAsync(TestConversation.Message("I'm in the day classes")));
        Contains(noted, "Noted: you follow the day classes");
    }

    [Fact]
    public async Task AnEnglishDaySaidInLowerCaseHeadsTheCardWithItsDate()
    {
        var conversation = Bot().Conversation(now: InYear);
        await conversation.SendAsync(TestConversation.Message("I'm in the evening classes"));
        var reply = (await conversation.SendAsync(TestConversation.Message("is there class on 24 december?")))[^1];
        Contains(reply, "Classes — Saturday 24 December 2022");
        DoesNotContain(reply, "Classes — 24");
    }

    [Fact]
    public async Task AFrenchAnswerToTheEnglishPromptStillWorksAndTheDialogKeepsEnglish()
    {
        var conversation = Bot().Conversation(now: InYear);
        await conversation.Flow()
            .Send("When is my next class?").AssertReply("evening or the day classes")
            .Send("Cours du soir").AssertReply("And your track?")
            .Send("Insertion professionnelle")
            .AssertReply(r => Contains(r, "next class on **Wednesday 16 November 2022**"));
    }

    [Fact]
    public async Task AFrenchStateSavedBeforeTheLanguageExistedStillLoadsAndSpeaksFrench()
    {
        // A conversation stopped at the modality question by a version whose requests had no "language": the dialog
        // state is read back without it and the dialog carries on in French.
        var store = new InMemoryStateStore();
        var conversation = Bot(store).Conversation(now: InYear);
        await conversation.Flow().Send("c'est quand mon prochain cours ?").AssertReply("cours du soir ou du jour");
        var key = StateKeys.Conversation(TestConversation.WebChat, conversation.ConversationId);
        var item = (await store.ReadAsync(key))!;
        Assert.Contains("\"language\":\"fr\"", item.Json);
        var old = item.Json.Replace(",\"language\":\"fr\"", "", StringComparison.Ordinal);
        Assert.DoesNotContain("\"language\"", old);
        await store.WriteAsync(key, old, item.ETag);

        await conversation.Flow()
            .Send("Cours du soir").AssertReply("Et votre parcours ?")
            .Send("Insertion professionnelle")
            .AssertReply(r => Contains(r, "prochain cours le **mercredi 16 novembre 2022**"));
    }


    [Fact]
    public async Task AProfileStatedInEnglishIsConfirmedInEnglish()
    {
        var conversation = Bot(new InMemoryStateStore()).Conversation(now: InYear);
        var reply = Assert.Single(await conversation.SendAsync(TestConversation.Message("I'm in the evening course, professional integration track")));

        Contains(reply, "Noted: you follow the evening classes 2022-2023", "my next class");
        DoesNotContain(reply, "C'est noté");
        Assert.Equal(["My next class", "What do I have this week?"], reply.SuggestedActions!.Actions.Select(a => a.Title));
    }
}
