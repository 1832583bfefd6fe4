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
}
