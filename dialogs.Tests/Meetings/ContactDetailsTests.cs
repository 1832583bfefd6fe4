using Cnam.Bot.Dialogs.Meetings;
using Cnam.Bot.Meetings;

namespace Cnam.Bot.Tests.Meetings;

/// <summary>E-mail and phone reading, CSV cells: pure functions, French test tables.</summary>
public sealed class ContactDetailsTests
{
    [Theory]
    [InlineData("  Marie Curie ", "Marie Curie")]
    [InlineData("Jean-Luc O'Neil", "Jean-Luc O'Neil")]
    [InlineData("Zoë N’Diaye", "Zoë N’Diaye")]
    [InlineData("Marie C.", "Marie C.")]
    [InlineData("Ngô Bảo Châu", "Ngô Bảo Châu")]
    [InlineData("<script>alert(1)</script> Marie", null)]
    [InlineData("Marie <img src=x onerror=alert(1)>", null)]
    [InlineData("[Marie Curie](https://evil.example)", null)]
    [InlineData("${$root.secret} Marie", null)]
    [InlineData("=HYPERLINK(\"https://evil.example\")", null)]
    [InlineData("marie.curie@exemple.fr", null)]
    [InlineData("**Marie**", null)]
    [InlineData("M", null)]
    [InlineData("-- '", null)]
    public void NamesAreLettersAndTheMarksNamesUse(string text, string? expected) => Assert.Equal(expected, ContactDetails.Name(text));

    [Theory]
    [InlineData("marie.curie@exemple.fr", "marie.curie@exemple.fr")]
    [InlineData("  Jean-Luc.O'Neil+cnam@sub.exemple.re. ", "Jean-Luc.O'Neil+cnam@sub.exemple.re")]
    [InlineData("<lea@exemple.fr>", "lea@exemple.fr")]
    [InlineData("marie.curie@exemple", null)]
    [InlineData("marie curie@exemple.fr", null)]
    [InlineData("marie@@exemple.fr", null)]
    [InlineData("@exemple.fr", null)]
    [InlineData("mon email c'est marie@exemple.fr", null)]
    [InlineData("", null)]
    public void EmailsAreValidated(string text, string? expected) => Assert.Equal(expected, ContactDetails.Email(text));

    [Theory]
    [InlineData("06 12 34 56 78", "0612345678")]
    [InlineData("06.12.34.56.78", "0612345678")]
    [InlineData("0262 42 28 37", "0262422837")]
    [InlineData("+262 692 12 34 56", "+262692123456")]
    [InlineData("+33 (0)6 12 34 56 78", "+330612345678")]
    [InlineData("12", null)]
    [InlineData("06 12 34", null)]
    [InlineData("6123456789", null)]
    [InlineData("appelez-moi", null)]
    public void PhonesAreValidated(string text, string? expected) => Assert.Equal(expected, ContactDetails.Phone(text));

    [Theory]
    [InlineData("passer", true)]
    [InlineData("Passer", true)]
    [InlineData("non merci", true)]
    [InlineData("0612345678", false)]
    public void SkippingThePhoneIsUnderstood(string text, bool skip) => Assert.Equal(skip, ContactDetails.IsSkip(text));

    [Theory]
    [InlineData("Dupont", "Dupont")]
    [InlineData("Dupont, Jo", "\"Dupont, Jo\"")]
    [InlineData("Jo \"le grand\"", "\"Jo \"\"le grand\"\"\"")]
    [InlineData("ligne 1\nligne 2", "\"ligne 1\nligne 2\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+33 6", "'+33 6")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("=A1,B1", "\"'=A1,B1\"")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void CsvCellsAreQuotedAndNeutralised(string value, string expected) => Assert.Equal(expected, RegistrationCsv.Cell(value));
}
