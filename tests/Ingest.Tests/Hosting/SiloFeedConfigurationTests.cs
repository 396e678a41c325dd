using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SignauxFaibles.Ingest.Tests.Kafka;

namespace SignauxFaibles.Ingest.Tests.Hosting;

/// <summary>The silo's feed is chosen by configuration; Kafka settings that cannot work stop it at start with a message.</summary>
public class SiloFeedConfigurationTests
{
    [Fact]
    public async Task Start_KafkaSourceWithoutBootstrapServers_FailsNamingTheSetting()
    {
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => SiloHost.StartAsync("Production", "--Feed:Source=Kafka"));
        Assert.Contains("Kafka:BootstrapServers is not set", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_KafkaSourceWithInvalidBootstrapServers_FailsNamingTheSetting()
    {
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => SiloHost.StartAsync("Production", "--Feed:Source=Kafka", "--Kafka:BootstrapServers=no-port"));
        Assert.Contains("Kafka:BootstrapServers 'no-port'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DefaultConfiguration_RunsTheSimulatorFeedAndNoIngest()
    {
        await using var silo = await SiloHost.StartAsync("Production", "--Feed:Simulator:Firms=100", "--Feed:Simulator:Months=2", "--Feed:Simulator:ReplayMonths=2", "--Feed:Simulator:DayDuration=00:00:00");
        var hosted = silo.App.Services.GetServices<IHostedService>().Select(s => s.GetType().Name).ToList();
        Assert.Contains("FirmFeedService", hosted);
        Assert.DoesNotContain("IngestConsumerService", hosted);
        Assert.Null(silo.App.Services.GetService<SignauxFaibles.Ingest.Consuming.IngestConsumerService>());
        // No Kafka score producer: the only score publisher is the in-process read model's (the embedded run's lists).
        Assert.Equal(["ReadModelScorePublisher"], silo.App.Services.GetServices<Contracts.IScorePublisher>().Select(p => p.GetType().Name));
    }
}
