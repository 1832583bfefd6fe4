using Cnam.Bot.Knowledge.Text;

namespace Cnam.Bot.Tests.Common;

/// <summary>One exchange of a table-driven transcript: what the user says and a text the bot's answer must contain.</summary>
public sealed record TranscriptTurn(string UserSays, string BotAnswerContains);

/// <summary>Plays "user says / bot answers (contains)" tables against a <see cref="TestConversation"/>.</summary>
public static class Transcript
{
    /// <summary>
    /// Sends each <see cref="TranscriptTurn.UserSays"/> and checks that the replies of that turn, taken together,
    /// contain <see cref="TranscriptTurn.BotAnswerContains"/> (case and accents ignored).
    /// </summary>
    public static async Task PlayAsync(this TestConversation conversation, IEnumerable<TranscriptTurn> turns)
    {
        var index = 0;
        foreach (var turn in turns)
        {
            index++;
            var replies = await conversation.SendAsync(TestConversation.Message(turn.UserSays));
            var said = string.Join("\n", replies.Select(r => r.Text));
            Assert.True(
                FrenchText.Fold(said).Contains(FrenchText.Fold(turn.BotAnswerContains), StringComparison.Ordinal),
                $"Turn {index}: after \"{turn.UserSays}\" expected \"{turn.BotAnswerContains}\" in \"{said}\".");
            while (conversation.PendingReplies > 0)
            {
                conversation.NextReply();
            }
        }
    }
}
