using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;
using SignauxFaibles.Contracts;
using SignauxFaibles.Grains.Firms;

namespace SignauxFaibles.Grains.Tests.Infrastructure;

/// <summary>
/// One silo whose firm storage is the memory provider wrapped in <see cref="FaultyGrainStorage"/>: the
/// production grains and serializer, a real store, and writes that fail on demand.
/// </summary>
public sealed class FaultyStorageClusterFixture : IAsyncLifetime
{
    private const string InnerStorage = "firms-inner";

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public StorageFaults Faults => Cluster.Silos[0].ServiceProvider.GetRequiredService<StorageFaults>();

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(InnerStorage)
                .AddMemoryGrainStorage("PubSubStore")
                .AddMemoryStreams(AlertStreams.Provider);
            // The wrapped store serialises with the firm storage's own serializer, as production does.
            silo.Services.AddKeyedSingleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>(InnerStorage);
            silo.Services.AddSingleton<StorageFaults>();
            silo.Services.AddKeyedSingleton<IGrainStorage>(FirmGrain.StorageName, (sp, _) =>
                new FaultyGrainStorage(sp.GetRequiredKeyedService<IGrainStorage>(InnerStorage), sp.GetRequiredService<StorageFaults>()));
            silo.Services.AddFirmGrains();
        });
        builder.ConfigureClient(client => client.AddMemoryStreams(AlertStreams.Provider));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

/// <summary>Tests that inject storage faults share this cluster (and only they).</summary>
[CollectionDefinition(Name)]
public sealed class FaultyStorageCluster : ICollectionFixture<FaultyStorageClusterFixture>
{
    public const string Name = "faulty-storage-cluster";
}
