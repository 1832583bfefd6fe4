using Cnam.Bot.Dialogs;
using Cnam.Bot.Dialogs.Questions;
using Cnam.Bot.Knowledge;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Common;
using Cnam.Bot.Tests.Knowledge;
using Cnam.Bot.Understanding;
using System.Diagnostics.Metrics;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cnam.Bot.Tests.Questions;

/// <summary>
/// The real question-answering chain, built once: the shipped knowledge base (knowledge/Data copied next to the
/// test binaries), the recogniser with the knowledge base's UE catalogue, and <see cref="QuestionAnswering"/>.
/// Each conversation gets its own state store, so the unanswered questions of one test never reach another.
/// </summary>
public sealed class QuestionsFixture
{
    /// <summary>Sunday 20 November 2022, 10:00 in Paris: inside the 2022-2023 plannings.</summary>
    public static readonly DateTimeOffset Now = new(2022, 11, 20, 10, 0, 0, TimeSpan.FromHours(1));

    public QuestionsFixture()
    {
        using var db = new LiteDatabase(new MemoryStream());
        Knowledge = KnowledgeBase.Open(KnowledgeTestData.Shipped, db);
        Recognizer = UtteranceRecognizer.CreateDefault(Knowledge.Ues().Where(u => u.Title is not null).Select(u => (u.Code, u.Title!)));
        Answering = new QuestionAnswering(Knowledge, AnsweringVocabulary.Default);
    }

    public KnowledgeBase Knowledge { get; }

    public UtteranceRecognizer Recognizer { get; }

    public QuestionAnswering Answering { get; }

    /// <summary>The question counter of a new meter factory, so that a test can listen to its own conversations only.</summary>
    public static QuestionMetrics Metrics() =>
        new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());

    /// <summary>The unanswered-question log over <paramref name="store"/>.</summary>
    public static UnansweredQuestions Unanswered(IStateStore store) => new(store, NullLogger<UnansweredQuestions>.Instance);

    /// <summary>A <see cref="CnamBot"/> answering with the real chain; the user's clock is <see cref="Now"/> unless told.</summary>
    public TestConversation Conversation(IStateStore? store = null, DateTimeOffset? now = null, string channelId = TestConversation.WebChat,
        QuestionMetrics? metrics = null)
    {
        store ??= new InMemoryStateStore();
        var answerer = new KnowledgeQuestionAnswerer(Recognizer, Answering, Unanswered(store), metrics ?? Metrics(),
            NullLogger<KnowledgeQuestionAnswerer>.Instance);
        var conversation = TestConversation.WithCnamBot(store, answerer, channelId: channelId);
        conversation.LocalTimestamp = now ?? Now;
        return conversation;
    }

    /// <summary>One question answered without a conversation (no context), at <see cref="Now"/> unless told.</summary>
    public Answer Ask(string question, QuestionContext? context = null, DateTimeOffset? now = null)
    {
        var at = now ?? Now;
        var utterance = Recognizer.Recognize(question, at, new RecognizerContext(AcademicYearStart: at.Month >= 9 ? at.Year : at.Year - 1));
        return Answering.Answer(utterance, context ?? QuestionContext.Empty, at);
    }
}
