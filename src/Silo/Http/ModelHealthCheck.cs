using Microsoft.Extensions.Diagnostics.HealthChecks;
using SignauxFaibles.Grains.Models;

namespace SignauxFaibles.Silo.Http;

/// <summary>
/// The model version this silo scores with (id, description, thresholds); degraded when it cannot load the
/// cluster's active version (it keeps scoring with the one it has, and says why).
/// </summary>
public sealed class ModelHealthCheck(ActiveModel active, ModelSwitchService switching) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var model = active.Current.Model;
        var data = new Dictionary<string, object>
        {
            ["id"] = model.Id,
            ["description"] = model.Description,
            ["eleve"] = model.Thresholds.Eleve,
            ["modere"] = model.Thresholds.Modere,
        };
        if (switching.Error is { } error)
        {
            data["error"] = error;
            return Task.FromResult(HealthCheckResult.Degraded($"scoring with {model.Id}: {error}", data: data));
        }

        return Task.FromResult(HealthCheckResult.Healthy($"scoring with {model.Id}", data));
    }
}
