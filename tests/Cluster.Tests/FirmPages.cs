using System.Text.Json;

namespace SignauxFaibles.Cluster.Tests;

/// <summary>
/// Every firm's page (summary with score and alert level, explanation, alert history, 24-month series) as a
/// silo serves it, and the comparison with the fault-free reference run.
/// </summary>
internal static class FirmPages
{
    public static async Task<Dictionary<string, JsonElement>> ReadAsync(SiloProcess silo, IEnumerable<string> sirens)
    {
        var pages = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var siren in sirens)
        {
            pages[siren] = await silo.GetJsonAsync($"/firms/{siren}");
        }

        return pages;
    }

    /// <summary>
    /// Asks <paramref name="silo"/> for every firm's page, asking again for those that fail (a grain on a dead
    /// silo, not yet reactivated), until all answered; returns how long it took. Fails after <paramref name="timeout"/>.
    /// </summary>
    public static async Task<TimeSpan> AllAnsweredAsync(SiloProcess silo, IEnumerable<string> sirens, TimeSpan timeout)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var waiting = new List<string>(sirens);
        var last = "";
        await Eventually.Until(
            async () =>
            {
                foreach (var siren in waiting.ToList())
                {
                    try
                    {
                        using var response = await silo.Http.GetAsync(new Uri($"/firms/{siren}", UriKind.Relative));
                        if (response.IsSuccessStatusCode)
                        {
                            waiting.Remove(siren);
                        }
                        else
                        {
                            last = $"{siren}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                        }
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                    {
                        last = $"{siren}: {ex.Message}";
                    }
                }

                return waiting.Count == 0;
            },
            timeout,
            () => $"{waiting.Count} firm page(s) still failing, last {last}",
            TimeSpan.FromMilliseconds(200));
        return watch.Elapsed;
    }

    public static SortedSet<Guid> AlertIds(Dictionary<string, JsonElement> pages) =>
        [.. pages.Values.SelectMany(p => p.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()))];

    /// <summary>
    /// Asserts that <paramref name="actual"/> equals <paramref name="reference"/> firm by firm and in its set of
    /// alert ids (not empty, some firm scored); returns the number of alert ids. <c>SF_DUMP</c> writes both.
    /// </summary>
    public static int AssertEqual(Dictionary<string, JsonElement> reference, Dictionary<string, JsonElement> actual, IEnumerable<string> sirens, string what)
    {
        if (Environment.GetEnvironmentVariable("SF_DUMP") is { } dump)
        {
            File.WriteAllText($"{dump}.{what}.json", JsonSerializer.Serialize(actual));
            File.WriteAllText($"{dump}.reference.json", JsonSerializer.Serialize(reference));
        }

        var alertIds = AlertIds(actual);
        Assert.NotEmpty(alertIds);
        Assert.Equal(AlertIds(reference), alertIds);
        Assert.Contains(actual.Values, p => p.GetProperty("summary").GetProperty("score").ValueKind == JsonValueKind.Number);
        foreach (var siren in sirens)
        {
            Assert.True(
                JsonElement.DeepEquals(reference[siren], actual[siren]),
                $"{siren} differs from the fault-free run:\n{what}: {actual[siren]}\nreference: {reference[siren]}");
        }

        return alertIds.Count;
    }
}
