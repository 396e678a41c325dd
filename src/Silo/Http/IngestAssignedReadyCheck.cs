using Microsoft.Extensions.Diagnostics.HealthChecks;
using SignauxFaibles.Ingest.Consuming;

namespace SignauxFaibles.Silo.Http;

/// <summary>
/// Ready once the Kafka consumer group gave this silo its partitions (zero partitions is a valid share when
/// there are more silos than partitions) and the consumer loop runs.
/// </summary>
public sealed class IngestAssignedReadyCheck(IngestConsumerService ingest) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            ingest.ExecuteTask is { IsCompleted: true } ? HealthCheckResult.Unhealthy("ingest stopped")
            : ingest.Assigned.IsCompletedSuccessfully ? HealthCheckResult.Healthy("partitions assigned")
            : HealthCheckResult.Unhealthy("waiting for the consumer group's assignment"));
}
