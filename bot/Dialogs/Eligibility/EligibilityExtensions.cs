using Cnam.Bot.Dialogs;
using Cnam.Bot.Dialogs.Eligibility;

namespace Cnam.Bot;

public static class EligibilityExtensions
{
    /// <summary>The eligibility questionnaire and fee simulation as an <see cref="IDialogTopic"/>, with its rule engine.</summary>
    public static IServiceCollection AddEligibility(this IServiceCollection services)
    {
        services.AddSingleton<EligibilityRules>();
        services.AddSingleton<EligibilityFees>();
        services.AddSingleton<EligibilityUnderstanding>();
        services.AddSingleton<EligibilityDialog>();
        services.AddSingleton<EligibilityTopic>();
        services.AddSingleton<IDialogTopic>(sp => sp.GetRequiredService<EligibilityTopic>());
        return services;
    }
}
