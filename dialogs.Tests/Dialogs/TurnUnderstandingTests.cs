using Cnam.Bot.Dialogs;
using Cnam.Bot.Protocol;
using Cnam.Bot.Tests.Common;
using Cnam.Bot.Understanding;

namespace Cnam.Bot.Tests.Dialogs;

public sealed class TurnUnderstandingTests
{
    private sealed class CountingRecognizer : IUtteranceRecognizer
    {
        private readonly UtteranceRecognizer _inner = UtteranceRecognizer.CreateDefault();
        public int Calls { get; private set; }

        public Utterance Recognize(string? text, DateTimeOffset now, RecognizerContext? context = null)
        {
            Calls++;
            return _inner.Recognize(text, now, context);
        }
    }

    private static TurnContext Turn(string text) => new(TestConversation.Message(text), new BufferedReplySink());

    [Fact]
    public void TheSameTextAndContextAreRecognisedOncePerTurn()
    {
        var recognizer = new CountingRecognizer();
        var turn = Turn("Combien coûte le CASP à Paris ?");

        var first = recognizer.Recognize(turn, turn.Activity.Text);
        var second = recognizer.Recognize(turn, turn.Activity.Text);

        Assert.Same(first, second);
        Assert.Equal(1, recognizer.Calls);
        Assert.True(first.Has(Intents.Tariffs));
    }

    [Fact]
    public void AnotherTextOrContextIsRecognisedAgain()
    {
        var recognizer = new CountingRecognizer();
        var turn = Turn("les cours en janvier");
        var academic = RecognizerContext.ForAcademicYearOf(turn.Now);

        var plain = recognizer.Recognize(turn, turn.Activity.Text);
        var inYear = recognizer.Recognize(turn, turn.Activity.Text, academic);
        var again = recognizer.Recognize(turn, turn.Activity.Text, RecognizerContext.ForAcademicYearOf(turn.Now));
        var other = recognizer.Recognize(turn, "les cours en février", academic);

        Assert.NotSame(plain, inYear);
        Assert.Same(inYear, again);
        Assert.Equal("les cours en février", other.Raw);
        Assert.Equal(3, recognizer.Calls);
    }

    [Fact]
    public void ANewTurnRecognisesAgain()
    {
        var recognizer = new CountingRecognizer();
        var text = "bonjour";

        recognizer.Recognize(Turn(text), text);
        recognizer.Recognize(Turn(text), text);

        Assert.Equal(2, recognizer.Calls);
    }
}
