using Orleans.Serialization;

namespace SignauxFaibles.Silo.Hosting;

/// <summary>
/// Lets the storage driver's exceptions cross the wire. When a silo fails to activate a firm grain because
/// PostgreSQL is down, it answers the caller (often another silo's ingest) with the storage provider's
/// exception, whose inner exception is an <c>NpgsqlException</c>. Orleans only serializes exceptions of the
/// namespaces it is told about; without <c>Npgsql</c> the answer itself failed ("Could not find a codec for
/// type Npgsql.NpgsqlException"), the caller saw a serializer error instead of a storage failure, and the
/// ingest counted it against the events (dead-lettered <c>apply_failed</c> after a few attempts) instead of
/// waiting for the store.
/// </summary>
public static class StorageExceptionTransport
{
    /// <summary>The namespaces of storage driver exceptions that must cross the wire.</summary>
    public static readonly IReadOnlyList<string> Namespaces = ["Npgsql"];

    public static IServiceCollection AddStorageExceptionTransport(this IServiceCollection services) =>
        services.Configure<ExceptionSerializationOptions>(options =>
        {
            foreach (var prefix in Namespaces)
            {
                options.SupportedNamespacePrefixes.Add(prefix);
            }
        });
}
