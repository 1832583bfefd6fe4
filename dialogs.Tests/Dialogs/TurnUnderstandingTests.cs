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
        var expecting = new RecognizerContext(Expecting: Expectation.Experience);

        var plain = recognizer.Recognize(turn, turn.Activity.Text);
        var other = recognizer.Recognize(turn, turn.Activity.Text, expecting);
        var again = recognizer.Recognize(turn, turn.Activity.Text, new RecognizerContext(Expecting: Expectation.Experience));
        var otherText = recognizer.Recognize(turn, "les cours en février", expecting);

        Assert.NotSame(plain, other);
        Assert.Same(other, again);
        Assert.Equal("les cours en février", otherText.Raw);
        Assert.Equal(3, recognizer.Calls);
    }

    [Fact]
    public void WithNoContextDatesAreReadInTheTurnsAcademicYearAndTheQuestionAnswerersRecognitionIsShared()
    {
        var recognizer = new CountingRecognizer();
        var activity = TestConversation.Message("les cours en janvier");
        activity.LocalTimestamp = new DateTimeOffset(2022, 11, 16, 10, 0, 0, TimeSpan.FromHours(1));
        var turn = new TurnContext(activity, new BufferedReplySink());

        var shared = recognizer.Recognize(turn, turn.Activity.Text);
        var answerers = recognizer.Recognize(turn, turn.Activity.Text, RecognizerContext.ForAcademicYearOf(turn.Now));

        Assert.Same(shared, answerers);
        Assert.Equal(1, recognizer.Calls);
        // January of the 2022-2023 academic year.
        Assert.Equal(new DateOnly(2023, 1, 1), shared.Entities.Dates.Single().Start);
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
