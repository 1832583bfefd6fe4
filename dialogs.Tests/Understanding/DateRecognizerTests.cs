using Cnam.Bot.Understanding;

namespace Cnam.Bot.Tests.Understanding;

/// <summary>Every date is resolved against Sunday 20 November 2022.</summary>
public class DateRecognizerTests
{
    private static DateMention Single(string text, RecognizerContext? context = null) =>
        Assert.Single(UnderstandingFixture.Recognize(text, context).Entities.Dates);

    [Theory]
    [InlineData("j'ai cours le 5 décembre ?", "2022-12-05")]
    [InlineData("et le 5/12 ?", "2022-12-05")]
    [InlineData("examen le 05/12/2022", "2022-12-05")]
    [InlineData("le 5/12/23", "2023-12-05")]
    [InlineData("qu'est-ce que j'ai lundi 5 décembre", "2022-12-05")]
    [InlineData("le 1er décembre", "2022-12-01")]
    [InlineData("le cinq décembre", "2022-12-05")]
    [InlineData("demain", "2022-11-21")]
    [InlineData("demain soir j'ai cours ?", "2022-11-21")]
    [InlineData("après-demain", "2022-11-22")]
    [InlineData("classes on May 15?", "2023-05-15")]
    [InlineData("aujourd'hui", "2022-11-20")]
    [InlineData("auj", "2022-11-20")]
    [InlineData("quel cours ce soir", "2022-11-20")]
    [InlineData("mardi prochain", "2022-11-22")]
    [InlineData("mardi", "2022-11-22")]
    [InlineData("lundi 5", "2022-12-05")]
    [InlineData("dimanche prochain", "2022-11-27")]
    [InlineData("le 11 novembre", "2023-11-11")]
    [InlineData("le 20 novembre", "2022-11-20")]
    [InlineData("next Monday", "2022-11-21")]
    [InlineData("tomorrow", "2022-11-21")]
    [InlineData("on 5 December", "2022-12-05")]
    [InlineData("December 5th", "2022-12-05")]
    // Days named by the calendar.
    [InlineData("les vacances de Noël", "2022-12-25")]
    [InlineData("on a cours à la Toussaint ?", "2023-11-01")]
    [InlineData("le jour de l'an", "2023-01-01")]
    [InlineData("during the Christmas holidays", "2022-12-25")]
    public void DayIsResolvedAgainstNow(string text, string expected)
    {
        var date = Single(text);
        Assert.Equal(DateKind.Day, date.Kind);
        Assert.Equal(DateOnly.Parse(expected), date.Start);
        Assert.Equal(date.Start, date.End);
    }

    [Theory]
    [InlineData("cette semaine", DateKind.Week, "2022-11-14", "2022-11-20")]
    [InlineData("la semaine prochaine", DateKind.Week, "2022-11-21", "2022-11-27")]
    [InlineData("this week", DateKind.Week, "2022-11-14", "2022-11-20")]
    [InlineData("next week", DateKind.Week, "2022-11-21", "2022-11-27")]
    [InlineData("la semaine du 13/02/2023", DateKind.Week, "2023-02-13", "2023-02-19")]
    [InlineData("en janvier", DateKind.Month, "2023-01-01", "2023-01-31")]
    [InlineData("en novembre", DateKind.Month, "2022-11-01", "2022-11-30")]
    [InlineData("janvier 2024", DateKind.Month, "2024-01-01", "2024-01-31")]
    [InlineData("in January", DateKind.Month, "2023-01-01", "2023-01-31")]
    [InlineData("le mois prochain", DateKind.Month, "2022-12-01", "2022-12-31")]
    [InlineData("du 5 au 10 décembre", DateKind.Range, "2022-12-05", "2022-12-10")]
    [InlineData("du 28/08/2017 au 9/09/2017", DateKind.Range, "2017-08-28", "2017-09-09")]
    [InlineData("le planning 2022-2023", DateKind.AcademicYear, "2022-09-01", "2023-08-31")]
    [InlineData("en 2016", DateKind.Year, "2016-01-01", "2016-12-31")]
    public void PeriodIsResolvedAgainstNow(string text, DateKind kind, string start, string end)
    {
        var date = Single(text);
        Assert.Equal(kind, date.Kind);
        Assert.Equal(DateOnly.Parse(start), date.Start);
        Assert.Equal(DateOnly.Parse(end), date.End);
    }

    [Theory]
    [InlineData("le 11 novembre", "2022-11-11")]
    [InlineData("le 5 mars", "2023-03-05")]
    [InlineData("le 15 septembre", "2022-09-15")]
    public void DayWithoutYearFallsInsideTheAcademicYearTheCallerGives(string text, string expected)
    {
        var date = Single(text, new RecognizerContext(AcademicYearStart: 2022));
        Assert.Equal(DateOnly.Parse(expected), date.Start);
    }

    [Fact]
    public void MonthWithoutYearFallsInsideTheAcademicYearTheCallerGives()
    {
        var date = Single("en octobre", new RecognizerContext(AcademicYearStart: 2022));
        Assert.Equal(new DateOnly(2022, 10, 1), date.Start);
    }

    [Theory]
    [InlineData("ça fait sept ans")]
    [InlineData("may I enrol?")]
    [InlineData("il faut 10/20 pour valider")]
    [InlineData("le 5")]
    [InlineData("18 mois d'expérience")]
    [InlineData("3000 € par an")]
    public void WordsThatOnlyLookLikeDatesAreNotDates(string text)
    {
        Assert.Empty(UnderstandingFixture.Recognize(text).Entities.Dates);
    }

    // "mais" misspelt before a length: no 15th of May, and the 15 years stay an experience.
    [Fact]
    public void AMonthBeforeALengthIsNoDayOfThatMonth()
    {
        var entities = UnderstandingFixture.Recognize("jai pas le bac mai 15 ans dexperience dans le social").Entities;
        Assert.DoesNotContain(entities.Dates, d => d.Kind == DateKind.Day);
        Assert.Equal(180, entities.Experience?.Months);
    }

    [Fact]
    public void TonightIsADateNotTheEveningModality()
    {
        var utterance = UnderstandingFixture.Recognize("j'ai cours ce soir ?");
        Assert.Single(utterance.Entities.Dates);
        Assert.Null(utterance.Entities.Modality);
    }

    [Fact]
    public void DateRecognizerWorksAlone()
    {
        var recognizer = new DateRecognizer(Lexicon.Default);
        var text = UnderstandingFixture.Normalize("la semaine prochaine");
        var date = Assert.Single(recognizer.Recognize(text, UnderstandingFixture.Now));
        Assert.Equal(new DateOnly(2022, 11, 21), date.Start);
    }
}
