using Microsoft.Extensions.Diagnostics.HealthChecks;
using SignauxFaibles.Contracts;

namespace SignauxFaibles.Silo.Http;

/// <summary>Healthy when a grain call round-trips: the alert board answers within a few seconds.</summary>
public sealed class ClusterHealthCheck(IGrainFactory grains) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var board = await grains.GetGrain<IAlertBoardGrain>(AlertStreams.Key)
                .GetCurrentAsync(0, cancellationToken)
                .WaitAsync(Timeout, cancellationToken);
            return HealthCheckResult.Healthy("alert board reachable", new Dictionary<string, object>
            {
                ["eleve"] = board.Eleve,
                ["modere"] = board.Modere,
                ["premieresAlertes"] = board.PremieresAlertes,
                ["alertEventsReceived"] = board.Received,
            });
        }
        catch (Exception ex) when (ex is TimeoutException or OrleansException)
        {
            return HealthCheckResult.Unhealthy("alert board unreachable", ex);
        }
    }
}
