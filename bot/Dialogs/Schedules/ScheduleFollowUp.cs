namespace Cnam.Bot.Dialogs.Schedules;

/// <summary>
/// The next-class answer that a follow-up ("et après ?", "and after that?") continues: the request it answered, the
/// planning it was answered for, and the day of the class it gave. Kept in the conversation until another answer.
/// </summary>
public sealed record ScheduleFollowUp(ScheduleRequest Request, string? Modality, string? Parcours, DateOnly Shown);
