using System.Diagnostics.Metrics;
using Cnam.Bot.Dialogs.Questions;
using Cnam.Bot.Tests.Common;

namespace Cnam.Bot.Tests.Questions;

/// <summary>Every answered question is counted by status and language on the Cnam.Bot meter, in place of a log line.</summary>
public sealed class QuestionMetricsTests(QuestionsFixture fixture) : IClassFixture<QuestionsFixture>
{
    [Fact]
    public async Task EachQuestionIsCountedWithItsStatusAndLanguage()
    {
        var metrics = QuestionsFixture.Metrics();
        var counted = new List<(long Value, string Status, string Language)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // This conversation's meter only: tests running meanwhile count on meters of the same name.
            if (ReferenceEquals(instrument.Meter, metrics.Meter) && instrument.Meter.Name == QuestionMetrics.MeterName && instrument.Name == "cnam_bot.questions")
            {
                l.EnableMeasurementEvents(instrument, metrics);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, state) =>
        {
            if (!ReferenceEquals(state, metrics))
            {
                return;
            }
            var byName = tags.ToArray().ToDictionary(t => t.Key, t => t.Value as string);
            lock (counted)
            {
                counted.Add((value, byName["status"]!, byName["language"]!));
            }
        });
        listener.Start();

        var conversation = fixture.Conversation(metrics: metrics);
        await conversation.SendAsync(TestConversation.Message("Combien coûte la licence en cours du soir ?"));
        await conversation.SendAsync(TestConversation.Message("What is the salary after the programme?"));

        Assert.Equal(2, counted.Count);
        Assert.Equal((1L, "Answered", "fr"), counted[0]);
        Assert.Equal(1L, counted[1].Value);
        Assert.NotEqual("Answered", counted[1].Status);
        Assert.Equal("en", counted[1].Language);
    }
}
