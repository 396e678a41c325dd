using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace SignauxFaibles.Silo.Tests;

/// <summary>What an operator scrapes and opens on the running silo: /metrics and the Orleans dashboard.</summary>
public sealed partial class SiloHostTests
{
    [Fact]
    public async Task Metrics_AfterEventsFlowed_ScrapedAnonymously_IngestAndGrainCountersAreNonZero()
    {
        using var prometheus = new HttpClient { BaseAddress = silo.Http.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };

        // The fixture waited for a first alert, so events have flowed; the exporter refreshes its scrape at most every few hundred ms.
        IReadOnlyDictionary<string, double> totals = new Dictionary<string, double>();
        await Eventually.Until(
            async () =>
            {
                using var response = await prometheus.GetAsync("/metrics");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                totals = Totals(await response.Content.ReadAsStringAsync());
                return Total(totals, "sf_ingest_events_applied_total") > 0 && Total(totals, "sf_grains_alerts_total") > 0;
            },
            TimeSpan.FromSeconds(30),
            () => $"ingest or alert counters still zero; series: {string.Join(", ", totals.Keys.Where(k => k.StartsWith("sf_", StringComparison.Ordinal)))}",
            TimeSpan.FromMilliseconds(500));

        Assert.True(Total(totals, "sf_ingest_messages_consumed_total") >= Total(totals, "sf_ingest_events_applied_total"));
        Assert.True(Total(totals, "sf_ingest_grain_calls_total") > 0);
        Assert.True(Total(totals, "sf_ingest_batch_size_count") > 0);
        Assert.True(Total(totals, "sf_ingest_apply_duration_seconds_count") > 0);
        Assert.True(Total(totals, "sf_grains_firm_applies_total") > 0);
        Assert.True(Total(totals, "sf_grains_state_write_duration_seconds_count") > 0);
        Assert.Equal(1, Total(totals, "sf_grains_model_active"));
        // Orleans' own meter, ASP.NET Core and the runtime are exported beside ours.
        Assert.Contains(totals.Keys, k => k.StartsWith("orleans_", StringComparison.Ordinal));
        Assert.Contains(totals.Keys, k => k.StartsWith("http_server_request_duration_seconds", StringComparison.Ordinal));
        Assert.Contains(totals.Keys, k => k.StartsWith("dotnet_", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("national", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.OK)]
    public async Task Dashboard_OnlyTheAdminRoleGetsIt(string? login, HttpStatusCode expected)
    {
        using var client = new HttpClient { BaseAddress = silo.Http.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        if (login is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{login}:signaux-faibles")));
        }

        using var response = await client.GetAsync("/dashboard/");

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Contains("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Sum of every series of each metric name in a Prometheus text exposition (labels dropped).</summary>
    private static Dictionary<string, double> Totals(string exposition)
    {
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in exposition.Split('\n'))
        {
            var m = SampleLine().Match(line);
            if (!m.Success || !double.TryParse(m.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                continue;
            }

            var name = m.Groups["name"].Value;
            totals[name] = totals.GetValueOrDefault(name) + value;
        }

        return totals;
    }

    private static double Total(IReadOnlyDictionary<string, double> totals, string name) => totals.GetValueOrDefault(name);

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(?<value>\S+)")]
    private static partial Regex SampleLine();
}
