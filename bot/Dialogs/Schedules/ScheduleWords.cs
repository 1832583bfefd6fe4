namespace Cnam.Bot.Dialogs.Schedules;

/// <summary>
/// The few phrases (folded, see FrenchText.Fold) that tell a learner's schedule question or profile change apart
/// from a prospect's general question. The dates, topics and planning words come from the recognisers' lexicons.
/// </summary>
internal static class ScheduleWords
{
    /// <summary>The learner speaks of their own classes.</summary>
    public static readonly string[] Personal =
    [
        "mon", "ma", "mes", "j ai", "ai je", "on a", "a t on", "avons nous", "nous avons", "je dois venir", "je viens",
        "my", "do i have", "have i got", "i have", "we have", "do we have",
    ];

    /// <summary>"j'ai quoi", "quels cours": what is on.</summary>
    public static readonly string[] WhatIsOn =
    [
        "j ai quoi", "on a quoi", "quels cours", "quel cours", "quelles seances", "quelle seance", "what classes", "which classes", "what s on",
    ];

    /// <summary>The learner states their situation.</summary>
    public static readonly string[] Statement =
    [
        "je suis", "j suis", "on est", "nous sommes", "je suis passe", "je suis passee", "je passe", "j ai change", "desormais", "maintenant",
        "finalement", "en fait", "i am", "i m", "i switched", "i moved", "now",
    ];

    public static bool Contains(string folded, IEnumerable<string> phrases)
    {
        var padded = " " + folded + " ";
        return phrases.Any(p => padded.Contains(" " + p + " ", StringComparison.Ordinal));
    }
}
