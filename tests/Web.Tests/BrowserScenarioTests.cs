using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace SignauxFaibles.Web.Tests;

/// <summary>Issue #14, Must show: the browser scenarios, in Debian's chromium against the embedded run.</summary>
[Collection(WebSiloGroup.Name)]
[Trait("Category", "Browser")]
public sealed partial class BrowserScenarioTests(WebSiloFixture silo)
{
    private static async Task<int> IntAsync(IPage page, string selector) =>
        int.Parse(Digits().Match(await page.InnerTextAsync(selector)).Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();

    [Fact]
    public async Task List_FiltersChangeRowsAndCounts()
    {
        await using var browser = await BrowserSession.SignInAsync(silo.BaseAddress, "national");
        var page = browser.Page;
        await page.GotoAsync("/?effectif=0");
        await page.WaitForSelectorAsync("#liste-detection");
        var total = await IntAsync(page, "#total");
        var eleve = await IntAsync(page, "#compte-eleve");
        var modere = await IntAsync(page, "#compte-modere");
        Assert.True(total > 0, "the list is empty");
        Assert.Equal(total, eleve + modere);
        await browser.ScreenshotAsync("liste-detection.png");

        // A région filter: fewer or as many rows, each of the région's départements.
        await page.SelectOptionAsync("#f-region", "11");
        await page.ClickAsync("#appliquer");
        await page.WaitForURLAsync(new Regex("region=11"));
        var idf = await IntAsync(page, "#total");
        Assert.True(idf <= total);
        // Rows are firms with an establishment in the région (the siège shown may be elsewhere): the
        // régional agent may open each of them.
        using var http = silo.Client("idf");
        foreach (var siren in await page.Locator("#liste-detection tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.siren)"))
        {
            using var firm = await http.GetAsync($"/api/entreprises/{siren}");
            Assert.Equal(System.Net.HttpStatusCode.OK, firm.StatusCode);
        }
        Assert.Equal(idf, await IntAsync(page, "#compte-eleve") + await IntAsync(page, "#compte-modere"));
    }

    [Fact]
    public async Task List_PremieresAlertesFilter_OnlyFirstAlerts()
    {
        await using var browser = await BrowserSession.SignInAsync(silo.BaseAddress, "national");
        var page = browser.Page;
        await page.GotoAsync("/?effectif=0");
        await page.ClickAsync("label[for=f-premieres]");
        await page.ClickAsync("#appliquer");
        await page.WaitForURLAsync(new Regex("premieres=1"));
        var total = await IntAsync(page, "#total");
        Assert.True(total > 0);
        Assert.Equal(total, await IntAsync(page, "#compte-premieres"));
        var rows = page.Locator("#liste-detection tbody tr");
        Assert.Equal(await rows.CountAsync(), await page.Locator("#liste-detection tbody tr .sf-premiere").CountAsync());
    }

    [Fact]
    public async Task List_Export_XlsxHoldsTheRowsAndTheFilters()
    {
        await using var browser = await BrowserSession.SignInAsync(silo.BaseAddress, "national");
        var page = browser.Page;
        await page.GotoAsync("/?liste=direct&effectif=0&premieres=1");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export"));
        var path = Path.Combine(Path.GetTempPath(), $"sf-export-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        try
        {
            Assert.Equal(["Liste", "Filtres"], MiniExcel.GetSheetNames(path));
            var rows = MiniExcel.Query(path, useHeaderRow: true, sheetName: "Liste").Cast<IDictionary<string, object>>().ToList();
            Assert.NotEmpty(rows);
            Assert.All(rows, r => Assert.Equal("oui", r["1re alerte"]));
            var filters = MiniExcel.Query(path, useHeaderRow: true, sheetName: "Filtres").Cast<IDictionary<string, object>>()
                .ToDictionary(r => (string)r["Filtre"], r => r["Valeur"]?.ToString());
            Assert.Equal("en direct", filters["Liste"]);
            Assert.Equal("oui", filters["Premières alertes seulement"]);
            Assert.Equal("aucun", filters["Effectif minimum"]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task FirmPage_WaterfallTotalsTheRisk_AndChartsAreDrawn()
    {
        await using var browser = await BrowserSession.SignInAsync(silo.BaseAddress, "national");
        var page = browser.Page;
        await page.GotoAsync($"/entreprises/{silo.SirenParis}");
        await page.WaitForSelectorAsync("#cascade");
        // The five explanation groups plus the contexte part (sector, size, région: docs/alerts.md).
        Assert.Equal(6, await page.Locator("#cascade [data-groupe]").CountAsync());
        Assert.Equal(await page.InnerTextAsync("#risque"), await page.InnerTextAsync("#cascade-total"));
        await page.WaitForSelectorAsync("#graphique-emploi[data-drawn=true]");
        await page.WaitForSelectorAsync("#graphique-urssaf[data-drawn=true]");
        await browser.ScreenshotAsync("fiche-entreprise.png");
    }

    [Fact]
    public async Task LivePage_ReceivesAnAlertProducedDuringTheTest()
    {
        await using var browser = await BrowserSession.SignInAsync(silo.BaseAddress, "national");
        var page = browser.Page;
        await page.GotoAsync("/alertes");
        // The simulator keeps producing alerts: one arrives through the server-sent events, without reload.
        await page.WaitForSelectorAsync("#alertes-direct tbody tr", new PageWaitForSelectorOptions { Timeout = 120_000 });
        Assert.True(await IntAsync(page, "#flux-compte") > 0);
        Assert.Equal(1, await page.EvaluateAsync<int>("performance.getEntriesByType('navigation').length"));
    }

    [Fact]
    public async Task Suivi_FollowCommentReplyEdit_AndMesSuivis()
    {
        await using var browser = await BrowserSession.SignInAsync(silo.BaseAddress, "idf");
        var page = browser.Page;
        await page.GotoAsync($"/entreprises/{silo.SirenParis}");
        if (await page.InnerTextAsync("#etat-suivi") == "Vous suivez cette entreprise.")
        {
            await page.ClickAsync("button:has-text('Ne plus suivre')");
        }

        await page.SelectOptionAsync("#motif", "codefi");
        await page.ClickAsync("button:has-text('Suivre')");
        await page.WaitForSelectorAsync("#etat-suivi:has-text('Vous suivez cette entreprise.')");

        var text = $"Appel du dirigeant {Guid.NewGuid():N}";
        await page.FillAsync("#nouveau-commentaire", text);
        await page.ClickAsync("button:has-text('Publier le commentaire')");
        var comment = page.Locator("article.sf-comment", new PageLocatorOptions { HasText = text });
        await comment.WaitForAsync();
        var id = (await comment.GetAttributeAsync("id"))!["commentaire-".Length..];

        await page.FillAsync($"#reponse-{id}", "Réponse : rendez-vous fixé");
        await page.ClickAsync($"#reponse-{id} ~ button");
        await page.WaitForSelectorAsync(".sf-replies article:has-text('rendez-vous fixé')");

        await page.Locator($"#commentaire-{id} details summary:has-text('Modifier')").ClickAsync();
        await page.FillAsync($"#modifier-{id}", text + " (corrigé)");
        await page.ClickAsync($"#commentaire-{id} button:has-text('Enregistrer')");
        await page.WaitForSelectorAsync($"#commentaire-{id} .sf-comment__text:has-text('(corrigé)')");
        Assert.Contains(text, await page.Locator($"#commentaire-{id} details:has-text('Versions précédentes')").TextContentAsync() ?? "");

        await page.GotoAsync("/suivis");
        await page.WaitForSelectorAsync($"#mes-suivis a:has-text('{silo.SirenParis}')");
    }

    [Fact]
    public async Task AgentOfOneDepartement_CannotOpenAFirmOfAnother_PageAndApi()
    {
        await using var browser = await BrowserSession.SignInAsync(silo.BaseAddress, "agent75");
        var page = browser.Page;
        var response = await page.GotoAsync($"/entreprises/{silo.SirenMarseille}");
        Assert.Equal(403, response!.Status);
        Assert.Contains("n'est pas dans votre zone", await page.InnerTextAsync("main"));
        Assert.Equal(0, await page.Locator("#cascade").CountAsync());

        var api = await page.APIRequest.GetAsync($"/api/entreprises/{silo.SirenMarseille}");
        Assert.Equal(403, api.Status);
        Assert.DoesNotContain("risquePourcent", await api.TextAsync());

        var own = await page.GotoAsync($"/entreprises/{silo.SirenParis}");
        Assert.Equal(200, own!.Status);
    }
}
