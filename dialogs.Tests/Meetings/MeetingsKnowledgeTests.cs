using Cnam.Bot.Knowledge.Staff;
using Cnam.Bot.Tests.Knowledge;

namespace Cnam.Bot.Tests.Meetings;

/// <summary>meetings.yaml through the knowledge loader: the shipped file, the fixture, and what <c>kb check</c> reports.</summary>
public sealed class MeetingsKnowledgeTests
{
    private static (int Code, string Output) Check(string meetingsYaml)
    {
        var copy = KnowledgeTestData.CopyOf(KnowledgeTestData.Shipped);
        File.WriteAllText(Path.Combine(copy, "meetings.yaml"), meetingsYaml);
        var output = new StringWriter();
        var code = KbCommand.Run(["check"], copy, null, output);
        return (code, output.ToString());
    }

    [Fact]
    public void TheShippedFileSchedulesNoMeetingAndIsValid()
    {
        Assert.Empty(MeetingsTestData.WithoutMeetings.Meetings());
        Assert.Contains("meetings:", File.ReadAllText(Path.Combine(KnowledgeTestData.Shipped, "meetings.yaml")));
    }

    [Fact]
    public void FixtureMeetingsLoadWithTheirProvenanceInDateOrder()
    {
        var meetings = MeetingsTestData.WithMeetings.Meetings();
        Assert.Equal(["lp110-paris-oct", "reunion-port-oct", "lp110-paris-online"], meetings.Select(m => m.Id));
        var first = meetings[0];
        Assert.Equal((new DateOnly(2030, 10, 1), new TimeOnly(18, 0), new TimeOnly(19, 30), "Paris", 3), (first.Date!.Value, first.StartTime!.Value, first.EndTime!.Value, first.Centre, first.Capacity!.Value));
        Assert.Equal(("000_ff8f371e9c43fa3c.txt", "2030-2031", "meetings.yaml", 6), (first.Source, first.ValidFor, first.File, first.Line));
        Assert.Equal(["reunion-port-oct"], MeetingsTestData.WithMeetings.UpcomingMeetings(new DateOnly(2030, 10, 2), "CP29").Select(m => m.Id));
    }

    [Fact]
    public void KbCheckReportsEveryProblemOfABrokenMeetingsFileWithItsLine()
    {
        const string yaml = """
            defaults: { source: 000_ff8f371e9c43fa3c.txt, validFor: "2030-2031" }
            meetings:
              - id: a
                date: 2030-10-01
                start: "18h"
                end: "19:30"
                centre: Paris
                place: "salle 1"
                programmes: [LP110, MBA99]
                capacity: 0
              - id: a
                date: 2030-10-02
                start: "18:00"
                end: "17:00"
                centre: Lyon
                onlineLink: "http://visio.example.org"
                capacity: 10
              - id: b
                start: "18:00"
                end: "19:00"
                centre: Paris
            """;
        var (code, output) = Check(yaml);
        Assert.Equal(1, code);
        string[] expected =
        [
            "meetings.yaml:3: réunion a : heure start « 18h » invalide (attendu HH:mm, par exemple 18:30)",
            "meetings.yaml:3: réunion a : programme « MBA99 » inconnu",
            "meetings.yaml:3: réunion a : capacité 0 : elle doit être supérieure à 0",
            "meetings.yaml:11: réunion « a » en double (déjà défini en meetings.yaml:3)",
            "meetings.yaml:11: réunion a : l'heure de fin 17:00 n'est pas après l'heure de début 18:00",
            "meetings.yaml:11: réunion a : centre « Lyon » inconnu (attendu : La Réunion, Paris)",
            "meetings.yaml:11: réunion a : lien en ligne « http://visio.example.org » invalide (attendu : une adresse https://…)",
            "meetings.yaml:18: réunion b : date manquante (AAAA-MM-JJ)",
            "meetings.yaml:18: réunion b : ni lieu (place) ni lien en ligne (onlineLink)",
            "meetings.yaml:18: réunion b : capacité (capacity) manquante",
        ];
        foreach (var line in expected)
        {
            Assert.Contains(line, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void KbCheckReportsABadDateAndAMissingSource()
    {
        var (code, output) = Check("meetings:\n  - id: x\n    date: 2030-02-30\n    start: \"18:00\"\n    end: \"19:00\"\n    centre: Paris\n    place: p\n    capacity: 5\n");
        Assert.Equal(1, code);
        Assert.Contains("meetings.yaml:3: date « 2030-02-30 » invalide (attendu AAAA-MM-JJ)", output, StringComparison.Ordinal);

        (code, output) = Check("meetings:\n  - id: x\n    date: 2030-02-20\n    start: \"18:00\"\n    end: \"19:00\"\n    centre: Paris\n    place: p\n    capacity: 5\n");
        Assert.Equal(1, code);
        Assert.Contains("meetings.yaml:2: réunion x : source manquante", output, StringComparison.Ordinal);
        Assert.Contains("meetings.yaml:2: réunion x : validFor manquant", output, StringComparison.Ordinal);
    }
}
