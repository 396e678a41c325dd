using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SignauxFaibles.ReadModel.Kafka.Tests;

/// <summary>The web host's <c>ReadModel:Feed</c> wiring and the projection's options, without a broker.</summary>
public class ReadModelFeedTests
{
    [Fact]
    public async Task FeedKafka_RegistersTheProjectionAsAHostedService()
    {
        await using var services = Build(new() { ["ReadModel:Feed"] = "Kafka", ["Kafka:TopicPrefix"] = "x." });
        var projection = Assert.Single(services.GetServices<IHostedService>().OfType<KafkaScoresProjection>());
        Assert.Equal("x.scores", projection.Topic);
    }

    [Fact]
    public void NoFeed_ReadsOnly() =>
        Assert.Empty(Build([]).GetServices<IHostedService>());

    [Fact]
    public void FeedGrains_IsRefusedOutsideASilo()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["ReadModel:Feed"] = "Grains" }));
        Assert.Contains("only a silo", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ReadModel:Kafka:BatchSize", "0", "BatchSize")]
    [InlineData("ReadModel:Kafka:RetryMaxDelay", "00:00:00", "RetryMaxDelay")]
    [InlineData("ReadModel:Kafka:MaxBatchWait", "-00:00:01", "MaxBatchWait")]
    public void InvalidOptions_AreRefusedWithTheirName(string key, string value, string named)
    {
        using var services = Build(new() { ["ReadModel:Feed"] = "Kafka", [key] = value });
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ScoresProjectionOptions>>().Value);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_SaysDoneTotalRateAndEta()
    {
        var progress = new RebuildProgress(1200, 5000, TimeSpan.FromSeconds(2));
        Assert.Equal("1200/5000 messages (24.0 %), 600 msg/s, ETA 00:00:06", progress.ToString());
        Assert.Null(new RebuildProgress(0, 10, TimeSpan.Zero).Eta);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddReadModel(configuration);
        services.AddReadModelFeed(configuration);
        return services.BuildServiceProvider();
    }
}
