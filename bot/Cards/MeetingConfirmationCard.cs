using System.Text.Json.Nodes;
using Cnam.Bot.Dialogs;
using Cnam.Bot.Knowledge.Model;
using Cnam.Bot.Meetings;

namespace Cnam.Bot.Cards;

/// <summary>
/// The registration's confirmation: the meeting (title, date and time, place, link), what was registered (name,
/// e-mail, phone, programme), what happens next, and buttons to add it to a calendar (the bot's <c>.ics</c>), join
/// online, and check eligibility. <see cref="ToText"/> is the same for channels without cards. Both are in the language
/// the person registered in (<see cref="MeetingRegistration.Language"/>).
/// </summary>
public static class MeetingConfirmationCard
{
    public const string Heading = "Inscription confirmée";
    public const string AddToCalendar = "Ajouter à mon agenda";
    public const string JoinOnline = "Rejoindre en ligne";
    public const string NextStep =
        "Vous recevrez un rappel la veille dans cette conversation, puis vos prochaines étapes après la réunion. " +
        "« mes données » montre ce que je garde sur vous, « supprimer mes données » l'efface.";

    public const string HeadingEn = "Registration confirmed";
    public const string AddToCalendarEn = "Add to my calendar";
    public const string JoinOnlineEn = "Join online";
    public const string NextStepEn =
        "You will get a reminder in this conversation the day before, then your next steps after the meeting. " +
        "\"my data\" shows what I keep about you, \"delete my data\" erases it.";

    /// <summary>The eligibility button of an English card: a message the eligibility topic understands.</summary>
    public const string EligibilityEn = "Am I eligible?";

    public static JsonObject Build(Meeting meeting, MeetingRegistration r, string invitationUrl)
    {
        var language = r.Language ?? "fr";
        var eligibility = L(r, BotTexts.Eligibility, EligibilityEn);
        var body = new List<JsonNode?>
        {
            AdaptiveCards.Text(L(r, Heading, HeadingEn), weight: "Bolder", size: "Large", color: "Good"),
            AdaptiveCards.Text(MeetingTexts.Title(meeting, language), weight: "Bolder", spacing: "None"),
            AdaptiveCards.Facts(Facts(meeting, r)),
            AdaptiveCards.Text(L(r, NextStep, NextStepEn), subtle: true),
        };
        var actions = new List<JsonNode?>
        {
            OpenUrl(L(r, AddToCalendar, AddToCalendarEn), invitationUrl),
            string.IsNullOrWhiteSpace(meeting.OnlineLink) ? null : OpenUrl(L(r, JoinOnline, JoinOnlineEn), meeting.OnlineLink),
            new JsonObject { ["type"] = "Action.Submit", ["title"] = eligibility, ["data"] = eligibility },
        };
        return AdaptiveCards.Card(body, actions, fallbackText: ToText(meeting, r, invitationUrl));
    }

    public static string ToText(Meeting meeting, MeetingRegistration r, string invitationUrl)
    {
        var colon = L(r, " :", ":");
        return $"{L(r, Heading, HeadingEn)}{colon} {MeetingTexts.Title(meeting, r.Language ?? "fr")}\n" +
            string.Join("\n", Facts(meeting, r).Where(f => f.Value.Length > 0).Select(f => $"- {f.Title}{colon} {f.Value}")) +
            $"\n{L(r, "Invitation pour votre agenda :", "Invitation for your calendar:")} {invitationUrl}\n{L(r, NextStep, NextStepEn)}";
    }

    private static IEnumerable<(string Title, string Value)> Facts(Meeting meeting, MeetingRegistration r)
    {
        var language = r.Language ?? "fr";
        return
        [
            ("Date", Dialogs.Questions.Format.Capitalize(MeetingTexts.When(meeting, language))),
            (L(r, "Lieu", "Place"), MeetingTexts.Where(meeting, language)),
            (L(r, "Lien", "Link"), meeting.OnlineLink ?? ""),
            (L(r, "Nom", "Name"), r.Name),
            ("E-mail", r.Email),
            (L(r, "Téléphone", "Phone"), r.Phone ?? ""),
            (L(r, "Formation", "Programme"), r.Programme is null ? "" : Dialogs.Questions.Format.ProgrammeShort(r.Programme, language)),
        ];
    }

    private static string L(MeetingRegistration r, string french, string english) => MeetingTexts.L(r.Language, french, english);

    private static JsonObject OpenUrl(string title, string url) => new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url };
}
