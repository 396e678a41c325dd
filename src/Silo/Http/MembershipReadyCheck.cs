using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace SignauxFaibles.Silo.Http;

/// <summary>Ready once this silo is <c>Active</c> in the cluster's membership (it joined and takes grains).</summary>
public sealed class MembershipReadyCheck(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = membership.CurrentSnapshot;
        var status = snapshot.GetSiloStatus(silo.SiloAddress);
        var active = snapshot.Members.Values.Count(m => m.Status == SiloStatus.Active);
        var data = new Dictionary<string, object>
        {
            ["silo"] = silo.SiloAddress.ToString(),
            ["status"] = status.ToString(),
            ["activeSilos"] = active,
            ["membershipVersion"] = snapshot.Version.Value,
        };
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy($"silo active, {active} active silo(s)", data)
            : HealthCheckResult.Unhealthy($"silo {status}", data: data));
    }
}
