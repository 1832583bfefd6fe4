using Cnam.Bot.Dialogs.Questions;

namespace Cnam.Bot.Dialogs.Schedules;

/// <summary>The learner profile as the default subject of a planning question answered by the question answerer.</summary>
public static class LearnerProfileDefaults
{
    /// <summary>
    /// <paramref name="context"/> completed with the profile's programme, centre, modality and parcours where the
    /// conversation has none. What the conversation already says wins (a learner may ask about the other modality).
    /// </summary>
    public static QuestionContext Apply(QuestionContext context, LearnerProfile? profile)
    {
        if (profile is not { IsKnown: true } || (context.Programme is not null && context.Programme != profile.Programme))
        {
            return context;
        }
        return context with
        {
            Programme = context.Programme ?? profile.Programme,
            Centre = context.Centre ?? profile.Centre,
            Modality = context.Modality ?? profile.Modality,
            Parcours = context.Parcours ?? profile.Parcours,
        };
    }
}
