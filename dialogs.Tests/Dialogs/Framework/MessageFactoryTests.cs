using Cnam.Bot.Dialogs.Framework;
using Cnam.Bot.Protocol;

namespace Cnam.Bot.Tests.Dialogs.Framework;

/// <summary>A prompt's message is sent again on every retry: each send works on a copy, never on the kept message.</summary>
public sealed class MessageFactoryTests
{
    [Fact]
    public void ACopysRoutingFieldsAndListsAreItsOwn()
    {
        var kept = MessageFactory.Attachment(new Attachment { ContentType = "application/vnd.microsoft.card.adaptive" }, "Quel centre ?");
        kept.Entities = [];

        var copy = MessageFactory.Copy(kept);
        copy.Conversation = new ConversationAccount { Id = "c1" };
        copy.ReplyToId = "a1";
        copy.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("Paris")] };
        copy.Attachments!.Add(new Attachment { ContentType = "text/plain" });
        copy.Entities!.Add(new Entity { Type = "clientInfo" });

        Assert.Null(kept.Conversation);
        Assert.Null(kept.ReplyToId);
        Assert.Null(kept.SuggestedActions);
        Assert.Single(kept.Attachments!);
        Assert.Empty(kept.Entities);
        Assert.Equal("Quel centre ?", copy.Text);
        Assert.Same(kept.Attachments![0], copy.Attachments[0]);
    }
}
