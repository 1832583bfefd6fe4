using Cnam.Bot.Calendar;

namespace Cnam.Bot.Tests.Calendar;

public sealed class SessionHoursTests
{
    [Theory]
    [InlineData("18h15 - 21h15", 18, 15, 21, 15)]
    [InlineData("9h30 - 17h", 9, 30, 17, 0)]
    [InlineData("10h - 16h", 10, 0, 16, 0)]
    [InlineData("de 17h à 21h", 17, 0, 21, 0)]
    [InlineData("18:00 - 21:30", 18, 0, 21, 30)]
    public void PrintedHoursReadAsTimes(string text, int startHour, int startMinute, int endHour, int endMinute)
    {
        var hours = SessionHours.Parse(text);
        Assert.Equal((new TimeOnly(startHour, startMinute), new TimeOnly(endHour, endMinute)), hours);
    }

    [Theory]
    [InlineData("cours en journée")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("21h - 18h")]
    public void TextWithoutHoursGivesNone(string? text) => Assert.Null(SessionHours.Parse(text));
}
