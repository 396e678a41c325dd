namespace SignauxFaibles.Grains.Tests.Infrastructure;

/// <summary>Test classes that need the shipped tree model share this cluster (and only they).</summary>
[CollectionDefinition(Name)]
public sealed class ShippedModelCluster : ICollectionFixture<ShippedModelClusterFixture>
{
    public const string Name = "shipped-model-cluster";
}
