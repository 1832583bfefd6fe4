using System.Text.Json;
using Cnam.Bot.Cards;
using Cnam.Bot.Dialogs;
using Cnam.Bot.Tests.Common;
using Cnam.Bot.Tests.Dialogs.Eligibility;
using static Cnam.Bot.Tests.Dialogs.Eligibility.EligibilityTranscript;

namespace Cnam.Bot.Tests.Dialogs;

/// <summary>
/// The menu under an English answer is English, and each English entry does in English what the French one does in
/// French; the French menu is unchanged. The welcome card is English when the channel's locale is.
/// </summary>
public sealed class EnglishMenuTests(EligibilityFixture fixture) : IClassFixture<EligibilityFixture>
{
    [Theory]
    [InlineData("Hello!", "en")]
    [InlineData("What can you do?", "en")]
    [InlineData("Bonjour", "fr")]
    [InlineData("Que sais-tu faire ?", "fr")]
    public async Task TheMenuUnderAGreetingIsInTheGreetingsLanguage(string greeting, string language)
    {
        var c = fixture.Conversation();
        await SayAsync(c, greeting);

        Assert.Equal(language == "en" ? BotTexts.MenuEntriesEn : BotTexts.MenuEntries, MenuOf(c));
    }

    [Fact]
    public async Task HelpAndMenuCommandsInEnglishShowTheEnglishMenu()
    {
        var c = fixture.Conversation();
        Assert.StartsWith("I answer questions about Cnam's social intervention programmes", await SayAsync(c, "help"));
        Assert.Equal(BotTexts.MenuEntriesEn, MenuOf(c));
        Assert.StartsWith("Je réponds aux questions", await SayAsync(c, "aide"));
        Assert.Equal(BotTexts.MenuEntries, MenuOf(c));
    }

    [Fact]
    public async Task AskAQuestionPromptsInEnglishAndTheQuestionIsAnsweredInEnglish()
    {
        var c = fixture.Conversation();
        Assert.Equal(BotTexts.AskQuestionPromptEn, await SayAsync(c, BotTexts.AskQuestionEn));
        var answer = await SayAsync(c, "How much is the CASP in Paris?");
        Assert.Contains("€", answer);
        Assert.Contains("valid for", answer);

        var french = fixture.Conversation();
        Assert.Equal(BotTexts.AskQuestionPrompt, await SayAsync(french, BotTexts.AskQuestion));
    }

    [Fact]
    public async Task AmIEligibleStartsTheEnglishQuestionnaire()
    {
        var c = fixture.Conversation();
        Assert.Contains("Which programme are you interested in?", await SayAsync(c, BotTexts.EligibilityEn));
        var french = fixture.Conversation();
        Assert.Contains("Quelle formation vous intéresse ?", await SayAsync(french, BotTexts.Eligibility));
    }

    [Fact]
    public async Task FeesAndTimetablesAreAnsweredInEnglish()
    {
        var c = fixture.Conversation();
        Assert.Contains("Fees depend on the programme: which one?", await SayAsync(c, BotTexts.FeesEn));
        Assert.Contains("Les tarifs dépendent de la formation", await SayAsync(fixture.Conversation(), BotTexts.Fees));

        var timetables = await SayAsync(fixture.Conversation(), BotTexts.SchedulesEn);
        Assert.Contains("classes", timetables);
        Assert.DoesNotContain("Cours du", timetables);
    }

    [Fact]
    public async Task InformationMeetingDoesWhatTheFrenchEntryDoes()
    {
        var english = await SayAsync(fixture.Conversation(), BotTexts.InformationMeetingEn);
        var french = await SayAsync(fixture.Conversation(), BotTexts.InformationMeeting);

        Assert.NotEmpty(english);
        Assert.Equal(french, english);
    }

    [Fact]
    public async Task TheWelcomeCardIsEnglishForAnEnglishLocaleOnly()
    {
        var english = TestConversation.WithCnamBot();
        var update = TestConversation.MembersAdded(english.UserId);
        update.Locale = "en-US";
        var card = (await english.SendAsync(update)).Single().Attachments!.Single().Content!.Value;
        Assert.Equal(BotTexts.MenuEntriesEn, Titles(card));
        Assert.Equal("en", card.GetProperty("lang").GetString());
        Assert.Equal(BotTexts.WelcomeEn, card.GetProperty("fallbackText").GetString());

        var french = TestConversation.WithCnamBot();
        update = TestConversation.MembersAdded(french.UserId);
        update.Locale = "fr-FR";
        card = (await french.SendAsync(update)).Single().Attachments!.Single().Content!.Value;
        Assert.Equal(BotTexts.MenuEntries, Titles(card));
        Assert.True(JsonElement.DeepEquals(WelcomeCard.Content(), card));
    }

    private static List<string> MenuOf(TestConversation c) =>
        c.LastReplies.Where(r => r.SuggestedActions is not null).SelectMany(r => r.SuggestedActions!.Actions).Select(a => a.Title!).ToList();

    private static List<string> Titles(JsonElement card) =>
        card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()!).ToList();
}
