using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;
using SignauxFaibles.Contracts;
using SignauxFaibles.Grains;
using SignauxFaibles.Grains.Firms;

namespace SignauxFaibles.Grains.Tests.Infrastructure;

/// <summary>
/// One in-process silo with the production grains, scorer and stream publisher, in-memory storage and
/// memory streams (the embedded default's providers), a <see cref="ScoreRecorder"/> as score publisher (the
/// embedded silo has the read model's), plus a client that can follow the alert stream.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    /// <summary>The score changes the silo's grains published.</summary>
    public ScoreRecorder Scores => Cluster.GetSiloServiceProvider().GetRequiredService<ScoreRecorder>();

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddInMemoryFirms();
            silo.Services.AddSingleton<ScoreRecorder>();
            silo.Services.AddSingleton<IScorePublisher>(sp => sp.GetRequiredService<ScoreRecorder>());
        });
        builder.ConfigureClient(client => client.AddMemoryStreams(AlertStreams.Provider));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
