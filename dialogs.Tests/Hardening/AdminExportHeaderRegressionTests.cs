using System.Net;
using Cnam.Bot.Meetings;
using Cnam.Bot.Tests.Common;
using Cnam.Bot.Tests.Meetings;

namespace Cnam.Bot.Tests.Hardening;

/// <summary>
/// Corpus finding, on real Kestrel only (the in-memory test server does not check response headers): the CSV export
/// put the URL's meeting id in <c>Content-Disposition</c> before knowing the meeting, so an unknown id with a non-ASCII
/// or control character made Kestrel throw (500) instead of answering 404.
/// </summary>
public sealed class AdminExportHeaderRegressionTests
{
    private const string ApiKey = "export-header-key-81c4";

    [Fact]
    public async Task TheExportOfAnUnknownMeetingIsA404WhateverItsIdCarriesAndAKnownOneNamesItsFileFromMeetingsYaml()
    {
        using var data = new TempDirectory();
        await using var bot = await BotProcess.StartAsync(data.Path, new Dictionary<string, string>
        {
            ["Admin__ApiKey"] = ApiKey,
            ["Knowledge__DataDirectory"] = MeetingsTestData.DataDirectory,
        }, TimeSpan.FromSeconds(120));
        using var client = bot.CreateClient();
        client.DefaultRequestHeaders.Add(AdminApiKeyFilter.HeaderName, ApiKey);

        foreach (var id in new[] { "r%C3%A9union", "x%0D%0ASet-Cookie:%20a%3D1", "%F0%9F%98%80", "x%22%3B%20filename%3Devil.exe" })
        {
            using var response = await client.GetAsync($"/api/admin/meetings/{id}/registrations.csv");
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{id}: {(int)response.StatusCode}");
            Assert.Null(response.Content.Headers.ContentDisposition);
        }
        using var known = await client.GetAsync("/api/admin/meetings/LP110-Paris-Oct/registrations.csv");
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal("inscriptions-lp110-paris-oct.csv", known.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }
}
