using System.Net;
using System.Text.RegularExpressions;
using SignauxFaibles.TestSupport;

namespace SignauxFaibles.Web.Tests;

/// <summary>Issue #15: the web app shows the id of the model the cluster scores with on every page an agent sees, and its report on /modele.</summary>
[Collection(WebSiloGroup.Name)]
[Trait("Category", "Browser")]
public sealed partial class ActiveModelFooterTests(WebSiloFixture silo)
{
    [Theory]
    [InlineData("agent75", "/")]
    [InlineData("national", "/suivis")]
    [InlineData("admin", "/alertes")]
    public async Task Footer_SignedInAgent_ShowsTheActiveModelOfTheEmbeddedRun(string login, string path)
    {
        var shipped = ShippedModel.Id;
        using var http = silo.Client(login);

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var footer = FooterModel().Match(html);
        Assert.True(footer.Success, $"no active model in the footer of {path}:\n{html[^Math.Min(html.Length, 2000)..]}");
        Assert.Equal(shipped, footer.Groups[1].Value);
    }

    [Fact]
    public async Task ModelPage_Agent_ShowsTheActiveVersionItsReportAndFigures()
    {
        using var http = silo.Client("agent75");

        var html = await http.GetStringAsync(new Uri("/modele", UriKind.Relative));

        Assert.Contains($"""<code id="modele-id">{ShippedModel.Id}</code>""", html, StringComparison.Ordinal);
        Assert.Contains("id=\"modele-rapport\"", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        foreach (var figure in new[] { "roc.png", "precision-recall.png", "calibration.png" })
        {
            Assert.Contains($"src=\"/modele/figures/{figure}\"", html, StringComparison.Ordinal);
            using var image = await http.GetAsync(new Uri($"/modele/figures/{figure}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await image.Content.ReadAsByteArrayAsync())[..4]);
        }

        using var missing = await http.GetAsync(new Uri("/modele/figures/absent.png", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Footer_LoginPage_NoModelShownToAnonymousVisitors()
    {
        using var http = silo.Client(null);

        var html = await http.GetStringAsync(new Uri("/connexion", UriKind.Relative));

        Assert.DoesNotMatch(FooterModel(), html);
    }

    [GeneratedRegex("""id="modele-actif">Modèle de risque actif : <a href="/modele"><code>([^<]+)</code></a>""")]
    private static partial Regex FooterModel();
}
