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

    /// <summary>
    /// A prospect's interest, not a learner's situation: "je suis intéressée par la licence parcours culture" says no
    /// classes the person follows.
    /// </summary>
    public static readonly string[] Interest =
    [
        "interesse", "interessee", "interesses", "interessees", "interessant", "tente", "tentee", "curieux", "curieuse", "renseigne",
        "renseigner", "recherche", "candidat", "candidate", "interested", "considering", "thinking", "looking", "wondering", "applying",
    ];

    /// <summary>The whole message asks what comes after the class just given ("et après ?", "le suivant ?").</summary>
    public static readonly HashSet<string> WhatComesAfter = new(StringComparer.Ordinal)
    {
        "apres", "et apres", "et apres ca", "et ensuite", "ensuite", "et puis", "et le suivant", "le suivant", "et le prochain",
        "le cours suivant", "et le cours suivant", "le cours d apres", "et le cours d apres", "celui d apres", "et celui d apres",
        "la seance suivante", "et la seance suivante", "et la suivante", "la suivante",
    };

    /// <summary>The same, in English ("and after that?").</summary>
    public static readonly HashSet<string> WhatComesAfterEnglish = new(StringComparer.Ordinal)
    {
        "and after", "and after that", "after that", "and then", "then", "the next one", "and the next one", "next one",
        "the one after", "and the one after", "the one after that", "what s after", "what about after", "the following one",
    };

    /// <summary>After an answer for a week or a month, the whole message asks for the one after ("et la semaine d'après ?").</summary>
    public static readonly HashSet<string> FollowingPeriod = new(StringComparer.Ordinal)
    {
        "et la semaine d apres", "la semaine d apres", "et la semaine suivante", "la semaine suivante", "et la semaine apres",
        "la semaine apres", "et le mois suivant", "le mois suivant", "et le mois d apres", "le mois d apres",
    };

    /// <summary>The same, in English ("and the week after?").</summary>
    public static readonly HashSet<string> FollowingPeriodEnglish = new(StringComparer.Ordinal)
    {
        "and the week after", "the week after", "and the week after that", "the week after that", "the following week",
        "and the following week", "and the month after", "the month after", "the following month", "and the following month",
    };

    public static bool Contains(string folded, IEnumerable<string> phrases)
    {
        var padded = " " + folded + " ";
        return phrases.Any(p => padded.Contains(" " + p + " ", StringComparison.Ordinal));
    }
}
