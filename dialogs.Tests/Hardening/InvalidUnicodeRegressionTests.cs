using System.Net;
using Cnam.Bot.Knowledge.Text;

namespace Cnam.Bot.Tests.Hardening;

/// <summary>Corpus finding: text with noncharacters made Unicode normalisation throw (500).</summary>
public sealed class InvalidUnicodeRegressionTests(RegressionHost host) : IClassFixture<RegressionHost>
{
    /// <summary>A JSON <c>\uFFFF</c> escape made Unicode normalisation throw: the turn answered 500.</summary>
    [Fact]
    public async Task NoncharactersAndLoneSurrogatesAreFoldedAwayNotThrown()
    {
        Assert.Equal("tarif licence", FrenchText.Fold("\uffff\ufffe tarif\ufdd0 licence"));
        Assert.Equal("a b", FrenchText.Fold("a\ud800b"));
        Assert.Equal("licence 🎓", FrenchText.WellFormed("licence 🎓"));

        using var response = await host.PostAsync(new { text = "\ufffe\uffff combien coûte la licence ?" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await RegressionHost.RepliesAsync(response));
    }
}
