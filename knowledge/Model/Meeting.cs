using System.Globalization;

namespace Cnam.Bot.Knowledge.Model;

/// <summary>
/// An information meeting that staff schedule (meetings.yaml): when, where (a place or an online link), for which
/// programmes, and how many people can register. Dates and times are the centre's local time.
/// </summary>
public sealed class Meeting : Record
{
    public string Id { get; set; } = "";

    /// <summary>Short title shown to prospects; "Réunion d'information" when empty.</summary>
    public string? Title { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>Start time, <c>HH:mm</c> (24 h), local to the centre.</summary>
    public string? Start { get; set; }

    /// <summary>End time, <c>HH:mm</c>, after <see cref="Start"/>.</summary>
    public string? End { get; set; }

    /// <summary>The centre organising it: "Paris" or "La Réunion" (as in programmes.yaml).</summary>
    public string? Centre { get; set; }

    /// <summary>Address or room; a meeting has a place, an online link, or both.</summary>
    public string? Place { get; set; }

    /// <summary>Link of an online meeting (https).</summary>
    public string? OnlineLink { get; set; }

    /// <summary>Programme codes the meeting presents (LP110, CPN42, CP29); empty = all of the centre's.</summary>
    public List<string> Programmes { get; set; } = [];

    /// <summary>Most people who can register.</summary>
    public int? Capacity { get; set; }

    /// <summary>The start time parsed, or null when missing or malformed (kb check reports it).</summary>
    public TimeOnly? StartTime => ParseTime(Start);

    /// <summary>The end time parsed, or null when missing or malformed.</summary>
    public TimeOnly? EndTime => ParseTime(End);

    public static TimeOnly? ParseTime(string? value) =>
        TimeOnly.TryParseExact(value?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}
