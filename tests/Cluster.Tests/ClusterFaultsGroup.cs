namespace SignauxFaibles.Cluster.Tests;

/// <summary>
/// The fault test runs alone (after the other collections, never beside them): it starts three silos, a broker
/// and a server of its own on a 2-core machine. It needs no shared service, so it takes no shared fixture.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterFaultsGroup
{
    public const string Name = "ClusterFaults";
}
