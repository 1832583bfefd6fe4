namespace Cnam.Bot.Meetings;

/// <summary>Proactive sending of follow-ups and reminders (section <c>Meetings</c>).</summary>
public sealed class MeetingsOptions
{
    public const string SectionName = "Meetings";

    /// <summary>Pause between two proactive messages, so a follow-up to a full room stays under the channels' rate limits.</summary>
    public TimeSpan SendDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Sends of one message before a registration is left as "failed" for staff to look at.</summary>
    public int MaxSendAttempts { get; set; } = 5;

    /// <summary>The bot sends each meeting's reminder by itself the day before; false = staff trigger it.</summary>
    public bool AutomaticReminders { get; set; } = true;

    /// <summary>From what time of the day before (the centre's local time) the reminder goes out.</summary>
    public TimeOnly ReminderTime { get; set; } = new(10, 0);

    /// <summary>How often the bot looks for reminders that are due.</summary>
    public TimeSpan ReminderCheckInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long one instance holds a meeting's reminder sending before another may take it over.</summary>
    public TimeSpan ReminderLease { get; set; } = TimeSpan.FromMinutes(30);
}

/// <summary>The admin API (section <c>Admin</c>).</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>Key staff send in <c>X-Api-Key</c> or <c>Authorization: ApiKey …</c>; empty = the admin API is off.</summary>
    public string ApiKey { get; set; } = "";
}

/// <summary>Personal data retention (section <c>Privacy</c>).</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>
    /// Days after a prospect's last contact before their data is erased: 3 years (1095 days), the period the CNIL
    /// recommends for prospects' data.
    /// </summary>
    public int RetentionDays { get; set; } = 1095;

    /// <summary>How often the retention job runs.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Contact people write to about their data (also shown in the information notice); empty = the programme's contact.</summary>
    public string? ContactEmail { get; set; }
}
