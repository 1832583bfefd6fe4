using System.Text.Json;
using System.Text.Json.Nodes;
using Cnam.Bot.Dialogs.Questions;
using Cnam.Bot.Dialogs.Schedules;
using Cnam.Bot.Protocol;
using Cnam.Bot.Protocol.Teams;

namespace Cnam.Bot.Cards;

/// <summary>
/// The schedule card (Adaptive Card 1.5, the most Teams renders): the sessions of each planning with dates, UE and
/// titles, the days without classes, the hours, the source, the contact when the dates are not the user's year,
/// an "Ajouter à mon agenda" link to the iCalendar feed and a "Semaine suivante" button.
/// The button is an <c>Action.Execute</c> on Teams (the bot answers the <c>adaptiveCard/action</c> invoke with the
/// next week's card, which replaces this one), with an <c>Action.Submit</c> fallback for clients without Universal
/// Actions; other channels (Web Chat, whose renderer does not dispatch Action.Execute) get that same Action.Submit.
/// Both send the same <c>data</c>, so the same handler answers them.
/// </summary>
public static class ScheduleCard
{
    public const string Version = TeamsMessageLimits.MaxCardVersion;

    /// <summary>The key of the card's submit data: <c>{"cnamSchedule": {verb, from, modality, parcours}}</c>.</summary>
    public const string DataKey = "cnamSchedule";
    public const string WeekVerb = "week";

    public static Attachment Build(ScheduleView view, bool useExecute)
    {
        var en = view.Language == "en";
        var body = new JsonArray
        {
            Text(view.Heading, weight: "Bolder", size: "Medium"),
        };
        if (view.YearNote is not null)
        {
            body.Add(Text(view.YearNote, color: "Warning"));
        }
        if (view.Sections.Count == 0)
        {
            body.Add(Text(view.Summary));
        }
        foreach (var section in view.Sections)
        {
            var items = new JsonArray
            {
                Text(Format.Capitalize(section.Title), weight: "Bolder", spacing: "Medium"),
            };
            if (section.Hours is not null)
            {
                items.Add(Text(section.Hours, subtle: true));
            }
            if (section.Items.Count == 0)
            {
                // "combien de séances de TRS107 en décembre ?": none of that UE, which says nothing of the other classes.
                var ues = string.Join(", ", view.Request.UeCodes);
                items.Add(Text(ues.Length > 0
                    ? en ? $"No {ues} session on these dates." : $"Pas de séance de {ues} à ces dates."
                    : en ? "No class on these dates." : "Pas de cours à ces dates."));
            }
            else
            {
                var facts = new JsonArray();
                foreach (var item in section.Items)
                {
                    var value = item.IsClass ? $"{item.Ue} — {item.Label}" : $"⛔ {item.Label}";
                    if (item.Note is not null)
                    {
                        value += $" ({item.Note})";
                    }
                    facts.Add(new JsonObject { ["title"] = Format.Capitalize(Format.Day(item.Date, view.Language)), ["value"] = value });
                }
                items.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
            }
            if (section.Truncated)
            {
                items.Add(Text(en ? "List shortened: ask for a shorter period." : "Liste raccourcie : demandez une période plus courte.", subtle: true));
            }
            body.Add(new JsonObject { ["type"] = "Container", ["separator"] = true, ["items"] = items });
        }
        foreach (var contact in view.Contacts)
        {
            var reach = string.Join(" — ", new[] { contact.Email, contact.Phone }.Where(x => !string.IsNullOrWhiteSpace(x)));
            body.Add(Text($"{(en ? "Contact:" : "Contact :")} {contact.Name} (Cnam {contact.Centre}) — {reach}", spacing: "Medium"));
        }
        foreach (var source in view.Sources)
        {
            body.Add(Text($"{(en ? "Source:" : "Source :")} {source}", subtle: true, size: "Small"));
        }

        var actions = new JsonArray();
        foreach (var section in view.Sections.Where(s => s.CalendarUrl is not null))
        {
            var title = view.Sections.Count > 1
                ? (en ? "Add to my calendar" : "Ajouter à mon agenda") + $" ({Format.Modality(section.Planning.Modality, view.Language)})"
                : en ? "Add to my calendar" : "Ajouter à mon agenda";
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = section.CalendarUrl });
        }
        if (view.NextWeek is { } monday && view.Sections.Count > 0)
        {
            var data = new JsonObject
            {
                [DataKey] = new JsonObject
                {
                    ["verb"] = WeekVerb,
                    ["from"] = monday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["modality"] = view.Sections.Select(s => s.Planning.Modality).Distinct().Count() == 1 ? view.Sections[0].Planning.Modality : null,
                    ["parcours"] = view.Sections.Select(s => ScheduleBuilder.ParcoursId(s.Planning)).Distinct().Count() == 1 ? ScheduleBuilder.ParcoursId(view.Sections[0].Planning) : null,
                    ["language"] = view.Language,
                },
            };
            var title = en ? "Week of " : "Semaine du ";
            title += Format.Day(monday, view.Language);
            var submit = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data.DeepClone() };
            actions.Add(useExecute
                ? new JsonObject { ["type"] = "Action.Execute", ["title"] = title, ["verb"] = WeekVerb, ["data"] = data, ["fallback"] = submit }
                : submit);
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = body,
        };
        if (actions.Count > 0)
        {
            card["actions"] = actions;
        }
        card["msteams"] = new JsonObject { ["width"] = "Full" };
        return Attachment.AdaptiveCard(JsonSerializer.SerializeToElement(card));
    }

    /// <summary>Reads the submit data of this card, or null when <paramref name="value"/> is something else.</summary>
    public static ScheduleCardData? ReadData(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v || !v.TryGetProperty(DataKey, out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        try
        {
            return data.Deserialize<ScheduleCardData>(ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonObject Text(string text, string? weight = null, string? size = null, string? color = null, bool subtle = false, string? spacing = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (weight is not null) block["weight"] = weight;
        if (size is not null) block["size"] = size;
        if (color is not null) block["color"] = color;
        if (subtle) block["isSubtle"] = true;
        if (spacing is not null) block["spacing"] = spacing;
        return block;
    }
}

/// <summary>What the schedule card's button sends back.</summary>
public sealed record ScheduleCardData(string? Verb, DateOnly? From, string? Modality, string? Parcours, string? Language);
