using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;
using SignauxFaibles.Contracts;
using SignauxFaibles.Grains.Firms;
using SignauxFaibles.Grains.Models;
using SignauxFaibles.TestSupport;

namespace SignauxFaibles.Grains.Tests.Infrastructure;

/// <summary>
/// One in-process silo scoring with the shipped tree model (a copy of <c>models/</c> as its store, the
/// version of <see cref="ShippedModel.Id"/> active from the start, as a silo with its default settings), memory
/// storage and streams, an <see cref="AlertRecorder"/> and a <see cref="ScoreRecorder"/> as publishers. Lets a
/// test read a firm's stored state and wipe it, to feed the same firm again from nothing.
/// </summary>
public sealed class ShippedModelClusterFixture : IAsyncLifetime
{
    private const string StateName = "firm";

    public string StoreRoot { get; } = Path.Combine(Path.GetTempPath(), "sf-shipped-store-" + Guid.NewGuid().ToString("N"));

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    private IServiceProvider Silo => Cluster.GetSiloServiceProvider();

    /// <summary>The alert events the silo's grains published.</summary>
    public AlertRecorder Alerts => Silo.GetRequiredService<AlertRecorder>();

    /// <summary>The version the silo's grains score with.</summary>
    public string ActiveModelId => Silo.GetRequiredService<ActiveModel>().Current.Model.Id;

    public async Task InitializeAsync()
    {
        var source = RepositoryFiles.Directory(Path.Combine("models", ShippedModel.Id));
        var target = Path.Combine(StoreRoot, ShippedModel.Id);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddInMemoryFirms();
            silo.Services.AddSingleton<AlertRecorder>();
            silo.Services.AddSingleton<IAlertPublisher>(sp => sp.GetRequiredService<AlertRecorder>());
            silo.Services.AddSingleton<ScoreRecorder>();
            silo.Services.AddSingleton<IScorePublisher>(sp => sp.GetRequiredService<ScoreRecorder>());
            silo.Services.Configure<ModelsOptions>(o =>
            {
                o.Store = StoreRoot;
                o.Active = ShippedModel.Id;
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

    /// <summary>The state stored for firm <paramref name="siren"/> (what its next activation reads).</summary>
    public async Task<FirmGrainState> ReadStateAsync(string siren)
    {
        var stored = new GrainState<FirmGrainState>();
        await Storage.ReadStateAsync(StateName, FirmId(siren), stored);
        return stored.State ?? throw new InvalidOperationException($"no state stored for firm {siren}");
    }

    /// <summary>Deactivates firm <paramref name="siren"/>, deletes its stored state and forgets what it published: the firm starts again from nothing.</summary>
    public async Task ResetAsync(string siren)
    {
        await Cluster.DeactivateAsync(Client.GetGrain<IFirmGrain>(siren));
        var stored = new GrainState<FirmGrainState>();
        await Storage.ReadStateAsync(StateName, FirmId(siren), stored);
        if (stored.RecordExists)
        {
            await Storage.ClearStateAsync(StateName, FirmId(siren), stored);
        }

        Alerts.Forget(siren);
    }

    private IGrainStorage Storage => Silo.GetRequiredKeyedService<IGrainStorage>(FirmGrain.StorageName);

    private static GrainId FirmId(string siren) => GrainId.Create("firm", siren);
}
