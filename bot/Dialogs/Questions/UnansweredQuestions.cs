using System.Text.Json;
using System.Text.RegularExpressions;
using Cnam.Bot.State;
using Cnam.Bot.Understanding;

namespace Cnam.Bot.Dialogs.Questions;

/// <summary>One question the bot could not answer with confidence, without personal data.</summary>
public sealed record UnansweredQuestion(DateTimeOffset At, string Text, string Language, string Reason, IReadOnlyList<string> Intents);

/// <summary>Records the questions the bot could not answer, so staff can see what to add to the knowledge base.</summary>
public interface IUnansweredQuestions
{
    Task RecordAsync(Utterance utterance, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    Task<IReadOnlyList<UnansweredQuestion>> ListAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Keeps unanswered questions in the state store under <c>unanswered/</c>, scrubbed of e-mail addresses, phone
/// numbers and long digit runs, and cut to 300 characters. Nothing ties them to a user or a conversation.
/// </summary>
public sealed partial class UnansweredQuestions(IStateStore store, ILogger<UnansweredQuestions> logger) : IUnansweredQuestions
{
    public const string KeyPrefix = "unanswered/";
    private const int MaxLength = 300;

    public async Task RecordAsync(Utterance utterance, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var entry = new UnansweredQuestion(at.ToUniversalTime(), Scrub(utterance.Raw), utterance.Language, reason,
            utterance.Intents.Take(3).Select(i => i.Name).ToList());
        try
        {
            var key = $"{KeyPrefix}{at.UtcDateTime:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}";
            await store.WriteAsync(key, JsonSerializer.Serialize(entry, StateJson), null, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Losing a statistic must not fail the user's turn.
            logger.LogWarning(ex, "An unanswered question could not be recorded");
        }
    }

    public async Task<IReadOnlyList<UnansweredQuestion>> ListAsync(CancellationToken cancellationToken) =>
        (await store.ListAsync(KeyPrefix, cancellationToken))
            .Select(i => JsonSerializer.Deserialize<UnansweredQuestion>(i.Json, StateJson))
            .OfType<UnansweredQuestion>()
            .ToList();

    /// <summary>Removes what could identify a person: e-mail addresses, phone numbers, long digit runs.</summary>
    public static string Scrub(string text)
    {
        var scrubbed = Email().Replace(text, "[email]");
        scrubbed = Digits().Replace(scrubbed, "[numéro]");
        scrubbed = scrubbed.Trim();
        return scrubbed.Length > MaxLength ? scrubbed[..MaxLength] : scrubbed;
    }

    private static readonly JsonSerializerOptions StateJson = new(JsonSerializerDefaults.Web);

    [GeneratedRegex(@"[^\s@]+@[^\s@]+", RegexOptions.NonBacktracking)]
    private static partial Regex Email();

    // Nine digits or more (a phone number), so that years such as "2026-2027" stay readable for staff.
    [GeneratedRegex(@"\+?\d(?:[ .\-]?\d){8,}", RegexOptions.NonBacktracking)]
    private static partial Regex Digits();
}
