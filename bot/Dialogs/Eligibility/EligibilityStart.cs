namespace Cnam.Bot.Dialogs.Eligibility;

/// <summary>What the result card's planning, meeting and contact buttons send back.</summary>
public sealed record EligibilityFollowUp(string? Action, string? Programme, string? Centre, string? Modality);

/// <summary>How <see cref="EligibilityTopic"/> starts the dialog: a questionnaire with what is known, or a follow-up button.</summary>
public sealed record EligibilityStart(EligibilityAnswers? Answers, EligibilityFollowUp? FollowUp);
