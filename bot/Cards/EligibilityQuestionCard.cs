using System.Text.Json.Nodes;

namespace Cnam.Bot.Cards;

/// <summary>
/// A question of the eligibility questionnaire with one button per answer. A button sends
/// <c>{"action": "eligibility/answer", "slot": ..., "value": ...}</c>; typing the answer works as well.
/// </summary>
public static class EligibilityQuestionCard
{
    public const string AnswerAction = "eligibility/answer";

    public static JsonObject Build(string question, string slot, IEnumerable<(string Value, string Title)> choices, string? hint = null) =>
        AdaptiveCards.Card(
            [
                AdaptiveCards.Text(question, weight: "Bolder"),
                hint is null ? null : AdaptiveCards.Text(hint, subtle: true, size: "Small"),
            ],
            choices.Select(c => (JsonNode?)AdaptiveCards.Submit(c.Title, new JsonObject
            {
                [AdaptiveCards.ActionKey] = AnswerAction,
                ["slot"] = slot,
                ["value"] = c.Value,
            })),
            fallbackText: question);
}
