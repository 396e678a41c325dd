using Microsoft.Extensions.Diagnostics.HealthChecks;
using SignauxFaibles.Silo.Feed;
using SignauxFaibles.Silo.Http;

namespace SignauxFaibles.Silo.Hosting;

/// <summary>
/// The readiness checks behind <c>/ready</c> (tag <see cref="ReadyTag"/>): membership always; the
/// PostgreSQL store when an Orleans provider is AdoNet; on Kafka, the consumer group's assignment and no
/// fatal client error (<see cref="Ingest.Hosting.KafkaFatalErrorHandler"/>).
/// <c>/health</c> (liveness) runs the other checks.
/// </summary>
public static class ReadinessHostingExtensions
{
    public const string ReadyTag = "ready";

    private static readonly string[] ProviderSections = ["Orleans:Clustering", "Orleans:GrainStorage:firms", "Orleans:Reminders"];

    public static IHealthChecksBuilder AddReadinessChecks(this IHealthChecksBuilder health, IConfiguration configuration, FeedSource source)
    {
        string[] tags = [ReadyTag];
        health.AddCheck<MembershipReadyCheck>("membership", tags: tags);
        if (AdoNetConnectionString(configuration) is { } connectionString)
        {
            health.AddCheck("storage", new StorageReadyCheck(connectionString), tags: tags);
        }

        if (source == FeedSource.Kafka)
        {
            health.AddCheck<IngestAssignedReadyCheck>("consumer", tags: tags);
            health.AddCheck<KafkaFatalReadyCheck>("kafka", tags: tags);
        }

        return health;
    }

    /// <summary>
    /// The connection string of the first AdoNet provider (<c>ConnectionString</c>, or <c>ConnectionName</c>
    /// looked up in <c>ConnectionStrings</c>), as the Orleans provider builders resolve it; null when none.
    /// </summary>
    public static string? AdoNetConnectionString(IConfiguration configuration)
    {
        foreach (var path in ProviderSections)
        {
            var section = configuration.GetSection(path);
            if (!string.Equals(section["ProviderType"], "AdoNet", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var connectionString = section["ConnectionString"];
            if (string.IsNullOrEmpty(connectionString) && section["ConnectionName"] is { Length: > 0 } name)
            {
                connectionString = configuration.GetConnectionString(name);
            }

            return string.IsNullOrEmpty(connectionString)
                ? throw new InvalidOperationException($"{path} uses AdoNet but has no connection string (set ConnectionStrings__{section["ConnectionName"] ?? "Orleans"})")
                : connectionString;
        }

        return null;
    }

    /// <summary>Liveness runs every check but the readiness ones.</summary>
    public static bool IsLiveness(HealthCheckRegistration registration) => !registration.Tags.Contains(ReadyTag);

    public static bool IsReadiness(HealthCheckRegistration registration) => registration.Tags.Contains(ReadyTag);
}
