using Cnam.Bot.Dialogs;
using Cnam.Bot.Dialogs.Schedules;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cnam.Bot;

public static class SchedulesExtensions
{
    /// <summary>
    /// Learners' schedules: the iCalendar feed's services, the recogniser, the schedule builder and the
    /// <see cref="ScheduleTopic"/> (an <see cref="IDialogTopic"/> the main dialog tries before question answering).
    /// Needs the knowledge base, the understanding and the answering vocabulary (AddQuestionAnswering).
    /// </summary>
    public static IServiceCollection AddSchedules(this IServiceCollection services)
    {
        services.AddCalendar();
        services.TryAddSingleton<ScheduleRecognizer>();
        services.TryAddSingleton<ScheduleBuilder>();
        services.TryAddSingleton<ScheduleDialog>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDialogTopic, ScheduleTopic>());
        return services;
    }
}
