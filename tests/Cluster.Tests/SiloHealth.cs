using System.Text.Json;

namespace SignauxFaibles.Cluster.Tests;

/// <summary>Readings of a silo's <c>/health</c> JSON (src/Silo/Http: the ingest and cluster checks' data).</summary>
internal static class SiloHealth
{
    public static JsonElement Ingest(JsonElement health) => health.GetProperty("checks").GetProperty("ingest").GetProperty("data");

    public static long Applied(JsonElement health) => Ingest(health).GetProperty("eventsApplied").GetInt64();

    public static long DeadLettered(JsonElement health) => Ingest(health).GetProperty("deadLettered").GetInt64();

    public static bool PausedForStorage(JsonElement health) => Ingest(health).GetProperty("pausedForStorage").GetBoolean();

    public static long StorageRetries(JsonElement health) => Ingest(health).GetProperty("storageRetries").GetInt64();

    /// <summary>Partitions the consumer group gives this silo.</summary>
    public static int AssignedPartitions(JsonElement health) => Ingest(health).GetProperty("assignedPartitions").GetInt32();

    /// <summary>The group's committed lag, or -1 while unknown or before the first assignment.</summary>
    public static long Lag(JsonElement health) =>
        Ingest(health).GetProperty("lag") is { ValueKind: JsonValueKind.Number } lag && Ingest(health).GetProperty("assigned").GetBoolean() ? lag.GetInt64() : -1;

    /// <summary>When the lag was read (the probe caches it a few seconds).</summary>
    public static DateTimeOffset LagMeasuredAt(JsonElement health) =>
        DateTimeOffset.Parse(Ingest(health).GetProperty("lagMeasuredAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Waits until the group's committed lag, read after <paramref name="since"/> (the end of the last
    /// production), is 0: every message produced before is applied and committed, whichever silo took it.
    /// </summary>
    public static Task<JsonElement> WaitDrainedAsync(this SiloProcess silo, DateTimeOffset since, TimeSpan timeout, string what) =>
        silo.WaitForAsync("/health", h => Lag(h) == 0 && LagMeasuredAt(h) > since, timeout, what);

    /// <summary>Firm grains active on this silo, or -1 when the cluster check has no data (grain calls failing).</summary>
    public static long FirmActivations(JsonElement health) =>
        health.ValueKind == JsonValueKind.Object && health.TryGetProperty("checks", out var checks) && checks.TryGetProperty("cluster", out var cluster)
        && cluster.TryGetProperty("data", out var data) && data.TryGetProperty("firmActivations", out var n) ? n.GetInt64() : -1;
}
