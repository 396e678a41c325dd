using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SignauxFaibles.ReadModel.Kafka.Tests;

/// <summary>
/// The continuous projection as the web host wires it (<c>ReadModel:Feed=Kafka</c> through
/// <see cref="ReadModelKafkaServiceCollectionExtensions.AddReadModelFeed"/>) against a test store and topic,
/// started and stopped like a hosted service.
/// </summary>
public sealed class ProjectionHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ProjectionHost(ServiceProvider services)
    {
        _services = services;
        Projection = services.GetRequiredService<KafkaScoresProjection>();
    }

    public KafkaScoresProjection Projection { get; }

    public ScoresProjectionMetrics Metrics => _services.GetRequiredService<ScoresProjectionMetrics>();

    /// <summary>Starts a projection of <paramref name="topic"/> into <paramref name="store"/> (batches of <paramref name="batchSize"/>).</summary>
    public static async Task<ProjectionHost> StartAsync(TestStore store, ScoresTopic topic, int batchSize = 7)
    {
        var configuration = TestStore.Settings(store.Provider, store.ConnectionString)
            .AddConfiguration(ScoresTopic.LocalConfiguration())
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ReadModel:Feed"] = "Kafka",
                ["Kafka:TopicPrefix"] = topic.Prefix,
                ["ReadModel:Kafka:BatchSize"] = batchSize.ToString(CultureInfo.InvariantCulture),
                ["ReadModel:Kafka:MaxBatchWait"] = "00:00:00.050",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddReadModel(configuration);
        services.AddReadModelFeed(configuration);
        var host = new ProjectionHost(services.BuildServiceProvider());
        await host.Projection.StartAsync(CancellationToken.None);
        await host.Projection.Started.WaitAsync(TimeSpan.FromSeconds(60));
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await Projection.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
    }
}
