using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;
using SignauxFaibles.Contracts;

namespace SignauxFaibles.Silo.Http;

/// <summary>
/// Healthy when a grain call round-trips: the alert board answers within a few seconds. Its data also
/// counts the grain activations on this silo (all of them, and the firm grains), so an operator (or a
/// test) sees where the firms live after silos join or leave.
/// </summary>
public sealed class ClusterHealthCheck(IGrainFactory grains, ILocalSiloDetails silo) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var board = await grains.GetGrain<IAlertBoardGrain>(AlertStreams.Key)
                .GetCurrentAsync(0, cancellationToken)
                .WaitAsync(Timeout, cancellationToken);
            var local = await grains.GetGrain<IManagementGrain>(0)
                .GetSimpleGrainStatistics([silo.SiloAddress], cancellationToken)
                .WaitAsync(Timeout, cancellationToken);
            return HealthCheckResult.Healthy("alert board reachable", new Dictionary<string, object>
            {
                ["eleve"] = board.Eleve,
                ["modere"] = board.Modere,
                ["premieresAlertes"] = board.PremieresAlertes,
                ["alertEventsReceived"] = board.Received,
                ["activations"] = local.Sum(s => s.ActivationCount),
                ["firmActivations"] = local.Where(s => IsFirm(s.GrainType)).Sum(s => s.ActivationCount),
                ["activationsByType"] = local.GroupBy(s => s.GrainType).ToDictionary(g => g.Key, g => g.Sum(s => s.ActivationCount)),
            });
        }
        catch (Exception ex) when (ex is TimeoutException or OrleansException)
        {
            return HealthCheckResult.Unhealthy("alert board unreachable", ex);
        }
    }

    // The statistics name a grain type by its class (full name, possibly with the assembly) or by its [GrainType] name.
    private static bool IsFirm(string grainType) =>
        grainType.Equals("firm", StringComparison.Ordinal) || grainType.Contains(".Firms.FirmGrain", StringComparison.Ordinal);
}
