using Cnam.Bot.Understanding;

namespace Cnam.Bot.Tests.Understanding;

public class NumberAndDurationRecognizerTests
{
    [Theory]
    [InlineData("18 mois", 18)]
    [InlineData("un an et demi", 18)]
    [InlineData("3 ans", 36)]
    [InlineData("six mois", 6)]
    [InlineData("deux ans et demi", 30)]
    [InlineData("1,5 an", 18)]
    [InlineData("1.5 an", 18)]
    [InlineData("vingt-quatre mois", 24)]
    [InlineData("2 ans et 6 mois", 30)]
    [InlineData("une année", 12)]
    [InlineData("18mois", 18)]
    [InlineData("a year and a half", 18)]
    [InlineData("two and a half years", 30)]
    [InlineData("eighteen months", 18)]
    public void DurationIsReadInMonths(string text, int months)
    {
        var duration = Assert.Single(UnderstandingFixture.Recognize(text).Entities.Durations);
        Assert.Equal(months, duration.WholeMonths);
    }

    [Theory]
    [InlineData("vingt-quatre", 24)]
    [InlineData("soixante-dix-sept", 77)]
    [InlineData("quatre-vingt-dix", 90)]
    [InlineData("vingt et un", 21)]
    [InlineData("cent vingt", 120)]
    [InlineData("deux mille", 2000)]
    [InlineData("dix-huit", 18)]
    [InlineData("1,5", 1.5)]
    [InlineData("560", 560)]
    [InlineData("twenty four", 24)]
    public void NumberIsReadFromDigitsOrWords(string text, double value)
    {
        var number = Assert.Single(UnderstandingFixture.Recognize(text).Entities.Numbers);
        Assert.Equal(value, number.Value);
    }

    [Fact]
    public void ArticleIsNotANumberOnItsOwn()
    {
        Assert.Empty(UnderstandingFixture.Recognize("une question sur un cours").Entities.Numbers);
    }

    [Fact]
    public void TwoNumberWordsInARowAreTwoNumbers()
    {
        var numbers = UnderstandingFixture.Recognize("deux trois").Entities.Numbers;
        Assert.Equal([2.0, 3.0], numbers.Select(n => n.Value));
    }

    [Theory]
    [InlineData("ça fait 6 crédits", 6)]
    [InlineData("60 ECTS", 60)]
    [InlineData("vaut 14 ects", 14)]
    public void CreditsAreCounted(string text, int credits)
    {
        Assert.Equal([credits], UnderstandingFixture.Recognize(text).Entities.Credits);
    }

    [Theory]
    [InlineData("60 h de cours", 60)]
    [InlineData("560 heures de stage", 560)]
    [InlineData("36h réparties sur 6 jours", 36)]
    public void HourAmountsAreCounted(string text, double hours)
    {
        Assert.Equal([hours], UnderstandingFixture.Recognize(text).Entities.Hours);
    }

    [Theory]
    [InlineData("de 18h15 à 21h15", "18:15", "21:15")]
    [InlineData("à 18h", "18:00", null)]
    [InlineData("9h30 - 17h", "09:30", "17:00")]
    public void TimesOfDayAreNotHourAmounts(string text, string first, string? second)
    {
        var entities = UnderstandingFixture.Recognize(text).Entities;
        Assert.Empty(entities.Hours);
        Assert.Equal(TimeOnly.Parse(first), entities.Times[0].Time);
        if (second is not null)
        {
            Assert.Equal(TimeOnly.Parse(second), entities.Times[1].Time);
        }
    }

    [Fact]
    public void DurationRecognizerWorksAlone()
    {
        var recognizer = new DurationRecognizer(Lexicon.Default);
        var duration = Assert.Single(recognizer.Recognize(UnderstandingFixture.Normalize("un an et demi")));
        Assert.Equal(DurationUnit.Year, duration.Unit);
        Assert.Equal(1.5, duration.Value);
    }
}
