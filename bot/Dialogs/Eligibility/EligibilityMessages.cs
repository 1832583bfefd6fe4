using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Cnam.Bot.Cards;
using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Dialogs.Eligibility;

/// <summary>The activities the questionnaire sends: its questions and its result (card, plain text, entity).</summary>
public static partial class EligibilityMessages
{
    public const string EntityType = "cnam/eligibility";

    /// <summary>
    /// A question: on channels with cards, a card whose buttons send card submissions (typing still works); elsewhere,
    /// the text with numbered choices and suggested actions.
    /// </summary>
    public static Activity Question(EligibilityQuestion q, string? channelId, bool retry)
    {
        var text = retry ? q.Retry : q.Text;
        if (AdaptiveCards.Supported(channelId) && q.Choices.Count is > 0 and <= AdaptiveCards.MaxActions)
        {
            var activity = MessageFactory.Attachment(Attachment.AdaptiveCard(QuestionCard(q, text, retry)));
            activity.InputHint = InputHints.ExpectingInput;
            activity.Summary = text;
            return activity;
        }
        var list = new StringBuilder(text);
        for (var i = 0; i < q.Choices.Count; i++)
        {
            list.Append('\n').Append(i + 1).Append(". ").Append(q.Choices[i].DisplayTitle);
        }
        return q.Choices.Count == 0
            ? MessageFactory.Text(text)
            : MessageFactory.SuggestedActions(list.ToString(), q.Choices.Select(c => c.DisplayTitle));
    }

    // The questions are few and asked again and again: each card is built once. A JsonElement cannot change, so one
    // can be sent in any number of replies.
    private static readonly ConcurrentDictionary<string, JsonElement> QuestionCards = new(StringComparer.Ordinal);
    private const int MaxQuestionCards = 1024;

    private const string Hint = "Vous pouvez aussi écrire votre réponse ; « retour » corrige la réponse précédente, « annuler » arrête.";
    private const string HintEn = "You can also type your answer; \"back\" corrects the previous answer, \"cancel\" stops.";

    private static JsonElement QuestionCard(EligibilityQuestion q, string text, bool retry)
    {
        var key = string.Join('\u001f', q.Choices.SelectMany(c => new[] { c.Value, c.DisplayTitle }).Prepend(text).Prepend(retry ? "retry" : "ask").Prepend(q.Slot.ToString()));
        if (QuestionCards.TryGetValue(key, out var card))
        {
            return card;
        }
        card = JsonSerializer.SerializeToElement(EligibilityQuestionCard.Build(text, q.Slot.ToString(), q.Choices.Select(c => (c.Value, c.DisplayTitle)),
            hint: retry ? null : q.Language == "en" ? HintEn : Hint));
        if (QuestionCards.Count < MaxQuestionCards)
        {
            QuestionCards.TryAdd(key, card);
        }
        return card;
    }

    /// <summary>The result: the card (or its plain-text version) and, for an eligibility check, the machine-readable entity.</summary>
    public static Activity Result(EligibilityResult result, string? channelId)
    {
        Activity activity;
        if (AdaptiveCards.Supported(channelId))
        {
            activity = MessageFactory.Attachment(AdaptiveCards.ToAttachment(EligibilityResultCard.Build(result)), EligibilityResultCard.Summary(result));
        }
        else
        {
            activity = MessageFactory.Text(EligibilityResultCard.ToText(result));
            activity.TextFormat = "markdown";
        }
        if (Entity(result) is { } entity)
        {
            activity.Entities = [entity];
        }
        return activity;
    }

    /// <summary>
    /// {"type": "cnam/eligibility", "programme", "centre", "route", "stageRequired", "stage", "alternatives"} for the
    /// website and a CRM; null for a fee simulation alone.
    /// </summary>
    public static Entity? Entity(EligibilityResult result)
    {
        if (result.Decision is not { } d)
        {
            return null;
        }
        return new Entity
        {
            Type = EntityType,
            Properties = new Dictionary<string, JsonElement>
            {
                ["programme"] = JsonSerializer.SerializeToElement(d.Programme),
                ["centre"] = JsonSerializer.SerializeToElement(d.Centre),
                ["route"] = JsonSerializer.SerializeToElement(d.Route),
                ["stageRequired"] = JsonSerializer.SerializeToElement(d.Internship is not null),
                ["stage"] = JsonSerializer.SerializeToElement(result.Stage),
                ["alternatives"] = JsonSerializer.SerializeToElement(d.Alternatives.Select(a => a.Programme).Distinct().ToArray()),
            },
        };
    }
}
