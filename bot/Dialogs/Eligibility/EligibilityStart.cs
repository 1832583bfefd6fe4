namespace Cnam.Bot.Dialogs.Eligibility;

/// <summary>What the result card's planning, meeting and contact buttons send back (<paramref name="Language"/>: "en" from an English card).</summary>
public sealed record EligibilityFollowUp(string? Action, string? Programme, string? Centre, string? Modality, string? Language = null);

/// <summary>
/// How <see cref="EligibilityTopic"/> starts the dialog: a questionnaire with what is known, or a follow-up button.
/// <paramref name="FromProfile"/>: the message only described the person ("j'ai un BTS"), so the programme is the one
/// the conversation was about, else the bot recommends one. <paramref name="Why"/>: "pourquoi ?" after the result of
/// these answers, which is explained. <paramref name="OnTheSubject"/>: asked of no programme ("ça me coûterait combien ?",
/// "suis-je éligible ?"), the questionnaire is about the one the conversation was about, when there is one.
/// </summary>
public sealed record EligibilityStart(EligibilityAnswers? Answers, EligibilityFollowUp? FollowUp, bool FromProfile = false, EligibilityAnswers? Why = null,
    bool OnTheSubject = false);
