using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Grains.Firms;
using SignauxFaibles.Grains.Models;
using SignauxFaibles.Models;
using SignauxFaibles.TestSupport;

namespace SignauxFaibles.Grains.Tests.Infrastructure;

/// <summary>
/// Two in-process silos sharing a model store in a temporary folder (what a shared volume is to real
/// silos), polling the registry every 200 ms, with the production grains, memory storage and streams.
/// Its own cluster: activating versions here must not change the thresholds other test classes rely on.
/// </summary>
public sealed class ModelClusterFixture : IAsyncLifetime
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    public string StoreRoot { get; } = Path.Combine(Path.GetTempPath(), "sf-model-store-" + Guid.NewGuid().ToString("N"));

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public IModelRegistryGrain Registry => Client.GetGrain<IModelRegistryGrain>(ModelRegistry.Key);

    /// <summary>The built-in version every silo starts with.</summary>
    public static string BuiltInId => TransparentScorer.Version1.Id;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(StoreRoot);
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddInMemoryFirms();
            silo.Services.Configure<ModelsOptions>(o =>
            {
                o.Store = StoreRoot;
                o.PollInterval = PollInterval;
            });
        });
        builder.ConfigureClient(client => client.AddMemoryStreams(AlertStreams.Provider));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        Directory.Delete(StoreRoot, recursive: true);
    }

    /// <summary>
    /// Writes a transparent-logit version into the store (a real second model: its own intercept and
    /// thresholds, read back by the silos through the artifact reader), unless it is there already.
    /// </summary>
    public string WriteVersion(string id, double intercept, AlertThresholds thresholds)
    {
        var dir = Path.Combine(StoreRoot, id);
        if (!Directory.Exists(dir))
        {
            ModelArtifactWriter.Write(
                dir,
                new ModelManifest
                {
                    Id = id,
                    Kind = ModelKinds.TransparentLogit,
                    Description = $"test version {id}: intercept {intercept}",
                    CreatedAt = DateTimeOffset.UtcNow,
                    Features = [.. TransparentModelFile.Version1.Terms.Select(t => t.Feature)],
                    Thresholds = thresholds,
                    ContentHash = "",
                },
                ModelArtifactWriter.SerializeModel(TransparentModelFile.Version1 with { Intercept = intercept }));
        }

        return dir;
    }

    /// <summary>The version each silo's grains score with now.</summary>
    public string[] SiloVersions() =>
        [.. Cluster.Silos.Select(s => s.ServiceProvider.GetRequiredService<ActiveModel>().Current.Model.Id)];

    /// <summary>Each silo's latest re-scoring.</summary>
    public RescoreProgress?[] SiloRescores() =>
        [.. Cluster.Silos.Select(s => s.ServiceProvider.GetRequiredService<ModelSwitchService>().Rescore)];

    /// <summary>Waits until every silo scores with <paramref name="id"/>; returns how long it took.</summary>
    public async Task<TimeSpan> WaitForSwitchAsync(string id, TimeSpan? timeout = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Eventually.Until(
            () => SiloVersions().All(v => v == id),
            timeout ?? TimeSpan.FromSeconds(10),
            () => $"silos still on {string.Join(", ", SiloVersions())}, not {id}",
            TimeSpan.FromMilliseconds(20));
        return clock.Elapsed;
    }

    /// <summary>Waits until every silo switched to <paramref name="id"/> and finished re-scoring its firms for it.</summary>
    public async Task WaitForRescoreAsync(string id, TimeSpan? timeout = null)
    {
        await WaitForSwitchAsync(id, timeout);
        await Eventually.Until(
            () => SiloRescores().All(r => r is null ? id == BuiltInId : r.ModelId == id && r.FinishedAt is not null),
            timeout ?? TimeSpan.FromSeconds(20),
            () => $"re-scoring for {id} not finished",
            TimeSpan.FromMilliseconds(20));
    }

    /// <summary>Makes <paramref name="id"/> the active version and waits for the re-scoring.</summary>
    public async Task ActivateAndWaitAsync(string id)
    {
        var result = await Registry.ActivateAsync(id);
        Assert.True(result.Accepted, result.Message);
        await WaitForRescoreAsync(id);
    }
}
