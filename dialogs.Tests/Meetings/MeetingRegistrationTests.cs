using System.Text.Json;
using Cnam.Bot.Cards;
using Cnam.Bot.Dialogs;
using Cnam.Bot.Dialogs.Meetings;
using Cnam.Bot.Meetings;
using Cnam.Bot.Protocol;
using Cnam.Bot.Tests.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Cnam.Bot.Tests.Meetings;

/// <summary>Registration transcripts through the whole bot (main dialog, topics, knowledge base with fixture meetings).</summary>
public sealed class MeetingRegistrationTests
{
    private const string Email = "marie.curie@exemple.fr";

    [Fact]
    public async Task HappyPathEndsWithTheConfirmationCardOnceTheRegistrationIsStored()
    {
        using var h = new MeetingsHarness();
        var c = h.Conversation();
        await c.PlayAsync(
        [
            new("Je veux m'inscrire à une réunion d'information sur la licence pro", "À laquelle souhaitez-vous vous inscrire"),
            new("1", MeetingRegistrationDialog.AskName),
            new("Marie Curie", MeetingRegistrationDialog.AskEmail),
            new(Email, "téléphone (facultatif)"),
            new("06 12 34 56 78", MeetingRegistrationDialog.AskConsent),
        ]);
        var replies = await c.SendAsync(TestConversation.Message("oui"));

        var card = Assert.Single(replies).Attachments!.Single();
        Assert.Equal(Attachment.AdaptiveCardContentType, card.ContentType);
        var json = string.Join("\n", Strings(card.Content!.Value));
        Assert.Contains(MeetingConfirmationCard.Heading, json);
        Assert.Contains("Mardi 1 octobre 2030, 18:00–19:30", json);
        Assert.Contains("/meetings/lp110-paris-oct.ics", json);
        var stored = Assert.Single(await h.Meetings.ListAsync("lp110-paris-oct", default));
        Assert.Equal(("Marie Curie", Email, "0612345678", "LP110", TestConversation.WebChat, "user-1"),
            (stored.Name, stored.Email, stored.Phone, stored.Programme, stored.ChannelId, stored.UserId));
    }

    [Fact]
    public async Task WhenTheNextMeetingIsAskedTheScheduledOnesComeFirstThenTheDocuments()
    {
        using var h = new MeetingsHarness();
        var replies = await h.Conversation().SendAsync(TestConversation.Message("quand est la prochaine réunion d'information pour la licence ?"));

        var text = string.Join("\n", replies.Select(r => r.Text));
        Assert.StartsWith("Les prochaines réunions d'information :", text);
        Assert.Contains("Mardi 1 octobre 2030", text);
        Assert.Contains("m'inscrire à une réunion d'information", text);
        Assert.Contains("par_intervention-sociale@lecnam.net", text);
    }

    [Fact]
    public async Task TheInformationNoticeSaysPurposeRetentionRightsAndContactBeforeTheConsent()
    {
        using var h = new MeetingsHarness();
        var c = h.Conversation();
        await c.PlayAsync([new("je voudrais m'inscrire à une réunion d'information", "réunion"), new("1", "nom"), new("Ada Lovelace", "e-mail"), new(Email, "téléphone")]);
        var replies = await c.SendAsync(TestConversation.Message("passer"));
        var notice = replies[0].Text!;
        Assert.Contains("Pour quoi faire", notice);
        Assert.Contains("3 ans après notre dernier échange", notice);
        Assert.Contains("supprimer mes données", notice);
        Assert.Contains("par_intervention-sociale@lecnam.net", notice);
        Assert.Equal(["Oui", "Non"], replies[^1].SuggestedActions!.Actions!.Select(a => a.Title));
    }

