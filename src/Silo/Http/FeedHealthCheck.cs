using Microsoft.Extensions.Diagnostics.HealthChecks;
using SignauxFaibles.Silo.Feed;

namespace SignauxFaibles.Silo.Http;

/// <summary>Unhealthy once the feed failed; otherwise reports its progress.</summary>
public sealed class FeedHealthCheck(FeedStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["state"] = status.State.ToString(),
            ["lastDay"] = status.LastDay?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["events"] = status.Events,
            ["batches"] = status.Batches,
            ["duplicates"] = status.Duplicates,
            ["alertEvents"] = status.Alerts,
        };
        return Task.FromResult(status.State == FeedState.Failed
            ? HealthCheckResult.Unhealthy("feed failed", data: data)
            : HealthCheckResult.Healthy($"feed {status.State}", data));
    }
}
