using System.Runtime.CompilerServices;
using Cnam.Bot.Knowledge.Text;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Tests.Common;

/// <summary>
/// Fluent transcript over a <see cref="TestConversation"/>, in the shape of botbuilder's TestFlow:
/// <c>await conversation.Flow().Send("bonjour").AssertReply("Bonjour").Send("aide").AssertReply(r => ...)</c>.
/// Each call queues one step; awaiting the flow runs them in order.
/// </summary>
public sealed class TestFlow
{
    private readonly TestConversation _conversation;
    private readonly Func<Task> _run;

    public TestFlow(TestConversation conversation) : this(conversation, () => Task.CompletedTask)
    {
    }

    private TestFlow(TestConversation conversation, Func<Task> run)
    {
        _conversation = conversation;
        _run = run;
    }

    public TestFlow Send(string text) => Send(TestConversation.Message(text));

    public TestFlow Send(Activity activity) => Then(() => _conversation.SendAsync(activity));

    /// <summary>Submits a card with object data, in the shape of the conversation's channel.</summary>
    public TestFlow SubmitCard(object data) => Then(() => _conversation.SendAsync(_conversation.CardSubmission(data)));

    /// <summary>The next reply's text contains <paramref name="expected"/> (case and accents ignored).</summary>
    public TestFlow AssertReply(string expected) => AssertReply(reply =>
    {
        if (!FrenchText.Fold(reply.Text).Contains(FrenchText.Fold(expected), StringComparison.Ordinal))
        {
            throw new Xunit.Sdk.XunitException($"Expected a reply containing \"{expected}\" but got \"{reply.Text}\".");
        }
    });

    public TestFlow AssertReply(Action<Activity> check) => Then(() =>
    {
        check(_conversation.NextReply());
        return Task.CompletedTask;
    });

    /// <summary>Every reply of the previous steps has been asserted.</summary>
    public TestFlow AssertNoReply() => Then(() =>
    {
        Assert.True(_conversation.PendingReplies == 0, $"{_conversation.PendingReplies} reply(ies) not expected: \"{(_conversation.PendingReplies > 0 ? _conversation.NextReply().Text : "")}\"");
        return Task.CompletedTask;
    });

    public TestFlow Then(Func<Task> step) => new(_conversation, async () =>
    {
        await _run();
        await step();
    });

    public TaskAwaiter GetAwaiter() => _run().GetAwaiter();
}
