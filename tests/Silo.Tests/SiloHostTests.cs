using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using SignauxFaibles.TestSupport;

namespace SignauxFaibles.Silo.Tests;

[Trait("Category", "Host")]
public sealed partial class SiloHostTests(SiloFixture silo) : IClassFixture<SiloFixture>
{
    /// <summary>The version src/Silo/appsettings.json activates (Models:Active): the model shipped in models/.</summary>
    private static string ShippedModelId => ShippedModel.Id;

    private static readonly string[] SeriesNames = ["effectif", "ap_heures_consommees", "ratio_apart", "cotisation_due", "dette_po", "dette_pp", "delai_actif"];

    [Fact]
    public void Alerts_DefaultConfiguration_ListedOnTheJsonEndpointWithinAMinute()
    {
        Assert.True(silo.SecondsToFirstAlert <= 60, $"first alert after {silo.SecondsToFirstAlert:F0} s");
        var first = silo.FirstAlerts.GetProperty("alerts")[0];
        Assert.Matches("^[0-9]{9}$", first.GetProperty("siren").GetString());
        Assert.Contains(first.GetProperty("level").GetString(), (string[])["eleve", "modere"]);
        Assert.Equal(ShippedModelId, first.GetProperty("modelVersion").GetString());
        Assert.True(first.GetProperty("score").GetDouble() is > 0 and < 1);
    }

