namespace Cnam.Bot.Understanding;

/// <summary>Turns what a person typed into intents and entities. Pure: same text, now and context give the same result.</summary>
public interface IUtteranceRecognizer
{
    /// <param name="text">What the user typed (any length; cut at <see cref="FrenchNormalizer.MaxInputLength"/>).</param>
    /// <param name="now">The user's "now", against which "demain" or "en janvier" are resolved.</param>
    /// <param name="context">What the dialog knows (academic year, what it just asked); null for none.</param>
    Utterance Recognize(string? text, DateTimeOffset now, RecognizerContext? context = null);
}