    [Fact]
    public async Task ConsentRefusedStoresNothing()
    {
        using var h = new MeetingsHarness();
        var c = h.Conversation();
        await c.PlayAsync(
        [
            new("je veux m'inscrire à une réunion d'information", "réunion"),
            new("3", MeetingRegistrationDialog.AskName),
            new("Marie Curie", MeetingRegistrationDialog.AskEmail),
            new(Email, "téléphone"),
            new("passer", MeetingRegistrationDialog.AskConsent),
            new("non", "je n'ai rien enregistré"),
        ]);
        var items = await h.AllItemsAsync();
        Assert.DoesNotContain(items, i => i.Key.StartsWith(MeetingStore.KeyPrefix, StringComparison.Ordinal));
        Assert.DoesNotContain(items, i => i.Json.Contains(Email, StringComparison.OrdinalIgnoreCase) || i.Json.Contains("Curie", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnInvalidNameEmailOrPhoneIsAskedAgain()
    {
        using var h = new MeetingsHarness();
        var c = h.Conversation();
        await c.PlayAsync(
        [
            new("je veux m'inscrire à une réunion d'information", "réunion"),
            new("1", "nom"),
            new("marie.curie@exemple.fr", MeetingRegistrationDialog.NameRetry),
            new("Marie Curie", MeetingRegistrationDialog.AskEmail),
            new("marie.curie@exemple", MeetingRegistrationDialog.EmailRetry),
            new("marie curie at exemple.fr", MeetingRegistrationDialog.EmailRetry),
            new(Email, MeetingRegistrationDialog.AskPhone),
            new("12", MeetingRegistrationDialog.PhoneRetry),
            new("+262 692 12 34 56", MeetingRegistrationDialog.AskConsent),
            new("oui", ""),
        ]);
        Assert.Equal("+262692123456", Assert.Single(await h.Meetings.ListAsync("lp110-paris-oct", default)).Phone);
    }

    [Fact]
    public async Task RegisteringTwiceWithTheSameEmailCreatesNoDuplicateAndSaysSo()
    {
        using var h = new MeetingsHarness();
        await RegisterAsync(h.Conversation(), "1", Email);
        var again = h.Conversation(userId: "user-2");
        await again.PlayAsync(
        [
            new("je veux m'inscrire à une réunion d'information", "réunion"),
            new("1", "nom"),
            new("Marie C.", MeetingRegistrationDialog.AskEmail),
            new(Email.ToUpperInvariant(), "déjà inscrit(e) à cette réunion"),
        ]);
        Assert.Single(await h.Meetings.ListAsync("lp110-paris-oct", default));
    }

    [Fact]
    public async Task AFullMeetingIsRefusedAndTheNextOneOffered()
    {
        using var h = new MeetingsHarness();
        for (var i = 0; i < 3; i++)
        {
            await h.Meetings.RegisterAsync(new MeetingRegistration { Id = $"r{i}", MeetingId = "lp110-paris-oct", Email = $"p{i}@exemple.fr", Name = $"P{i}" }, 3, default);
        }
        var c = h.Conversation();
        var list = await c.SendAsync(TestConversation.Message("je veux m'inscrire à une réunion d'information pour la licence pro"));
        Assert.Contains("(complet)", string.Join(" ", list[0].SuggestedActions!.Actions!.Select(a => a.Title)));
        await c.PlayAsync(
        [
            new("1", "est complète. Voulez-vous vous inscrire à la suivante, mardi 15 octobre 2030, 12:30–13:30"),
            new("oui", MeetingRegistrationDialog.AskName),
            new("Marie Curie", "e-mail"),
            new(Email, "téléphone"),
            new("passer", MeetingRegistrationDialog.AskConsent),
            new("oui", ""),
        ]);
        Assert.Equal(3, (await h.Meetings.ListAsync("lp110-paris-oct", default)).Count);
        Assert.Equal(Email, Assert.Single(await h.Meetings.ListAsync("lp110-paris-online", default)).Email);
    }

    [Fact]
    public async Task TheLastSeatTakenDuringTheDialogIsRefusedAtTheConsentWithoutStoring()
    {
        using var h = new MeetingsHarness();
        var c = h.Conversation();
        await c.PlayAsync(
        [
            new("je veux m'inscrire à une réunion d'information à La Réunion", "Centre régional du Port"),
            new("1", "nom"), new("Marie Curie", "e-mail"), new(Email, "téléphone"), new("passer", "formation vous intéresse"),
            new("CP29", MeetingRegistrationDialog.AskConsent),
        ]);
        await h.Meetings.RegisterAsync(new MeetingRegistration { Id = "other", MeetingId = "reunion-port-oct", Email = "autre@exemple.fr", Name = "Autre" }, 1, default);
        await c.PlayAsync([new("oui", "vient d'être prise")]);
        Assert.Equal("autre@exemple.fr", Assert.Single(await h.Meetings.ListAsync("reunion-port-oct", default)).Email);
    }

    [Fact]
    public async Task WithNoMeetingScheduledTheBotSaysWhomToAskForOne()
    {
        using var h = new MeetingsHarness(MeetingsTestData.WithoutMeetings);
        await h.Conversation().PlayAsync(
            [new("je veux m'inscrire à une réunion d'information pour la licence pro", "Aucune réunion d'information n'est programmée")]);
        var replies = await h.Conversation(conversationId: "c2").SendAsync(TestConversation.Message("je veux m'inscrire à une réunion d'information pour le CASP"));
        Assert.Contains("secretariat.rncp3@cnam.fr", replies.Single().Text);
        // What the documents say of their meetings comes too, with its source: the CASP's open days in Paris.
        Assert.Contains("Portes ouvertes d'information, d'orientation et d'inscriptions organisées par le Cnam en septembre et février.", replies.Single().Text);
        Assert.Contains("_Source : Titre professionnel de premier cycle", replies.Single().Text);
        Assert.DoesNotContain(await h.AllItemsAsync(), i => i.Key.StartsWith(MeetingStore.KeyPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithNoMeetingAndNoCentreSaidEachCentreTeachingTheProgrammeGivesItsContact()
    {
        using var h = new MeetingsHarness(MeetingsTestData.WithoutMeetings);
        // The CASP is taught at both centres: someone in La Réunion is not sent to Paris only.
        var casp = (await h.Conversation().SendAsync(TestConversation.Message("je veux m'inscrire à une réunion d'information pour le CASP"))).Single().Text;
        Assert.Contains("secretariat.rncp3@cnam.fr", casp);
        Assert.Contains("info@cnam.re", casp);
        // The licence is taught in Paris only: no contact of La Réunion.
        var licence = (await h.Conversation(conversationId: "c2").SendAsync(TestConversation.Message("je veux m'inscrire à une réunion d'information pour la licence"))).Single().Text;
        Assert.Contains("par_intervention-sociale@lecnam.net", licence);
        Assert.DoesNotContain("info@cnam.re", licence);
    }

    [Fact]
    public async Task TheMenuEntryAndTheEligibilityCardButtonStartTheRegistration()
    {
        using var h = new MeetingsHarness();
        await h.Conversation().PlayAsync([new(BotTexts.InformationMeeting, "À laquelle souhaitez-vous vous inscrire")]);
        var c = h.Conversation(conversationId: "card");
        var replies = await c.SendAsync(c.CardSubmission(new { action = EligibilityResultCard.MeetingAction, programme = "CPN42", centre = "La Réunion" }));
        Assert.Contains("Centre régional du Port", replies.Single().Text);
        Assert.DoesNotContain("Licence professionnelle", replies.Single().Text);
    }

    [Theory]
    [InlineData("c'est quoi la réunion d'information ?")]
    [InlineData("la réunion d'information est-elle obligatoire ?")]
    [InlineData("je veux m'inscrire à la licence pro")]
    // Whether the meeting is required to register is a question about it, not a wish to register.
    [InlineData("il faut passer par la réunion d'information pour s'inscrire ?")]
    [InlineData("Do I have to attend an information meeting?")]
    public void QuestionsAboutMeetingsAndOtherRegistrationsStayWithTheirTopics(string text)
    {
        using var h = new MeetingsHarness();
        var topic = h.Services.GetServices<IDialogTopic>().OfType<MeetingTopic>().Single();
        var turn = new TurnContext(TestConversation.Message(text), new BufferedReplySink());
        Assert.False(topic.TryRecognize(turn, out _));
    }

    [Fact]
    public async Task AVisitorFromAMeetingLinkIsGreetedForThatMeetingAndAnUnknownIdGenerically()
    {
        using var h = new MeetingsHarness();
        var c = h.Conversation();
        var replies = await c.SendAsync(FollowUpEvent("lp110-paris-oct"));
        Assert.Contains("mardi 1 octobre 2030, 18:00–19:30", replies[^1].Text);
        Assert.Contains(MeetingGreeter.RegisterAction, replies[^1].SuggestedActions!.Actions!.Select(a => a.Title));
        // Asking to register then means that meeting: no list, straight to the name.
        await c.PlayAsync([new(MeetingGreeter.RegisterAction, MeetingRegistrationDialog.AskName)]);

        var unknown = await h.Conversation(conversationId: "other").SendAsync(FollowUpEvent("no-such-meeting"));
        Assert.Contains(WelcomeCard.MeetingFollowUp, unknown[^1].Text);
    }

    /// <summary>Every string value of a JSON document (a card's texts, titles, urls), unescaped.</summary>
    internal static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    internal static Activity FollowUpEvent(string meetingId) => new()
    {
        Type = ActivityTypes.Event,
        Name = CnamBot.MeetingFollowUpEvent,
        Value = JsonSerializer.SerializeToElement(new { meetingId }),
    };

    /// <summary>Registers through the dialog to the meeting listed at <paramref name="choice"/>.</summary>
    internal static Task RegisterAsync(TestConversation c, string choice, string email, string name = "Marie Curie") =>
        c.PlayAsync(
        [
            new("je veux m'inscrire à une réunion d'information", "réunion"),
            new(choice, "nom"),
            new(name, "e-mail"),
            new(email, "téléphone"),
            new("passer", MeetingRegistrationDialog.AskConsent),
            new("oui", ""),
        ]);
}
