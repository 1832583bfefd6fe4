using Cnam.Bot.Dialogs;
using Cnam.Bot.Dialogs.Questions;
using Cnam.Bot.Knowledge;

namespace Cnam.Bot;

public static class QuestionsExtensions
{
    /// <summary>
    /// Question answering from the knowledge base: understanding (with the knowledge base's UE titles), the answering
    /// layer, the unanswered-question log, and the <see cref="IQuestionAnswerer"/> the main dialog calls.
    /// Registered before <see cref="BotLogicExtensions.AddBotLogic(IServiceCollection)"/>, which only adds defaults.
    /// </summary>
    public static IServiceCollection AddQuestionAnswering(this IServiceCollection services)
    {
        services.AddUnderstanding(sp => sp.GetRequiredService<KnowledgeBase>().Ues().Where(u => u.Title is not null).Select(u => (u.Code, u.Title!)));
        services.AddSingleton(_ => AnsweringVocabulary.Default);
        services.AddSingleton<QuestionAnswering>();
        services.AddSingleton<IUnansweredQuestions, UnansweredQuestions>();
        services.AddSingleton<IQuestionAnswerer, KnowledgeQuestionAnswerer>();
        services.AddMetrics();
        services.AddSingleton<QuestionMetrics>();
        return services;
    }
}
