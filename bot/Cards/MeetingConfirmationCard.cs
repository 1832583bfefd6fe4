using System.Text.Json.Nodes;
using Cnam.Bot.Dialogs;
using Cnam.Bot.Knowledge.Model;
using Cnam.Bot.Meetings;

namespace Cnam.Bot.Cards;

/// <summary>
/// The registration's confirmation: the meeting (title, date and time, place, link), what was registered (name,
/// e-mail, phone, programme), what happens next, and buttons to add it to a calendar (the bot's <c>.ics</c>), join
/// online, and check eligibility. <see cref="ToText"/> is the same for channels without cards.
/// </summary>
public static class MeetingConfirmationCard
{
    public const string Heading = "Inscription confirmée";
    public const string AddToCalendar = "Ajouter à mon agenda";
    public const string JoinOnline = "Rejoindre en ligne";
    public const string NextStep =
        "Vous recevrez un rappel la veille dans cette conversation, puis vos prochaines étapes après la réunion. " +
        "« mes données » montre ce que je garde sur vous, « supprimer mes données » l'efface.";

    public static JsonObject Build(Meeting meeting, MeetingRegistration r, string invitationUrl)
    {
        var body = new List<JsonNode?>
        {
            AdaptiveCards.Text(Heading, weight: "Bolder", size: "Large", color: "Good"),
            AdaptiveCards.Text(MeetingTexts.Title(meeting), weight: "Bolder", spacing: "None"),
            AdaptiveCards.Facts(Facts(meeting, r)),
            AdaptiveCards.Text(NextStep, subtle: true),
        };
        var actions = new List<JsonNode?>
        {
            OpenUrl(AddToCalendar, invitationUrl),
            string.IsNullOrWhiteSpace(meeting.OnlineLink) ? null : OpenUrl(JoinOnline, meeting.OnlineLink),
            new JsonObject { ["type"] = "Action.Submit", ["title"] = BotTexts.Eligibility, ["data"] = BotTexts.Eligibility },
        };
        return AdaptiveCards.Card(body, actions, fallbackText: ToText(meeting, r, invitationUrl));
    }

    public static string ToText(Meeting meeting, MeetingRegistration r, string invitationUrl) =>
        $"{Heading} : {MeetingTexts.Title(meeting)}\n" +
        string.Join("\n", Facts(meeting, r).Where(f => f.Value.Length > 0).Select(f => $"- {f.Title} : {f.Value}")) +
        $"\nInvitation pour votre agenda : {invitationUrl}\n{NextStep}";

    private static IEnumerable<(string Title, string Value)> Facts(Meeting meeting, MeetingRegistration r) =>
    [
        ("Date", Dialogs.Questions.Format.Capitalize(MeetingTexts.When(meeting))),
        ("Lieu", MeetingTexts.Where(meeting)),
        ("Lien", meeting.OnlineLink ?? ""),
        ("Nom", r.Name),
        ("E-mail", r.Email),
        ("Téléphone", r.Phone ?? ""),
        ("Formation", r.Programme is null ? "" : Dialogs.Questions.Format.ProgrammeShort(r.Programme)),
    ];

    private static JsonObject OpenUrl(string title, string url) => new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url };
}
