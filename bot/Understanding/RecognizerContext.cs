namespace Cnam.Bot.Understanding;

/// <summary>
/// What the caller knows around an utterance. <see cref="AcademicYearStart"/> (e.g. 2022 for 2022-2023) places a
/// month said without a year inside that academic year instead of at its next occurrence; <see cref="Expecting"/>
/// tells what the dialog just asked, so a bare answer ("un master", "3 ans") is read as that.
/// </summary>
public sealed record RecognizerContext(
    int? AcademicYearStart = null,
    Expectation Expecting = Expectation.None,
    int AcademicYearFirstMonth = 9)
{
    public static readonly RecognizerContext Empty = new();

    /// <summary>The first year of the academic year (September to August) that <paramref name="day"/> falls in.</summary>
    public static int AcademicYearOf(DateTimeOffset day) => day.Month >= 9 ? day.Year : day.Year - 1;

    /// <summary>A day or month said without a year is read inside the academic year of <paramref name="now"/>.</summary>
    public static RecognizerContext ForAcademicYearOf(DateTimeOffset now) => new(AcademicYearStart: AcademicYearOf(now));
}
