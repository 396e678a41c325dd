namespace SignauxFaibles.Grains.Tests.Infrastructure;

/// <summary>Test classes that switch model versions share this cluster (and only they).</summary>
[CollectionDefinition(Name)]
public sealed class ModelCluster : ICollectionFixture<ModelClusterFixture>
{
    public const string Name = "model-cluster";
}
