using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using SignauxFaibles.Silo.Tests;

namespace SignauxFaibles.Web.Tests;

/// <summary>Issue #15: the web app shows the id of the model the cluster scores with, on every page an agent sees.</summary>
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
        var shipped = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Silo", "appsettings.json")))
            .RootElement.GetProperty("Models").GetProperty("Active").GetString();
        using var http = silo.Client(login);

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var footer = FooterModel().Match(html);
        Assert.True(footer.Success, $"no active model in the footer of {path}:\n{html[^Math.Min(html.Length, 2000)..]}");
        Assert.Equal(shipped, footer.Groups[1].Value);
    }

    [Fact]
    public async Task Footer_LoginPage_NoModelShownToAnonymousVisitors()
    {
        using var http = silo.Client(null);

        var html = await http.GetStringAsync(new Uri("/connexion", UriKind.Relative));

        Assert.DoesNotMatch(FooterModel(), html);
    }

    [GeneratedRegex("""id="modele-actif">Modèle de risque actif : <code>([^<]+)</code>""")]
    private static partial Regex FooterModel();
}
