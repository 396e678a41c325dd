using Microsoft.Extensions.Diagnostics.HealthChecks;
using SignauxFaibles.Storage;

namespace SignauxFaibles.Silo.Http;

/// <summary>
/// Ready when the PostgreSQL store answers within a few seconds and its schema is the one this build
/// expects (<c>sf-admin migrate</c> ran). Registered only when a provider is configured with AdoNet.
/// </summary>
public sealed class StorageReadyCheck(string connectionString) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(Timeout);
        try
        {
            var version = await SchemaMigrator.ReadVersionAsync(connectionString, cts.Token);
            var data = new Dictionary<string, object> { ["schema"] = version, ["expected"] = MigrationCatalog.LatestVersion };
            return version == MigrationCatalog.LatestVersion
                ? HealthCheckResult.Healthy("storage reachable", data)
                : HealthCheckResult.Unhealthy($"storage schema at {version}, expected {MigrationCatalog.LatestVersion} (run sf-admin migrate)", data: data);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or OperationCanceledException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("storage unreachable", ex);
        }
    }
}
