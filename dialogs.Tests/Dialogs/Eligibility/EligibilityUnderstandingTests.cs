using Cnam.Bot.Dialogs.Eligibility;

namespace Cnam.Bot.Tests.Dialogs.Eligibility;

/// <summary>The questionnaire's reading of a reply that does not answer: not knowing, and asking why.</summary>
public sealed class EligibilityUnderstandingTests
{
    [Theory]
    [InlineData("je ne sais pas", true)]
    [InlineData("euh je sais pas", true)]
    // Hesitations one after the other, in any order.
    [InlineData("bah euh je sais pas", true)]
    [InlineData("euh bah aucune idée", true)]
    [InlineData("well I don't know", true)]
    [InlineData("je sais que je veux le CASP", false)]
    [InlineData("euh le bac", false)]
    public void NotKnowingIsReadThroughHesitations(string text, bool dontKnow)
    {
        Assert.Equal(dontKnow, EligibilityUnderstanding.SaysDontKnow(text));
    }

    [Theory]
    [InlineData("pourquoi ?", true)]
    [InlineData("pourquoi vous demandez ça ?", true)]
    [InlineData("why?", true)]
    [InlineData("pourquoi le CASP coûte plus cher en cours du jour que le soir alors que c'est le même titre ?", false)]
    public void AskingWhyIsAShortReplyThatStartsWithWhy(string text, bool why)
    {
        Assert.Equal(why, EligibilityUnderstanding.AsksWhy(text));
    }
}
