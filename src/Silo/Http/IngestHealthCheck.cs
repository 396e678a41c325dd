using Microsoft.Extensions.Diagnostics.HealthChecks;
using SignauxFaibles.Ingest.Consuming;
using SignauxFaibles.Ingest.Hosting;

namespace SignauxFaibles.Silo.Http;

/// <summary>
/// The Kafka ingest: unhealthy once its loop ended while the silo runs or when a partition cannot advance
/// (its oldest pending message undone for <c>Kafka:Ingest:StallAfter</c>); degraded while paused for a storage
/// outage, until the group assigned
/// partitions, while the lag cannot be read or when none of its topics exists; otherwise healthy, with its
/// counters and the group's lag.
/// </summary>
public sealed class IngestHealthCheck(IngestConsumerService ingest, IngestLagProbe probe) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // The probe blocks on broker round-trips: keep them off the request thread.
        var lag = await Task.Run(probe.Measure, cancellationToken);
        var stats = ingest.Statistics;
        var assigned = ingest.Assigned.IsCompletedSuccessfully;
        var data = new Dictionary<string, object>
        {
            ["assigned"] = assigned,
            ["assignedPartitions"] = ingest.AssignedPartitions,
            ["messages"] = stats.Messages,
            ["eventsApplied"] = stats.EventsApplied,
            ["grainCalls"] = stats.GrainCalls,
            ["deadLettered"] = stats.DeadLettered,
            ["applyFailures"] = stats.ApplyFailures,
            ["backpressureWaits"] = stats.BackpressureWaits,
            ["storageRetries"] = stats.StorageRetries,
            ["pausedForStorage"] = ingest.Paused,
            ["lag"] = (object?)lag.Messages ?? "unknown",
            ["lagPartitions"] = lag.Partitions,
            ["lagMeasuredAt"] = lag.MeasuredAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (lag.Error is { } error)
        {
            data["lagError"] = error;
        }

        if (ingest.ExecuteTask is { IsCompleted: true })
        {
            return HealthCheckResult.Unhealthy("ingest stopped", data: data);
        }

        var stalled = ingest.StalledPartitions;
        data["stalledPartitions"] = stalled;
        if (stalled.Count > 0)
        {
            // Offsets behind a message that cannot be done are never committed: not ready, and say where.
            return HealthCheckResult.Unhealthy($"ingest cannot advance on {string.Join(", ", stalled)}", data: data);
        }

        if (ingest.Paused)
        {
            return HealthCheckResult.Degraded("ingest paused: the store is unavailable, calls retried until it is back", data: data);
        }

        if (!assigned)
        {
            return HealthCheckResult.Degraded("ingest waiting for partitions", data: data);
        }

        if (lag.Error is null && lag.Partitions == 0)
        {
            // The services never create topics: a silo started before the operator step consumes nothing.
            return HealthCheckResult.Degraded("ingest finds none of its source topics (scripts/create-topics.sh)", data: data);
        }

        return lag.Error is null
            ? HealthCheckResult.Healthy($"ingest consuming, lag {lag.Messages}", data)
            : HealthCheckResult.Degraded("ingest consuming, lag unknown", data: data);
    }
}
