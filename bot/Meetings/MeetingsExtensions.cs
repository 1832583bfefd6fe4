using Cnam.Bot.Dialogs;
using Cnam.Bot.Dialogs.Meetings;
using Cnam.Bot.Meetings;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cnam.Bot;

public static class MeetingsExtensions
{
    /// <summary>
    /// Information meetings: registration and privacy dialogs, the registrations store, follow-ups and reminders,
    /// the admin API's services, and the retention job (<c>Privacy:RetentionDays</c>). Needs the knowledge base,
    /// the state store, the bot protocol (Connector client) and, for web visitors, the built-in Direct Line.
    /// </summary>
    public static WebApplicationBuilder AddMeetings(this WebApplicationBuilder builder)
    {
        builder.Services.AddMeetings();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        builder.Services.AddOptions<MeetingsOptions>()
            .Validate(o => o.ReminderCheckInterval > TimeSpan.Zero && o.ReminderLease > TimeSpan.Zero,
                "Meetings:ReminderCheckInterval and Meetings:ReminderLease must be positive.")
            .ValidateOnStart();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ReminderScheduler>());
        return builder;
    }

    /// <summary>The services without the background job (tests, staff command).</summary>
    public static IServiceCollection AddMeetings(this IServiceCollection services)
    {
        services.AddOptions<MeetingsOptions>().BindConfiguration(MeetingsOptions.SectionName);
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName);
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.SectionName)
            .Validate(o => o.RetentionDays > 0, "Privacy:RetentionDays must be greater than 0.")
            .Validate(o => o.PurgeInterval > TimeSpan.Zero, "Privacy:PurgeInterval must be positive.")
            .ValidateOnStart();
        services.AddCalendar();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MeetingStore>();
        services.TryAddSingleton<MeetingTexts>();
        services.TryAddSingleton<MeetingCalendar>();
        services.TryAddSingleton<ProactiveMessenger>();
        services.TryAddSingleton<FollowUpSender>();
        services.TryAddSingleton<MeetingsAdmin>();
        services.TryAddSingleton<PersonalDataEraser>();
        services.TryAddSingleton<RetentionService>();
        services.TryAddSingleton<ReminderScheduler>();
        services.TryAddSingleton<MeetingGreeter>();
        services.TryAddSingleton<MeetingRegistrationDialog>();
        services.TryAddSingleton<PrivacyDialog>();
        services.TryAddSingleton<AfterMeetingDialog>();
        // Topics are tried in registration order: these go first, so the eligibility result card's "Réunion
        // d'information" button and "supprimer mes données" reach them whatever order Program.cs calls AddX in.
        // Their recognisers are narrow (a meeting plus a wish to come; the privacy intents), so they take nothing else.
        services.Insert(0, ServiceDescriptor.Singleton<IDialogTopic, PrivacyTopic>());
        services.Insert(0, ServiceDescriptor.Singleton<IDialogTopic, MeetingTopic>());
        // Before the registration: "I attended the info session" has a registration cue ("attend") but asks what follows it.
        services.Insert(0, ServiceDescriptor.Singleton<IDialogTopic, AfterMeetingTopic>());
        return services;
    }
}
