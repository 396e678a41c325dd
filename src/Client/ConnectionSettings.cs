namespace SignauxFaibles.Client;

/// <summary>How to reach the cluster: a silo gateway on this machine and the cluster's identity.</summary>
/// <param name="GatewayPort">The silo's gateway port.</param>
/// <param name="ClusterId">The cluster id, as configured on the silo (Orleans:ClusterId).</param>
/// <param name="ServiceId">The service id, as configured on the silo (Orleans:ServiceId).</param>
/// <param name="Attempts">Connection attempts, one second apart, before giving up.</param>
internal sealed record ConnectionSettings(int GatewayPort, string ClusterId, string ServiceId, int Attempts)
{
    public string Describe() => $"gateway 127.0.0.1:{GatewayPort}, cluster '{ClusterId}', service '{ServiceId}'";
}
