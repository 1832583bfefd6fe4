using Cnam.Bot.Cards;
using Cnam.Bot.Dialogs;
using Cnam.Bot.Dialogs.Meetings;
using Cnam.Bot.Meetings;
using Cnam.Bot.Protocol;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Cnam.Bot.Tests.Meetings;

/// <summary>
/// The registration and the privacy requests started in English: every prompt, retry, notice and card in English, the
/// facts (dates, places, contacts) from the knowledge base; the language kept for the whole dialog and for the
/// reminder and follow-up; a dialog saved before the language existed carries on in French.
/// </summary>
public sealed class EnglishMeetingTests
{
    private const string Email = "jane.doe@example.com";

    [Theory]
    [InlineData(BotTexts.InformationMeetingEn, MeetingRegistrationDialog.AskMeetingEn)]
    [InlineData(BotTexts.InformationMeeting, MeetingRegistrationDialog.AskMeeting)]
    public async Task EachMenusInformationMeetingButtonRegistersInItsLanguage(string button, string asked)
    {
        using var h = new MeetingsHarness();
        var list = Assert.Single(await h.Conversation(TestConversation.Teams).SendAsync(TestConversation.Message(button)));
        Assert.Contains(asked, list.Text);
    }

    [Fact]
    public async Task TheEnglishEligibilityCardsMeetingButtonRegistersInEnglish()
    {
        using var h = new MeetingsHarness();
        var c = h.Conversation(TestConversation.Teams);
        var replies = await c.SendAsync(c.CardSubmission(new { action = EligibilityResultCard.MeetingAction, programme = "LP110", centre = "Paris", language = "en" }));
        Assert.Contains(MeetingRegistrationDialog.AskMeetingEn, replies[0].Text);
    }

    [Fact]
    public async Task AnEnglishRegistrationRunsInEnglishToItsConfirmationCard()
    {
        using var h = new MeetingsHarness();
        var c = h.Conversation(TestConversation.Teams);
        var list = Assert.Single(await c.SendAsync(TestConversation.Message("How do I sign up for the info session?")));
        Assert.Contains(MeetingRegistrationDialog.AskMeetingEn, list.Text);
        Assert.Contains("Tuesday 1 October 2030, 18:00–19:30", list.Text);
        Assert.Contains("Online link: https://visio.example.org/cnam-lp110", list.Text);
        Assert.Contains("Tue 1 Oct 18:00 — Paris", list.SuggestedActions!.Actions!.Select(a => a.Title));
        Assert.DoesNotContain("À laquelle", list.Text);

        await c.PlayAsync(
        [
            // The meeting by its English date, not its number.
            new("1 October", MeetingRegistrationDialog.AskNameEn),
            new("jane.doe@example.com", MeetingRegistrationDialog.NameRetryEn),
            new("Jane Doe", MeetingRegistrationDialog.AskEmailEn),
            new("jane at example dot com", MeetingRegistrationDialog.EmailRetryEn),
            new(Email, MeetingRegistrationDialog.AskPhoneEn),
            new("12", MeetingRegistrationDialog.PhoneRetryEn),
        ]);
        var consent = await c.SendAsync(TestConversation.Message("+33 6 12 34 56 78"));
        var notice = consent[0].Text!;
        Assert.Contains("**About your data**", notice);
        Assert.Contains("your phone number", notice);
        Assert.Contains("3 years after our last exchange", notice);
        Assert.Contains("\"delete my data\"", notice);
        Assert.Contains("par_intervention-sociale@lecnam.net", notice);
        Assert.Equal(MeetingRegistrationDialog.AskConsentEn, consent[^1].Text);
        Assert.Equal(["Yes", "No"], consent[^1].SuggestedActions!.Actions!.Select(a => a.Title));

        await c.PlayAsync([new("maybe", MeetingRegistrationDialog.ConsentRetryEn)]);
        var confirmation = Assert.Single(await c.SendAsync(TestConversation.Message("yes")));
        var texts = string.Join("\n", MeetingRegistrationTests.Strings(Assert.Single(confirmation.Attachments!).Content!.Value));
        Assert.Contains(MeetingConfirmationCard.HeadingEn, texts);
        Assert.Contains("Tuesday 1 October 2030, 18:00–19:30", texts);
        Assert.Contains(MeetingConfirmationCard.AddToCalendarEn, texts);
        Assert.Contains(MeetingConfirmationCard.EligibilityEn, texts);
        Assert.Contains("Place", texts);
        Assert.DoesNotContain("Inscription confirmée", texts);
        Assert.DoesNotContain("Ajouter à mon agenda", texts);
        Assert.DoesNotContain("Lieu", texts);

        var stored = Assert.Single(await h.Meetings.ListAsync("lp110-paris-oct", default));
        Assert.Equal(("Jane Doe", Email, "+33612345678", "LP110", "en"), (stored.Name, stored.Email, stored.Phone, stored.Programme, stored.Language));
    }

