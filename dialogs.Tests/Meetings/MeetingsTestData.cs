using Cnam.Bot.Knowledge;
using Cnam.Bot.Tests.Knowledge;

namespace Cnam.Bot.Tests.Meetings;

/// <summary>The shipped knowledge base with the meetings of Meetings/TestData/meetings.yaml instead of the (empty) shipped list.</summary>
internal static class MeetingsTestData
{
    /// <summary>Users' local time in the transcripts: before every fixture meeting.</summary>
    public static readonly DateTimeOffset Now = new(2030, 9, 2, 10, 0, 0, TimeSpan.FromHours(2));

    private static readonly Lazy<string> Folder = new(() =>
    {
        var folder = KnowledgeTestData.CopyOf(KnowledgeTestData.Shipped);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Meetings", "TestData", "meetings.yaml"), Path.Combine(folder, "meetings.yaml"), overwrite: true);
        return folder;
    });

    private static readonly Lazy<KnowledgeBase> Knowledge = new(() => KnowledgeBase.Load(Folder.Value));

    /// <summary>A data folder (shipped data + fixture meetings) the bot can be pointed at with Knowledge:DataDirectory.</summary>
    public static string DataDirectory => Folder.Value;

    public static KnowledgeBase WithMeetings => Knowledge.Value;

    private static readonly Lazy<KnowledgeBase> Shipped = new(() => KnowledgeBase.Load(KnowledgeTestData.Shipped));

    /// <summary>The shipped knowledge base: no meeting scheduled.</summary>
    public static KnowledgeBase WithoutMeetings => Shipped.Value;
}
