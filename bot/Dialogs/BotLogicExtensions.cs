using Cnam.Bot.Dialogs;
using Cnam.Bot.Protocol;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cnam.Bot;

public static class BotLogicExtensions
{
    /// <summary>Registers the bot's logic: understanding, dialogs and the <see cref="IBot"/>.</summary>
    public static WebApplicationBuilder AddBotLogic(this WebApplicationBuilder builder)
    {
        builder.Services.AddBotLogic();
        return builder;
    }

    /// <summary>
    /// <see cref="CnamBot"/> as <see cref="IBot"/>, its <see cref="MainDialog"/>, and the default
    /// <see cref="IQuestionAnswerer"/> (<see cref="NoAnswerQuestionAnswerer"/>, added only if none is registered:
    /// question answering replaces it). Topic dialogs register as <see cref="IDialogTopic"/>.
    /// Needs an <c>IStateStore</c> (AddStateStore).
    /// </summary>
    public static IServiceCollection AddBotLogic(this IServiceCollection services)
    {
        services.AddQuestionAnswering();
        services.AddSchedules();
        services.AddEligibility();
        services.TryAddSingleton<IQuestionAnswerer, NoAnswerQuestionAnswerer>();
        services.TryAddSingleton<MainDialog>();
        services.TryAddSingleton<CnamBot>();
        services.TryAddSingleton<IBot>(sp => sp.GetRequiredService<CnamBot>());
        return services;
    }
}