    [Fact]
    public async Task EnglishAnswersSkipThePhoneChooseTheProgrammeAndRefuseTheConsent()
    {
        using var h = new MeetingsHarness();
        var c = h.Conversation();
        await c.PlayAsync(
        [
            new("I'd like to register for an information meeting in La Réunion", "Centre régional du Port"),
            new("1", MeetingRegistrationDialog.AskNameEn),
            new("Jane Doe", MeetingRegistrationDialog.AskEmailEn),
        ]);
        var phone = Assert.Single(await c.SendAsync(TestConversation.Message(Email)));
        Assert.Equal([MeetingRegistrationDialog.PassPhoneEn], phone.SuggestedActions!.Actions!.Select(a => a.Title));
        var programme = Assert.Single(await c.SendAsync(TestConversation.Message("no")));
        Assert.StartsWith(MeetingRegistrationDialog.AskProgrammeEn, programme.Text);
        Assert.Equal(["CASP title (CPN42)", "CP29 certificate", MeetingRegistrationDialog.UndecidedEn], programme.SuggestedActions!.Actions!.Select(a => a.Title));
        await c.PlayAsync(
        [
            new("not sure", MeetingRegistrationDialog.AskConsentEn),
            new("no", MeetingRegistrationDialog.RefusedEn),
        ]);
        Assert.Empty(await h.Meetings.ListAsync("reunion-port-oct", default));
    }

    [Fact]
    public async Task AFullMeetingAndADuplicateAreExplainedInEnglish()
    {
        using var h = new MeetingsHarness();
        for (var i = 0; i < 3; i++)
        {
            await h.Meetings.RegisterAsync(new MeetingRegistration { Id = $"r{i}", MeetingId = "lp110-paris-oct", Email = $"p{i}@example.com", Name = $"P{i}" }, 3, default);
        }
        var c = h.Conversation();
        var list = await c.SendAsync(TestConversation.Message("I want to sign up for an information meeting about the licence"));
        Assert.Contains("(full)", string.Join(" ", list[0].SuggestedActions!.Actions!.Select(a => a.Title)));
        await c.PlayAsync(
        [
            new("1", "The meeting on Tuesday 1 October 2030, 18:00–19:30 is full. Would you like to sign up for the next one, Tuesday 15 October 2030, 12:30–13:30 (Cnam Paris — online)?"),
            new("yes", MeetingRegistrationDialog.AskNameEn),
            new("Jane Doe", MeetingRegistrationDialog.AskEmailEn),
            new("p0@example.com", MeetingRegistrationDialog.AskPhoneEn),
            new("skip", MeetingRegistrationDialog.AskConsentEn),
            new("yes", ""),
        ]);
        var again = h.Conversation(userId: "user-2");
        await again.PlayAsync(
        [
            new("sign me up for an information meeting", "Which one"),
            new("3", MeetingRegistrationDialog.AskNameEn),
            new("Jane D.", MeetingRegistrationDialog.AskEmailEn),
            new("P0@EXAMPLE.COM", "You are already registered for this meeting with the address P0@EXAMPLE.COM"),
        ]);
    }

    [Fact]
    public async Task WithNoMeetingTheEnglishAnswerSaysWhomToAsk()
    {
        using var h = new MeetingsHarness(MeetingsTestData.WithoutMeetings);
        var reply = Assert.Single(await h.Conversation().SendAsync(TestConversation.Message("How do I sign up for the info session about the CASP?")));
        Assert.StartsWith("No information meeting is scheduled at the moment for the titre Chargé d'accompagnement social", reply.Text);
        Assert.Contains("write to:", reply.Text);
        Assert.Contains("secretariat.rncp3@cnam.fr", reply.Text);
    }

