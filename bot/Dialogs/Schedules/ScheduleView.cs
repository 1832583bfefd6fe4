using Cnam.Bot.Knowledge.Model;

namespace Cnam.Bot.Dialogs.Schedules;

/// <summary>What a schedule answer could say.</summary>
public enum ScheduleStatus
{
    /// <summary>The class days asked for, from a planning of the documents.</summary>
    Listed,

    /// <summary>The user's dates are in an academic year whose planning the documents do not hold.</summary>
    OtherYear,

    /// <summary>The planning exists but its published grid is empty (no dates to give).</summary>
    EmptyGrid,

    /// <summary>No planning of the documents matches.</summary>
    NoPlanning,
}

/// <summary>One line of a schedule: a class day (UE and title) or a day without classes (holiday, welcome day…).</summary>
public sealed record ScheduleItem(DateOnly Date, string? Ue, string Label, bool IsClass, string? Note = null);

/// <summary>The part of a schedule that comes from one planning (one modality and parcours).</summary>
public sealed record PlanningSection(
    Planning Planning,
    string Title,
    string? Hours,
    IReadOnlyList<ScheduleItem> Items,
    string? CalendarUrl,
    bool Truncated = false);

/// <summary>
/// A schedule answer, ready to be written as text or drawn as a card: its heading, a one-paragraph summary, the
/// sections per planning, a note when the dates come from another academic year, and the contact to ask.
/// </summary>
public sealed record ScheduleView(
    ScheduleStatus Status,
    string Heading,
    string Summary,
    IReadOnlyList<PlanningSection> Sections,
    IReadOnlyList<Contact> Contacts,
    ScheduleRequest Request,
    string? YearNote = null,
    DateOnly? NextWeek = null)
{
    public string Language => Request.Language;
    public IEnumerable<string> Sources => Sections.Select(s => $"{s.Planning.SourceTitle ?? s.Planning.Source} ({s.Planning.ValidFor})").Distinct();
}
