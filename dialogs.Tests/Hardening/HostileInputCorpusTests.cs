using System.Text.Json;
using Cnam.Bot.Dialogs;
using Cnam.Bot.State;
using Microsoft.Extensions.DependencyInjection;

namespace Cnam.Bot.Tests.Hardening;

/// <summary>
/// Issue 10, hostile input: every corpus case against the real app, in each of its modes. Each case: never a 5xx, the
/// expected status class, sane replies (nothing the user sent comes back as live HTML, script or link), then another
/// user still gets a correct answer and every document of the store still reads.
/// </summary>
[Trait("Category", "Corpus")]
public sealed class HostileInputCorpusTests(CorpusFixture hosts) : IClassFixture<CorpusFixture>
{
    /// <summary>What no reply may ever carry, whatever the user sent.</summary>
    private static readonly string[] Forbidden = ["<script", "javascript:", "onerror=", "onload=", "<iframe"];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in CorpusFixture.Cases)
        {
            foreach (var mode in c.Modes)
            {
                data.Add(c.Name, mode);
            }
        }
        return data;
    }

    [Fact]
    public void TheCorpusHasAtLeast200UniquelyNamedCasesOnEveryEndpoint()
    {
        var cases = CorpusFixture.Cases;
        Assert.True(cases.Count >= 200, $"The corpus holds {cases.Count} cases.");
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        foreach (var area in new[] { "messages/", "directline/", "calendar/", "page/", "tokens/", "admin/" })
        {
            Assert.Contains(cases, c => c.Name.StartsWith(area, StringComparison.Ordinal));
        }
        Assert.All(cases, c => Assert.Matches(@"^(2xx|4xx|\d{3}(\|\d{3})*)$", c.Expect));
        Assert.Contains(cases, c => c.Modes.Contains("authenticated"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task NoCaseGetsA5xxOrAnUnescapedEchoOrHurtsOtherUsersOrTheStore(string name, string mode)
    {
        var c = CorpusFixture.Cases.Single(x => x.Name == name);
        var host = hosts.Host(mode);
        var outcome = await CorpusRunner.RunAsync(host, c);
        var excerpt = outcome.Body.Length > 400 ? outcome.Body[..400] + "…" : outcome.Body;
        var where = $"{c.File} '{c.Name}' ({mode}) answered {outcome.Status}: {excerpt}";

        Assert.True(outcome.Status < 500, where);
        Assert.True(Matches(c.Expect, outcome.Status), $"expected {c.Expect}; {where}");
        if (c.Replies == "some")
        {
            Assert.True(outcome.Replies.Any(IsVisibleMessage), $"expected a reply; {where}");
        }
        foreach (var expected in c.RepliesContain)
        {
            Assert.True(outcome.Replies.SelectMany(CorpusRunner.Strings).Any(t => t.Contains(expected, StringComparison.Ordinal)), $"expected a reply with \"{expected}\"; {where}");
        }
        var markers = Forbidden.Concat(c.MustNotEcho).ToList();
        foreach (var text in outcome.Replies.SelectMany(CorpusRunner.Strings))
        {
            var hit = markers.FirstOrDefault(m => text.Contains(m, StringComparison.OrdinalIgnoreCase));
            Assert.True(hit is null, $"a reply carries '{hit}': \"{Shorten(text)}\"; {where}");
        }
        foreach (var text in BodyStrings(outcome))
        {
            var hit = c.MustNotEcho.FirstOrDefault(m => text.Contains(m, StringComparison.OrdinalIgnoreCase));
            Assert.True(hit is null, $"the response echoes '{hit}'; {where}");
        }

        await AssertAnotherUserIsAnsweredAsync(host, where);
        await AssertEveryStoredDocumentReadsAsync(host, where);
    }

    private static bool Matches(string expect, int status) => expect switch
    {
        "2xx" => status is >= 200 and < 300,
        "4xx" => status is >= 400 and < 500,
        _ => expect.Split('|').Any(e => int.Parse(e, System.Globalization.CultureInfo.InvariantCulture) == status),
    };

    private static bool IsVisibleMessage(JsonElement reply) =>
        reply.TryGetProperty("type", out var type) && type.GetString() == "message"
        && ((reply.TryGetProperty("text", out var text) && !string.IsNullOrWhiteSpace(text.GetString()))
            || (reply.TryGetProperty("attachments", out var attachments) && attachments.GetArrayLength() > 0));

    private static IEnumerable<string> BodyStrings(CorpusOutcome outcome)
    {
        if (outcome.ContentType != "application/json")
        {
            return [outcome.Body];
        }
        try
        {
            using var json = JsonDocument.Parse(outcome.Body);
            return CorpusRunner.Strings(json.RootElement).ToList();
        }
        catch (JsonException)
        {
            return [outcome.Body];
        }
    }

    /// <summary>A fresh conversation of another user gets the bot's real answer to a menu entry.</summary>
    private static async Task AssertAnotherUserIsAnsweredAsync(HardeningHost host, string where)
    {
        var probe = new CorpusCase
        {
            Name = "probe",
            Message = JsonSerializer.SerializeToElement(new { text = BotTexts.AskQuestion }),
        };
        var outcome = await CorpusRunner.RunAsync(host, probe);
        Assert.True(outcome.Status == 200 && outcome.Replies.Any(r => r.TryGetProperty("text", out var t) && t.GetString() == BotTexts.AskQuestionPrompt),
            $"After the case, another user's '{BotTexts.AskQuestion}' got {outcome.Status} {Shorten(outcome.Body)}; the case: {where}");
    }

    /// <summary>Every document parses; every conversation and user document reads back as the bot's state type.</summary>
    private static async Task AssertEveryStoredDocumentReadsAsync(HardeningHost host, string where)
    {
        var store = host.Services.GetRequiredService<IStateStore>();
        foreach (var item in await store.ListAsync(""))
        {
            try
            {
                using var _ = JsonDocument.Parse(item.Json);
                if (item.Key.StartsWith("conv/", StringComparison.Ordinal))
                {
                    Assert.NotNull(JsonSerializer.Deserialize<ConversationData>(item.Json, StateJson.Options));
                }
                else if (item.Key.StartsWith("user/", StringComparison.Ordinal))
                {
                    Assert.NotNull(JsonSerializer.Deserialize<UserData>(item.Json, StateJson.Options));
                }
            }
            catch (JsonException ex)
            {
                Assert.Fail($"The stored document '{Shorten(item.Key)}' no longer reads ({ex.Message}); the case: {where}");
            }
        }
    }

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
