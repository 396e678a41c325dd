using System.Text.Json;

namespace SignauxFaibles.Cluster.Tests;

/// <summary>
/// The fault-free run the cluster tests compare with: one silo in memory (environment Local), its own consumer
/// group over the same topics (tests/Ingest.Tests' SiloOnKafkaTests shows that run equals the batch computation).
/// </summary>
internal static class ReferenceRun
{
    /// <summary>The silo settings of the ingest on <paramref name="bootstrapServers"/>, topics <paramref name="prefix"/>, group <paramref name="group"/>.</summary>
    public static Dictionary<string, string> Settings(string bootstrapServers, string prefix, string group) => new()
    {
        ["Kafka__BootstrapServers"] = bootstrapServers,
        ["Kafka__TopicPrefix"] = prefix,
        ["Kafka__Ingest__GroupId"] = group,
        ["Kafka__Ingest__MaxInFlightCalls"] = "16",
    };

    /// <summary>The settings of a silo of the durable cluster <paramref name="clusterId"/> on the PostgreSQL database <paramref name="connectionString"/>.</summary>
    public static Dictionary<string, string> ClusterSettings(string bootstrapServers, string prefix, string group, string connectionString, string clusterId)
    {
        var settings = Settings(bootstrapServers, prefix, group);
        settings["ConnectionStrings__Orleans"] = connectionString;
        settings["Orleans__ClusterId"] = clusterId;
        return settings;
    }

    /// <summary>Runs the reference silo until it applied <paramref name="produced"/> events with lag 0; returns every firm's page.</summary>
    public static async Task<Dictionary<string, JsonElement>> PagesAsync(string bootstrapServers, string prefix, string group, long produced, IEnumerable<string> sirens, TimeSpan timeout)
    {
        await using var reference = SiloProcess.Start("Local", Settings(bootstrapServers, prefix, group));
        await reference.WaitForAsync("/health", h => SiloHealth.Applied(h) >= produced && SiloHealth.Lag(h) == 0, timeout, "the fault-free run drained");
        Assert.Equal(0L, SiloHealth.DeadLettered(await reference.GetJsonAsync("/health")));
        return await FirmPages.ReadAsync(reference, sirens);
    }
}
