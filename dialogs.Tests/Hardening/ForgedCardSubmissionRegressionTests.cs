using System.Net;

namespace Cnam.Bot.Tests.Hardening;

/// <summary>Corpus finding: card data of the wrong type made the turn throw (500).</summary>
public sealed class ForgedCardSubmissionRegressionTests(RegressionHost host) : IClassFixture<RegressionHost>
{
    /// <summary>A result-card button whose data had a number for the programme made the turn throw (500).</summary>
    [Fact]
    public async Task AForgedCardSubmissionWithWrongTypesGetsTheButtonsAnswer()
    {
        using var response = await host.PostAsync(new { value = new { action = "eligibility/planning", programme = 42, centre = true, modality = Array.Empty<int>() } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await RegressionHost.RepliesAsync(response));
    }
}
