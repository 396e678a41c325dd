using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SignauxFaibles.Web.Tests;

/// <summary>
/// Issue #14, Must show: every endpoint x role x zone, zero leaks, unauthenticated requests refused. The
/// endpoint list is checked against the OpenAPI document so a new /api endpoint cannot escape the matrix.
/// </summary>
[Collection(WebSiloGroup.Name)]
[Trait("Category", "Browser")]
public sealed class AuthorizationMatrixTests(WebSiloFixture silo)
{
    private static readonly string?[] Accounts = [null, "admin", "national", "idf", "agent75", "score13"];

    /// <summary>Who may open a firm of each zone (zone of the account, admins and national agents everywhere).</summary>
    private static bool Opens(string login, string departement) => login switch
    {
        "admin" or "national" => true,
        "idf" or "agent75" => departement == "75",
        "score13" => departement == "13",
        _ => false,
    };

    private sealed record Case(HttpMethod Method, string Template, string Path, object? Body, Func<string, HttpStatusCode> Expected);

    private IEnumerable<Case> Cases()
    {
        foreach (var (siren, dep) in new[] { (silo.SirenParis, "75"), (silo.SirenMarseille, "13") })
        {
            HttpStatusCode Firm(string login) => Opens(login, dep) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            yield return new(HttpMethod.Get, "/api/entreprises/{siren}", $"/api/entreprises/{siren}", null, Firm);
            yield return new(HttpMethod.Get, "/api/entreprises/{siren}/commentaires", $"/api/entreprises/{siren}/commentaires", null, Firm);
            yield return new(HttpMethod.Post, "/api/entreprises/{siren}/commentaires", $"/api/entreprises/{siren}/commentaires", new { texte = "matrice" }, Firm);
            // Nobody but its author may edit a comment: refused whether or not the firm is in the zone.
            yield return new(HttpMethod.Put, "/api/entreprises/{siren}/commentaires/{id}", $"/api/entreprises/{siren}/commentaires/987654", new { texte = "x" }, _ => HttpStatusCode.Forbidden);
            yield return new(HttpMethod.Post, "/api/entreprises/{siren}/suivi", $"/api/entreprises/{siren}/suivi", new { motif = "detection" }, Firm);
            yield return new(HttpMethod.Delete, "/api/entreprises/{siren}/suivi", $"/api/entreprises/{siren}/suivi", null, Firm);
            yield return new(HttpMethod.Get, "/entreprises/{siren}", $"/entreprises/{siren}", null, Firm);
            yield return new(HttpMethod.Get, "/firms/{siren}", $"/firms/{siren}", null, Admin);
        }

        yield return new(HttpMethod.Get, "/modele", "/modele", null, _ => HttpStatusCode.OK);
        yield return new(HttpMethod.Get, "/modele/figures/{name}", "/modele/figures/roc.png", null, _ => HttpStatusCode.OK);
        yield return new(HttpMethod.Get, "/api/alertes", "/api/alertes", null, _ => HttpStatusCode.OK);
        yield return new(HttpMethod.Get, "/api/alertes/flux", "/api/alertes/flux", null, _ => HttpStatusCode.OK);
        yield return new(HttpMethod.Get, "/api/suivis", "/api/suivis", null, _ => HttpStatusCode.OK);
        yield return new(HttpMethod.Get, "/api/liste", "/api/liste", null, _ => HttpStatusCode.OK);
        yield return new(HttpMethod.Get, "/api/liste/export", "/api/liste/export", null, _ => HttpStatusCode.OK);
        yield return new(HttpMethod.Get, "/api/listes", "/api/listes", null, _ => HttpStatusCode.OK);
        yield return new(HttpMethod.Get, "/lists", "/lists", null, Admin);
        yield return new(HttpMethod.Get, "/lists/{date}", "/lists/live", null, Admin);
        yield return new(HttpMethod.Get, "/lists/{from}/diff/{to}", "/lists/2021-01-01/diff/2021-02-01", null, Admin);
        yield return new(HttpMethod.Get, "/api/audit", "/api/audit", null, Admin);
        yield return new(HttpMethod.Get, "/admin/audit", "/admin/audit", null, Admin);
        yield return new(HttpMethod.Get, "/alerts", "/alerts", null, Admin);
        yield return new(HttpMethod.Get, "/models", "/models", null, Admin);
        yield return new(HttpMethod.Get, "/dashboard/", "/dashboard/", null, Admin);
        yield return new(HttpMethod.Get, "/dashboard/ClusterStats", "/dashboard/ClusterStats", null, Admin);
        yield return new(HttpMethod.Post, "/models/{id}/activate", "/models/inconnu/activate", null,
            l => l == "admin" ? HttpStatusCode.Conflict : HttpStatusCode.Forbidden);
    }

