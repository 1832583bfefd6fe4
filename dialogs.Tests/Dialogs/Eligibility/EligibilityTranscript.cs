using System.Text.Json;
using Cnam.Bot.Cards;
using Cnam.Bot.Dialogs.Eligibility;
using Cnam.Bot.Protocol;
using Cnam.Bot.Tests.Common;

namespace Cnam.Bot.Tests.Dialogs.Eligibility;

/// <summary>Sending to the bot and reading its replies as one text, for the questionnaire's transcripts.</summary>
internal static class EligibilityTranscript
{
    internal static async Task<string> SayAsync(TestConversation c, string text)
    {
        await c.SendAsync(TestConversation.Message(text));
        return Said(c.DrainReplies());
    }

    internal static async Task<string> ClickAsync(TestConversation c, string slot, string value)
    {
        await c.SendAsync(c.CardSubmission(new { action = EligibilityQuestionCard.AnswerAction, slot, value }));
        return Said(c.DrainReplies());
    }

    internal static string Said(IReadOnlyList<Activity> replies)
    {
        var parts = new List<string>();
        foreach (var reply in replies)
        {
            parts.Add(reply.Text ?? "");
            foreach (var attachment in reply.Attachments ?? [])
            {
                if (attachment.Content is { } content)
                {
                    Collect(content, parts);
                }
            }
        }
        return string.Join("\n", parts);
    }

    internal static void Collect(JsonElement node, List<string> parts)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in node.EnumerateObject())
            {
                if (p.Name is "text" or "title" or "value" && p.Value.ValueKind == JsonValueKind.String && p.Name != "fallbackText")
                {
                    parts.Add(p.Value.GetString()!);
                }
                else if (p.Name != "fallbackText")
                {
                    Collect(p.Value, parts);
                }
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                Collect(item, parts);
            }
        }
    }

    internal static Dictionary<string, JsonElement> Entity(IReadOnlyList<Activity> replies) =>
        replies.SelectMany(r => r.Entities ?? []).Single(e => e.Type == EligibilityMessages.EntityType).Properties!;

    internal static JsonElement? FirstButtonData(IReadOnlyList<Activity> replies) =>
        replies.SelectMany(r => r.Attachments ?? []).Select(a => a.Content!.Value.GetProperty("actions")[0].GetProperty("data")).FirstOrDefault();

    internal static List<string> ResultButtons(IReadOnlyList<Activity> replies) =>
        replies.SelectMany(r => r.Attachments ?? []).Single().Content!.Value.GetProperty("actions").EnumerateArray()
            .Select(a => a.GetProperty("title").GetString()!).ToList();
}

/// <summary>Reading every reply of the last turn at once.</summary>
internal static class ConversationReplies
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TestConversation, List<Activity>> Last = new();

    /// <summary>Takes the replies not consumed yet and remembers them as <see cref="LastReplies"/>.</summary>
    public static List<Activity> DrainReplies(this TestConversation c)
    {
        var replies = new List<Activity>();
        while (c.PendingReplies > 0)
        {
            replies.Add(c.NextReply());
        }
        Last.AddOrUpdate(c, replies);
        return replies;
    }

    extension(TestConversation c)
    {
        public List<Activity> LastReplies => Last.TryGetValue(c, out var r) ? r : [];
    }
}
