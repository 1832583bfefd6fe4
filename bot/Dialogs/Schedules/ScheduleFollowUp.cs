namespace Cnam.Bot.Dialogs.Schedules;

/// <summary>
/// The schedule answer that a follow-up ("et après ?", "and after that?", "et la semaine d'après ?") continues: the
/// request it answered, the planning it was answered for, and the day of the class it gave (of a range: its last day).
/// Kept in the conversation until another answer.
/// </summary>
public sealed record ScheduleFollowUp(ScheduleRequest Request, string? Modality, string? Parcours, DateOnly Shown);
