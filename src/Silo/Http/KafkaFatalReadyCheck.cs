using Microsoft.Extensions.Diagnostics.HealthChecks;
using SignauxFaibles.Ingest.Hosting;

namespace SignauxFaibles.Silo.Http;

/// <summary>Not ready once a Kafka client reported a fatal error: the host is stopping and will exit with code 75.</summary>
public sealed class KafkaFatalReadyCheck(KafkaFatalErrorHandler fatal) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(fatal.Failure is { } f
            ? HealthCheckResult.Unhealthy($"fatal Kafka {f.Client} error {f.Code}: {f.Reason}; stopping (exit code {KafkaFatalErrorHandler.ExitCode})")
            : HealthCheckResult.Healthy("no fatal Kafka error"));
}
