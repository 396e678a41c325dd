namespace SignauxFaibles.Client;

/// <summary>
/// How to reach the cluster: the cluster's identity, and either a silo gateway on this machine or the
/// silos' PostgreSQL membership table (<paramref name="Membership"/>), which lists every live gateway.
/// </summary>
/// <param name="GatewayPort">The silo's gateway port.</param>
/// <param name="ClusterId">The cluster id, as configured on the silo (Orleans:ClusterId).</param>
/// <param name="ServiceId">The service id, as configured on the silo (Orleans:ServiceId).</param>
/// <param name="Attempts">Connection attempts, one second apart, before giving up.</param>
/// <param name="Membership">Npgsql connection string of the membership database; null = the local gateway.</param>
internal sealed record ConnectionSettings(int GatewayPort, string ClusterId, string ServiceId, int Attempts, string? Membership = null)
{
    public string Describe() => Membership is null
        ? $"gateway 127.0.0.1:{GatewayPort}, cluster '{ClusterId}', service '{ServiceId}'"
        : $"gateways from the membership table (host {MembershipHost()}), cluster '{ClusterId}', service '{ServiceId}'";

    // Never echo the whole connection string: it carries the password.
    private string MembershipHost() =>
        new Npgsql.NpgsqlConnectionStringBuilder(Membership) is var b ? $"{b.Host}:{b.Port}/{b.Database}" : "?";
}
