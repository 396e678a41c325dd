namespace SignauxFaibles.Grains.Tests.Infrastructure;

/// <summary>Test classes in this collection share one cluster (starting one takes seconds).</summary>
[CollectionDefinition(Name)]
public sealed class SharedCluster : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
