using Cnam.Bot.Dialogs.Meetings;
using Cnam.Bot.Meetings;
using Cnam.Bot.Protocol;
using Cnam.Bot.Tests.Common;

namespace Cnam.Bot.Tests.Meetings;

/// <summary>"j'ai assisté à la réunion d'information, et maintenant ?": the next steps, personal when the bot knows the meeting.</summary>
public sealed class AfterMeetingTests
{
    private static string Text(IEnumerable<Activity> replies) => string.Join("\n", replies.Select(r => r.Text));

    [Fact]
    public async Task SomeoneWhoCameGetsEachCentresNextStepsNotTheMeetingsAgain()
    {
        using var h = new MeetingsHarness(MeetingsTestData.WithoutMeetings);
        var replies = await h.Conversation().SendAsync(TestConversation.Message(
            "j'ai assisté à la réunion d'information hier, quelles sont les prochaines étapes ?"));

        var text = Text(replies);
        Assert.Contains("Après la réunion d'information, vos prochaines étapes", text);
        Assert.Contains("Suis-je éligible ?", text);
        Assert.Contains("**Cnam Paris**", text);
        // A sheet of one programme says whose it is when none was named.
        Assert.Contains("Admission en cours du jour (Titre CASP", text);
        Assert.Contains("par_intervention-sociale@lecnam.net", text);
        Assert.Contains("secretariat.rncp3@cnam.fr", text);
        Assert.Contains("**Cnam La Réunion**", text);
        Assert.Contains("Pièces à fournir", text);
        Assert.DoesNotContain("Aucune réunion d'information", text);
        Assert.DoesNotContain("Portes ouvertes", text);
        Assert.Equal(["Suis-je éligible ?"], replies[^1].SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task TheProgrammeAndCentreNamedGiveThoseStepsOnly()
    {
        using var h = new MeetingsHarness(MeetingsTestData.WithoutMeetings);
        var text = Text(await h.Conversation().SendAsync(TestConversation.Message(
            "j'ai participé à une réunion d'info pour le CASP à Paris, je fais quoi maintenant ?")));

        Assert.Contains("1. Vérifiez votre éligibilité", text);
        Assert.Contains("2. Admission en cours du jour :", text);
        Assert.Contains("secretariat.rncp3@cnam.fr", text);
        // The steps' facts say where they come from and the year they hold for.
        Assert.Contains("_Source : Titre professionnel de premier cycle « Chargé d'accompagnement social et professionnel » (CPN42, sortie bac+2) et certificat professionnel CP29 — Cnam Paris (valable 2016-2017)_", text);
        Assert.DoesNotContain("La Réunion", text);
        Assert.DoesNotContain("par_intervention-sociale@lecnam.net", text);
    }

    [Fact]
    public async Task TheStepsKeepTheirLinesInWebChat()
    {
        // Web Chat's markdown joins single lines and ends a numbered list at an unindented "- ": the contacts stay inside
        // their step, and each source is a line of its own.
        using var h = new MeetingsHarness(MeetingsTestData.WithoutMeetings);
        var text = Text(await h.Conversation().SendAsync(TestConversation.Message(
            "j'ai participé à une réunion d'info pour la licence à Paris, je fais quoi maintenant ?")));

        Assert.Matches(@"\d\. Une question sur votre inscription \? Écrivez à :\n   - Gestion et coordination", text);
        Assert.DoesNotContain("\n- ", text);

        var everyCentre = Text(await h.Conversation().SendAsync(TestConversation.Message(
            "j'ai participé à une réunion d'info, je fais quoi maintenant ?")));
        Assert.Contains("- Une question sur votre inscription ? Écrivez à :\n  - Gestion et coordination", everyCentre);
        Assert.Contains("_  \n_Source :", everyCentre);
    }

    [Fact]
    public async Task InEnglishTooAndNotARegistration()
    {
        // "attended" is also a wish to come to a meeting ("I'd like to attend"): here it is past.
        using var h = new MeetingsHarness();
        var replies = await h.Conversation().SendAsync(TestConversation.Message("I attended the info session, what now?"));

        var text = Text(replies);
        Assert.Contains("After the information meeting, your next steps", text);
        Assert.Contains("Check your eligibility with me", text);
        Assert.DoesNotContain(MeetingRegistrationDialog.AskNameEn, text);
        Assert.DoesNotContain("Which one", text);
        Assert.Equal(["Am I eligible?"], replies[^1].SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Theory]
    [InlineData("je n'ai pas pu assister à la réunion d'information, comment faire ?")]
    [InlineData("I missed the information meeting, what can I do?")]
    [InlineData("c'est quoi la réunion d'information ?")]
    public async Task NoAttendanceIsNoNextSteps(string message)
    {
        using var h = new MeetingsHarness(MeetingsTestData.WithoutMeetings);
        var text = Text(await h.Conversation().SendAsync(TestConversation.Message(message)));

        Assert.DoesNotContain("prochaines étapes", text);
        Assert.DoesNotContain("next steps", text);
    }

    [Fact]
    public async Task SomeoneRegisteredForAMeetingHeldGetsThatMeetingsFollowUp()
    {
        using var h = new MeetingsHarness();
        await h.Meetings.RegisterAsync(new MeetingRegistration
        {
            Id = "r1", MeetingId = "lp110-paris-oct", Name = "Marie Curie", Email = "marie.curie@exemple.fr", Programme = "LP110",
            ChannelId = TestConversation.WebChat, UserId = "user-1", ConversationId = "earlier",
        }, 30, default);

        // The day after the meeting (1 October 2030), in a new conversation of the same user.
        var later = h.Conversation(conversationId: "later");
        later.LocalTimestamp = new DateTimeOffset(2030, 10, 2, 9, 0, 0, TimeSpan.FromHours(2));
        var text = Text(await later.SendAsync(TestConversation.Message("j'ai assisté à la réunion d'information hier, et maintenant ?")));

        Assert.Contains("Bonjour Marie Curie, merci d'être venu(e)", text);
        Assert.Contains("mardi 1 octobre 2030", text);
        Assert.Contains("Vos prochaines étapes", text);
    }
}
