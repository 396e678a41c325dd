using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SignauxFaibles.Contracts;
using SignauxFaibles.Ingest.Alerts;
using SignauxFaibles.Ingest.Cluster;
using SignauxFaibles.Ingest.Configuration;
using SignauxFaibles.Ingest.Consuming;
using SignauxFaibles.Ingest.DeadLetters;
using SignauxFaibles.Ingest.Producing;
using SignauxFaibles.Ingest.Scores;
using SignauxFaibles.Ingest.Telemetry;
using SignauxFaibles.Ingest.Topics;

namespace SignauxFaibles.Ingest.Hosting;

/// <summary>Composition of the Kafka side: options bound once from configuration and validated at start-up.</summary>
public static class KafkaServiceCollectionExtensions
{
    /// <summary>The <c>Kafka</c> section (<see cref="KafkaOptions"/>, validated at start) and the <see cref="TopicNames"/> of its prefix.</summary>
    public static IServiceCollection AddKafkaOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KafkaOptions>().Bind(configuration.GetSection(KafkaOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KafkaOptions>, KafkaOptionsValidator>());
        services.TryAddSingleton(sp => new TopicNames(sp.GetRequiredService<IOptions<KafkaOptions>>().Value.TopicPrefix));
        return services;
    }

    /// <summary>The shared producer and the event / dead-letter producers, configured from the <c>Kafka</c> section.</summary>
    public static IServiceCollection AddKafkaProducers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddKafkaOptions(configuration);
        services.TryAddSingleton<KafkaProducerHandle>();
        services.TryAddSingleton<EventProducer>();
        services.TryAddSingleton<DeadLetterProducer>();
        services.TryAddSingleton<IDeadLetterSink>(sp => sp.GetRequiredService<DeadLetterProducer>());
        return services;
    }

    /// <summary>
    /// The ingest consumer as a hosted service (options from <c>Kafka:Ingest</c>). The caller registers the
    /// <see cref="IFirmBatchSink"/> that delivers to the firm grains.
    /// </summary>
    public static IServiceCollection AddKafkaIngest(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddKafkaProducers(configuration);
        services.AddOptions<IngestOptions>().Bind(configuration.GetSection(IngestOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IngestOptions>, IngestOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton<IngestMetrics>();
        services.TryAddSingleton<KafkaFatalErrorHandler>();
        services.TryAddSingleton<IngestConsumerService>();
        services.AddHostedService(sp => sp.GetRequiredService<IngestConsumerService>());
        return services;
    }

    /// <summary>
    /// Everything a silo needs for the Kafka data path: the ingest delivering to the firm grains, the
    /// alert transitions produced to the alerts topic (next to the Orleans stream publisher) and the score
    /// changes produced to the scores topic.
    /// </summary>
    public static IServiceCollection AddKafkaSiloIngest(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddKafkaIngest(configuration);
        services.TryAddSingleton<IFirmBatchSink, GrainFirmBatchSink>();
        services.TryAddSingleton<OutboxProducer>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAlertPublisher, KafkaAlertPublisher>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IScorePublisher, KafkaScorePublisher>());
        services.TryAddSingleton<IngestLagProbe>();
        return services;
    }
}