    [Fact]
    public async Task TheReminderAndTheFollowUpAreInTheLanguageOfTheRegistration()
    {
        using var h = new MeetingsHarness();
        var texts = h.Services.GetRequiredService<MeetingTexts>();
        var meeting = MeetingsTestData.WithMeetings.GetMeeting("lp110-paris-online")!;
        var english = new MeetingRegistration { Name = "Jane Doe", Programme = "LP110", Language = "en" };
        // Stored before the language existed: French, as before.
        var older = new MeetingRegistration { Name = "Léa Martin", Programme = "LP110" };

        var reminder = texts.Reminder(meeting, english);
        Assert.StartsWith("Hello Jane Doe, a reminder: you are registered for tomorrow's information meeting, Tuesday 15 October 2030, 12:30–13:30.", reminder);
        Assert.Contains("Place: Cnam Paris — online", reminder);
        Assert.Contains("Online link: https://visio.example.org/cnam-lp110", reminder);
        Assert.Contains("par_intervention-sociale@lecnam.net", reminder);
        Assert.DoesNotContain("Bonjour", reminder);

        var followUp = texts.FollowUp(meeting, english);
        Assert.StartsWith("Hello Jane Doe, thank you for coming to the information meeting on Tuesday 15 October 2030", followUp);
        Assert.Contains("Your next steps:\n1. Check your eligibility with me: write \"Am I eligible?\"", followUp);
        Assert.Contains("A question about your registration? Write to:", followUp);
        Assert.Contains("_Source: Licence professionnelle Sciences humaines et sociales, mention Intervention sociale (LP110)", followUp);

        Assert.StartsWith("Bonjour Léa Martin, petit rappel : vous êtes inscrit(e) à la réunion d'information de demain, mardi 15 octobre 2030", texts.Reminder(meeting, older));
        Assert.Contains("Vos prochaines étapes :\n1. Vérifiez votre éligibilité", texts.FollowUp(meeting, older));
    }

    [Fact]
    public async Task ARegistrationSavedBeforeTheLanguageExistedCarriesOnInFrench()
    {
        var store = new InMemoryStateStore();
        using var h = new MeetingsHarness(store: store);
        var c = h.Conversation();
        await c.PlayAsync([new("je veux m'inscrire à une réunion d'information", "réunion"), new("1", MeetingRegistrationDialog.AskName)]);
        var key = StateKeys.Conversation(TestConversation.WebChat, c.ConversationId);
        var item = (await store.ReadAsync(key))!;
        Assert.Contains("\"language\":\"fr\"", item.Json);
        await store.WriteAsync(key, item.Json.Replace(",\"language\":\"fr\"", "", StringComparison.Ordinal), item.ETag);
        Assert.DoesNotContain("\"language\"", (await store.ReadAsync(key))!.Json);

        await c.PlayAsync(
        [
            // An English-looking name does not switch the dialog's language.
            new("John Smith", MeetingRegistrationDialog.AskEmail),
            new(Email, MeetingRegistrationDialog.AskPhone),
            new("passer", MeetingRegistrationDialog.AskConsent),
            new("oui", ""),
        ]);
        Assert.Equal("fr", Assert.Single(await h.Meetings.ListAsync("lp110-paris-oct", default)).Language);
    }

    [Fact]
    public async Task BackDuringTheRegistrationLeavesItInsteadOfBeingTakenForAName()
    {
        using var h = new MeetingsHarness();
        var c = h.Conversation();
        await c.PlayAsync([new("How do I sign up for the info session?", "Which one"), new("1", MeetingRegistrationDialog.AskNameEn)]);
        var replies = await c.SendAsync(TestConversation.Message("back"));
        Assert.DoesNotContain(replies, r => r.Text == MeetingRegistrationDialog.AskEmailEn);
        await c.PlayAsync([new("Jane Doe", "")]);
        Assert.Empty(await h.Meetings.ListAsync("lp110-paris-oct", default));
    }
}