    private static HttpStatusCode Admin(string login) => login == "admin" ? HttpStatusCode.OK : HttpStatusCode.Forbidden;

    [Fact]
    public async Task EveryEndpoint_EveryAccount_GetsExactlyWhatItsRoleAndZoneAllow()
    {
        var failures = new List<string>();
        foreach (var login in Accounts)
        {
            using var http = silo.Client(login);
            foreach (var c in Cases())
            {
                using var request = new HttpRequestMessage(c.Method, c.Path);
                if (c.Body is not null)
                {
                    request.Content = JsonContent.Create(c.Body);
                }

                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                var expected = login is null ? HttpStatusCode.Unauthorized : c.Expected(login);
                if (response.StatusCode != expected)
                {
                    failures.Add($"{login ?? "anonyme"} {c.Method} {c.Path}: {(int)response.StatusCode}, attendu {(int)expected}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Unauthenticated_PageRequest_RedirectedToSignIn()
    {
        using var http = silo.Client(null);
        foreach (var path in new[] { "/", "/alertes", "/suivis", "/admin/audit", $"/entreprises/{silo.SirenParis}", "/recherche?q=x" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Accept.ParseAdd("text/html");
            using var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/connexion", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OpenApi_EveryApiEndpoint_IsInTheMatrix()
    {
        using var http = silo.Client(null);
        var doc = await http.GetFromJsonAsync<JsonElement>("/api/openapi/v1.json");
        var inMatrix = Cases().Select(c => $"{c.Method.Method.ToUpperInvariant()} {c.Template}").ToHashSet();
        var missing = new List<string>();
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject())
            {
                var key = $"{op.Name.ToUpperInvariant()} {path.Name}";
                if (!inMatrix.Contains(key))
                {
                    missing.Add(key);
                }
            }
        }

        Assert.True(missing.Count == 0, "endpoints outside the matrix: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task ScoreOnlyAgent_FirmOfHisZone_PartnerBlocksWithheld()
    {
        using var http = silo.Client("score13");
        var firm = await http.GetFromJsonAsync<JsonElement>($"/api/entreprises/{silo.SirenMarseille}");

        Assert.Equal(JsonValueKind.Object, firm.GetProperty("detection").ValueKind);
        Assert.Equal(JsonValueKind.Null, firm.GetProperty("urssaf").ValueKind);
        Assert.Equal(JsonValueKind.Null, firm.GetProperty("activitePartielle").ValueKind);
        Assert.Equal(JsonValueKind.Null, firm.GetProperty("financier").ValueKind);
        Assert.Equal(["Urssaf", "ActivitePartielle", "Financier"], firm.GetProperty("hiddenBlocks").EnumerateArray().Select(e => e.GetString()!));
    }

    [Fact]
    public async Task DetectionList_AgentOfOneDepartement_OnlyFirmsWithAnEstablishmentInHisZone()
    {
        using var http = silo.Client("agent75");
        var page = await http.GetFromJsonAsync<JsonElement>("/api/liste?effectif=0&taille=200");

        Assert.NotEqual(0, page.GetProperty("total").GetInt32());
        foreach (var row in page.GetProperty("lignes").EnumerateArray())
        {
            using var firm = await http.GetAsync($"/api/entreprises/{row.GetProperty("siren").GetString()}");
            Assert.Equal(HttpStatusCode.OK, firm.StatusCode);
        }
    }

    [Fact]
    public async Task CurrentAlerts_AgentOfOneDepartement_OnlyHisZone()
    {
        using var http = silo.Client("agent75");
        var alerts = await http.GetFromJsonAsync<JsonElement>("/api/alertes?limite=500");

        Assert.NotEqual(0, alerts.GetArrayLength());
        Assert.All(alerts.EnumerateArray(), a => Assert.Equal("75", a.GetProperty("departement").GetString()));
        // Each carries its list flags (docs/alerts.md, "List flags").
        Assert.All(alerts.EnumerateArray(), a =>
        {
            Assert.Matches("^[0-9]{4}-[0-9]{2}-01$", a.GetProperty("listeCourante").GetString());
            Assert.True(a.GetProperty("surListeCourante").ValueKind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False);
            Assert.True(a.GetProperty("premiereSurProchaineListe").ValueKind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False);
        });
    }

    [Fact]
    public async Task RefusedFirmView_IsAudited_AndAuditIsAdminOnly()
    {
        using var agent = silo.Client("agent75");
        using var refused = await agent.GetAsync($"/api/entreprises/{silo.SirenMarseille}");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var admin = silo.Client("admin");
        var entries = await admin.GetFromJsonAsync<JsonElement>($"/api/audit?login=agent75&siren={silo.SirenMarseille}");
        Assert.Contains(entries.EnumerateArray(), e => e.GetProperty("action").GetString() == "fiche.refus");
    }
}