    [Fact]
    public async Task Health_DefaultConfiguration_ScoresWithTheShippedModel()
    {
        // The README's run activates the learned model of models/ (not the built-in transparent scorer) and says so.
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "models", ShippedModelId, "manifest.json")), $"models/{ShippedModelId} is not in the repository");
        var health = await silo.Http.GetFromJsonAsync<JsonElement>("/health");
        var model = health.GetProperty("checks").GetProperty("model");
        Assert.Equal("Healthy", model.GetProperty("status").GetString());
        Assert.Equal(ShippedModelId, model.GetProperty("data").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Alerts_Counts_AreThoseOfTheCurrentDatedListWithLiveCountsAndLabels()
    {
        // A closed list is frozen: once /lists names the same current list before and after /alerts, the
        // counts /alerts gives for it must be that list's.
        JsonElement alerts = default, lists = default;
        await Eventually.Until(
            async () =>
            {
                var before = await silo.Http.GetFromJsonAsync<JsonElement>("/lists");
                alerts = await silo.Http.GetFromJsonAsync<JsonElement>("/alerts?limit=0");
                lists = await silo.Http.GetFromJsonAsync<JsonElement>("/lists");
                return alerts.GetProperty("listDate").ValueKind == JsonValueKind.String
                    && CurrentDate(before) == alerts.GetProperty("listDate").GetString()
                    && CurrentDate(lists) == alerts.GetProperty("listDate").GetString();
            },
            TimeSpan.FromSeconds(240),
            () => $"no dated list closed, or /alerts and /lists disagree on it: /alerts listDate {alerts}, /lists {lists}",
            TimeSpan.FromSeconds(1));

        var current = lists.GetProperty("current");
        foreach (var (group, label) in (ReadOnlySpan<(string, string)>)[("eleve", "risque élevé"), ("modere", "risque modéré"), ("premieresAlertes", "premières alertes")])
        {
            var counts = alerts.GetProperty(group);
            Assert.Equal(label, counts.GetProperty("groupLabel").GetString());
            Assert.Equal(current.GetProperty(group).GetInt32(), counts.GetProperty("count").GetInt32());
            Assert.True(counts.GetProperty("live").GetInt32() >= 0);
        }

        Assert.True(current.GetProperty("eleve").GetInt32() + current.GetProperty("modere").GetInt32() > 0, $"an empty current list: {current}");
    }

    private static string? CurrentDate(JsonElement lists) =>
        lists.GetProperty("current") is { ValueKind: JsonValueKind.Object } c ? c.GetProperty("date").GetString() : null;

    [Fact]
    public async Task Health_RunningSilo_IsHealthyWithClusterAndFeedChecks()
    {
        var health = await silo.Http.GetFromJsonAsync<JsonElement>("/health");

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("checks").TryGetProperty("cluster", out _));
        Assert.True(health.GetProperty("checks").TryGetProperty("feed", out _));
    }

    [Fact]
    public async Task Firm_AlertedFirm_HasLevelExplanationHistoryAndTwentyFourMonthSeries()
    {
        var siren = silo.FirstAlerts.GetProperty("alerts")[0].GetProperty("siren").GetString();

        var firm = await silo.Http.GetFromJsonAsync<JsonElement>($"/firms/{siren}");

        Assert.Equal(siren, firm.GetProperty("summary").GetProperty("siren").GetString());
        Assert.NotEqual(JsonValueKind.Null, firm.GetProperty("explanation").ValueKind);
        // The five groups plus the firm's context, as its own bar.
        Assert.Equal(6, firm.GetProperty("explanation").GetProperty("groups").GetArrayLength());
        Assert.True(firm.GetProperty("alerts").GetArrayLength() >= 1);
        var series = firm.GetProperty("series");
        Assert.Equal(24, series.GetProperty("months").GetInt32());
        foreach (var s in series.GetProperty("series").EnumerateArray())
        {
            Assert.Equal(24, s.GetProperty("values").GetArrayLength());
        }

        var names = series.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToArray();
        Assert.All(SeriesNames, n => Assert.Contains(n, names));
    }

    [Fact]
    public void Alerts_AsANewUserReadsThem_NoFirmInProcedureOrClosedAndLabelsNotCodes()
    {
        var alerts = silo.FirstAlerts.GetProperty("alerts").EnumerateArray().ToArray();
        Assert.NotEmpty(alerts);
        foreach (var a in alerts)
        {
            var siren = a.GetProperty("siren").GetString();
            Assert.True(a.GetProperty("level").GetString() is "eleve" or "modere", $"{siren}: level {a.GetProperty("level")}");
            Assert.StartsWith("risque ", a.GetProperty("levelLabel").GetString(), StringComparison.Ordinal);
            var standing = a.GetProperty("standing");
            Assert.True(standing.GetProperty("procedure").GetString() is "in_bonis" or "plan_sauvegarde" or "plan_continuation",
                $"{siren} is on the list with procédure {standing.GetProperty("procedure")}");
            Assert.Equal("aucune", standing.GetProperty("fermeture").GetString());
            foreach (var f in a.GetProperty("topFeatures").EnumerateArray())
            {
                var label = f.GetProperty("label").GetString();
                Assert.False(string.IsNullOrWhiteSpace(label));
                Assert.NotEqual(f.GetProperty("feature").GetString(), label);
                Assert.DoesNotContain("_", label, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Firm_Summary_ShowsLabelsAndStringCodesNotNumbers()
    {
        var siren = silo.FirstAlerts.GetProperty("alerts")[0].GetProperty("siren").GetString();

        var summary = (await silo.Http.GetFromJsonAsync<JsonElement>($"/firms/{siren}")).GetProperty("summary");

        Assert.Equal(JsonValueKind.String, summary.GetProperty("level").ValueKind);
        Assert.Equal(JsonValueKind.String, summary.GetProperty("procedureCollective").ValueKind);
        Assert.False(string.IsNullOrWhiteSpace(summary.GetProperty("procedureCollectiveLabel").GetString()));
        Assert.StartsWith("risque ", summary.GetProperty("levelLabel").GetString(), StringComparison.Ordinal);
        Assert.Equal("section", summary.GetProperty("activiteNaf").GetProperty("levels")[0].GetProperty("niveau").GetString());
        Assert.False(string.IsNullOrWhiteSpace(summary.GetProperty("activiteLabel").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(summary.GetProperty("departementNom").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(summary.GetProperty("regionNom").GetString()));
        Assert.Contains(summary.GetProperty("departement").GetString(),
            summary.GetProperty("zone").GetProperty("departements").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public async Task Firm_MalformedSiren_IsABadRequest()
    {
        var response = await silo.Http.GetAsync("/firms/12345");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ClientFirm_WithSeries_PrintsLevelExplanationAndSeries()
    {
        // The feed keeps replaying while the tests run: a firm listed in alert a moment ago may have left it by
        // the time the client asks. So each attempt takes a firm from the board as it is now, and an attempt
        // whose firm has left alert meanwhile (the client then prints its current level) takes another; the
        // client's output must be complete on every attempt.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        var attempts = new List<string>();
        while (true)
        {
            var board = await silo.Http.GetFromJsonAsync<JsonElement>("/alerts");
            var alerts = board.GetProperty("alerts");
            Assert.True(alerts.GetArrayLength() > 0, "the alert board became empty while the feed runs");
            var siren = alerts[0].GetProperty("siren").GetString()!;

            using var client = Client(["firm", siren, "--series"]);
            var code = await client.WaitForExitAsync(TimeSpan.FromSeconds(60));

            Assert.True(code == 0, client.Output);
            Assert.Contains(siren, client.Output, StringComparison.Ordinal);
            Assert.Contains("niveau: ", client.Output, StringComparison.Ordinal);
            Assert.Contains("Explication du score", client.Output, StringComparison.Ordinal);
            Assert.Contains("Séries sur 24 mois", client.Output, StringComparison.Ordinal);
            if (InAlert().IsMatch(client.Output))
            {
                return;
            }

            attempts.Add($"{siren}: {client.Output.Split('\n').FirstOrDefault(l => l.Contains("niveau: ", StringComparison.Ordinal))?.Trim()}");
            Assert.True(DateTime.UtcNow < deadline,
                "within 120 s, every firm taken from /alerts had left alert before the client showed it:\n" + string.Join('\n', attempts));
        }
    }

    [Fact]
    public async Task ClientAlertsFollow_RunningFeed_PrintsAlertEventsLive()
    {
        using var client = Client(["alerts", "--follow", "--limit", "5"]);
        await Eventually.Until(
            () => LiveLine().Count(client.Output) >= 2 || client.HasExited,
            TimeSpan.FromSeconds(90),
            () => $"fewer than two live alert lines; output:\n{client.Output}");

        var code = await client.InterruptAsync(TimeSpan.FromSeconds(30));

        Assert.True(LiveLine().Count(client.Output) >= 2, $"no live alert lines; output:\n{client.Output}");
        Assert.Contains("Firms in alert:", client.Output, StringComparison.Ordinal);
        Assert.Equal(0, code);
    }

    [Fact]
    public async Task Client_NoClusterOnThePort_ExitsWithCodeTwoAndSaysSo()
    {
        using var client = ProgramProcess.Start("Client", "sf",
            ["alerts", "--gateway-port", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture), "--attempts", "1"]);

        var code = await client.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, code);
        Assert.Contains("No Signaux Faibles cluster reachable", client.Output, StringComparison.Ordinal);
    }

    private ProgramProcess Client(string[] args) =>
        ProgramProcess.Start("Client", "sf",
            [.. args, "--gateway-port", silo.GatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--attempts", "10"]);

    [GeneratedRegex("niveau: risque (élevé|modéré)")]
    private static partial Regex InAlert();

    // A live line: "HH:mm:ss  <previous level> -> yyyy-MM  <siren>  ...".
    [GeneratedRegex(@"^\d\d:\d\d:\d\d .*-> \d{4}-\d\d  \d{9} ", RegexOptions.Multiline)]
    private static partial Regex LiveLine();
}
